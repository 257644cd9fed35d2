<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>the Reply server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply did not accept the task: %1 Correct the marked fields and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply did not accept the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply did not accept the request. Check the task&apos;s fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: the server refused the connection. Check your internet connection and try again in a moment. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the server %1. Check your internet connection and the server address in Settings, then try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so nothing was sent. A proxy or a public Wi-Fi login page can cause this. Problems found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke before Reply answered. If you were saving, open the task again to see whether the change arrived. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply did not accept your API key. Check your API key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Reply account is not allowed to do this. Ask your Reply admin for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Reply account is not allowed to do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was not found. It may have been deleted, or it is not visible to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply could not find what was asked for. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task changed in Reply in the meantime%1. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply is getting too many requests from your account. Wait 1 second and try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply is getting too many requests from your account. Wait %1 seconds and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply is getting too many requests from your account. Wait a minute and try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply is having trouble right now (error %1). Try again in a few minutes. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent an answer this app cannot read. If you were saving, open the task again to see whether the change arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply answered with an unexpected error (HTTP %1)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key can work in more than one Reply team. Choose the team in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key can work in more than one Reply team (%1). Choose the team in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key cannot reach the Reply team chosen in Settings. Choose another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key needs to act for a user. Enter that user&apos;s id or e-mail address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server asked for a user name and password, and none were set or they were refused. Check the proxy settings, then try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1. Check the proxy settings and your connection, then try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server between you and Reply failed (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke before Reply answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so it is not known whether Reply carried out the request. Check the task in Reply before you try again: trying again could do it twice, for example send the e-mail twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server&apos;s certificate has the SHA-256 fingerprint %2. If your company uses its own certificate authority, add its certificate in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open the task with this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to this Reply API address instead of https://api.reply.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the app against a built-in practice server with sample tasks. No account or network is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the app does, without keys or personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, edit and save your Reply.io tasks, and see what the server made of them.
The API key is read from the REPLY_API_KEY environment variable or asked for in the window; it is never accepted on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task needs a task ID, a whole number above zero, such as --task 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base needs a web address such as https://api.reply.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo uses the built-in practice server, so it can&apos;t be combined with --api-base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task has changes that are not saved on Reply yet. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Reply API key. You find it in Reply under Settings → API Key. It is kept in memory only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This really sends the %1 to the contact now, and completes the task. It can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) will be cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished task(s) will be archived.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tasks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either way they disappear from your task list, and Reply can&apos;t bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached from sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a connection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an InMail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Reply Task Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start on this computer&apos;s loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskValidator</name>
    <message>
        <source>This task is %1, so it can&apos;t be changed: Reply only lets you edit open tasks. Create a new task if there is more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence created this task, so its type can&apos;t change. Set it back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only LinkedIn tasks have a LinkedIn action. Clear the action or make this a LinkedIn task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the LinkedIn actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact ID is a whole number above zero, such as 1234. Fix it or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence created this task, so its contact can&apos;t change. Set it back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the task starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start can&apos;t be before 1 January 2015. Choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the task is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due time must be after the start. Move it later, or the start earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the task is about: the body can&apos;t be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an email address: press Enter to find the contact, or type the contact&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::api::ApiRequest</name>
    <message>
        <source>The answer is not JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer does not have the expected fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::api::ReplyClient</name>
    <message>
        <source>Could not read the certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks were chosen. Choose at least one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks were chosen, but Reply takes at most %2 at a time. Choose fewer tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::core::TaskEditorModel</name>
    <message>
        <source>The body is now plain text, because %1 can&apos;t show formatting. Lists and links were kept as text: check it before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body can have formatting again, because %1 shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::presentation::ContactDirectory</name>
    <message>
        <source>There is no contact with ID %1. Check the number, or look the contact up by email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the contact&apos;s ID, such as 1234, or their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has this email address. Check the spelling, or add the contact in Reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts share this email address. Type the ID of the one you mean.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::TaskActions</name>
    <message>
        <source>Task %1 no longer exists, or you can&apos;t see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is already finished, or can&apos;t be completed in its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was not changed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Completed %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %1 of %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent and completed the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %1 of %n task(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more could not be changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::TaskListModel</name>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::store::AccountStore</name>
    <message>
        <source>The accounts were saved by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::store::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer. The key is kept only until you quit the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::store::DraftStore</name>
    <message>
        <source>The draft has no valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has draft format %2, which this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the draft of another task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not named like a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::store::Outbox</name>
    <message>
        <source>The item does not name a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item belongs to another task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the item: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::store::OutboxItem</name>
    <message>
        <source>The item has format %1, which this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::store::SecretFile</name>
    <message>
        <source>The key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the key file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::BodyEditor</name>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::CompleteDialog</name>
    <message>
        <source>Also &amp;finish the prospect in the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this task as done? Nothing is sent to the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) as done? Nothing is sent to the contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positive: they are interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To call again: no answer or call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Negative: not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect leaves the sequence and gets no further steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::MainWindow</name>
    <message>
        <source>Opening task %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving task %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent yet: some fields need a fix first. The messages next to them say what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Reply Task Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Reply Task Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reply Task Editor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Open, edit and save your Reply.io tasks, and see at once what the server made of them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: practice server with sample tasks, nothing reaches Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the task is as Reply has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved task %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 couldn&apos;t be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved; they are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a task from the list, or open one by its ID: the number at the end of the task&apos;s address in Reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task list couldn&apos;t be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact couldn&apos;t be looked up. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load Task From Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reply&apos;s request limit is reached: continuing in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::PreviewPanel</name>
    <message>
        <source>Body preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1 will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact is known yet: variables are shown as they are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Who should take over %n task(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskCommands</name>
    <message>
        <source>&amp;Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the task done without sending anything (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the email or SMS now and complete the task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an open task or archive a finished one (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task to a teammate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teammates couldn&apos;t be listed, so nothing was reassigned. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes first, so the contact gets what you see. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskDetailPanel</name>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body (template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task as Reply has it appears here once it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task as saved on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskEditorView</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s number, such as 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; may use {{firstName}} and other variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes to Reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LinkedIn action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence created this task, so its type and contact can&apos;t change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a contact field, such as {{firstName}}, where you are typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskListView</name>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the loaded tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the loaded tasks matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown; scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
