<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionTarget</name>
    <message numerus="yes">
        <source>and %n more task(s)</source>
        <translation>
            <numerusform>and %n more task</numerusform>
            <numerusform>and %n more tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message numerus="yes">
        <source>%n open task(s) will be cancelled.</source>
        <translation>
            <numerusform>%n open task will be cancelled.</numerusform>
            <numerusform>%n open tasks will be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished task(s) will be archived.</source>
        <translation>
            <numerusform>%n finished task will be archived.</numerusform>
            <numerusform>%n finished tasks will be archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more under Show Details.</source>
        <translation>
            <numerusform>…and %n more under Show Details.</numerusform>
            <numerusform>…and %n more under Show Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::ContactDirectory</name>
    <message numerus="yes">
        <source>%n contacts share this email address. Type the ID of the one you mean.</source>
        <translation>
            <numerusform>%n contacts share this email address. Type the ID of the one you mean.</numerusform>
            <numerusform>%n contacts share this email address. Type the ID of the one you mean.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::Rescheduler</name>
    <message numerus="yes">
        <source>Moved %n task(s).</source>
        <translation>
            <numerusform>Moved %n task.</numerusform>
            <numerusform>Moved %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because they changed in Reply meanwhile.</source>
        <translation>
            <numerusform>%n skipped because they changed in Reply meanwhile.</numerusform>
            <numerusform>%n skipped because they changed in Reply meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be moved; the report says why.</source>
        <translation>
            <numerusform>%n could not be moved; the report says why.</numerusform>
            <numerusform>%n could not be moved; the report says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tried because you stopped.</source>
        <translation>
            <numerusform>%n not tried because you stopped.</numerusform>
            <numerusform>%n not tried because you stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::TaskActions</name>
    <message numerus="yes">
        <source>Completed %n task(s).</source>
        <translation>
            <numerusform>Completed %n task.</numerusform>
            <numerusform>Completed %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %1 of %n task(s).</source>
        <translation>
            <numerusform>Completed %1 of %n task.</numerusform>
            <numerusform>Completed %1 of %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s).</source>
        <translation>
            <numerusform>Deleted %n task.</numerusform>
            <numerusform>Deleted %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n task(s).</source>
        <translation>
            <numerusform>Deleted %1 of %n task.</numerusform>
            <numerusform>Deleted %1 of %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %n task(s).</source>
        <translation>
            <numerusform>Reassigned %n task.</numerusform>
            <numerusform>Reassigned %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %1 of %n task(s).</source>
        <translation>
            <numerusform>Reassigned %1 of %n task.</numerusform>
            <numerusform>Reassigned %1 of %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more could not be changed.</source>
        <translation>
            <numerusform>%n more could not be changed.</numerusform>
            <numerusform>%n more could not be changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::UnsentWork</name>
    <message numerus="yes">
        <source>%n file(s) of unsent changes could not be read (damaged, or written by a newer version of this app). Nothing was deleted: they are kept in %1. The rest of your drafts are fine.</source>
        <translation>
            <numerusform>%n file of unsent changes could not be read (damaged, or written by a newer version of this app). Nothing was deleted: they are kept in %1. The rest of your drafts are fine.</numerusform>
            <numerusform>%n files of unsent changes could not be read (damaged, or written by a newer version of this app). Nothing was deleted: they are kept in %1. The rest of your drafts are fine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::Workspace</name>
    <message numerus="yes">
        <source>Reply did not answer; retrying in %n second(s)…</source>
        <translation>
            <numerusform>Reply did not answer; retrying in %n second…</numerusform>
            <numerusform>Reply did not answer; retrying in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::BodyEditor</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s)</source>
        <translation>
            <numerusform>%n SMS part</numerusform>
            <numerusform>%n SMS parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::CompleteDialog</name>
    <message numerus="yes">
        <source>Mark %n task(s) as done? Nothing is sent to the contacts.</source>
        <translation>
            <numerusform>Mark %n task as done? Nothing is sent to the contacts.</numerusform>
            <numerusform>Mark %n tasks as done? Nothing is sent to the contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::MainWindow</name>
    <message numerus="yes">
        <source>Reply&apos;s request limit is reached: continuing in %n second(s).</source>
        <translation>
            <numerusform>Reply's request limit is reached: continuing in %n second.</numerusform>
            <numerusform>Reply's request limit is reached: continuing in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::ReadOnlyText</name>
    <message numerus="yes">
        <source>… %n more character(s) not shown here. The form has the whole text.</source>
        <translation>
            <numerusform>… %n more character not shown here. The form has the whole text.</numerusform>
            <numerusform>… %n more characters not shown here. The form has the whole text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::ReassignDialog</name>
    <message numerus="yes">
        <source>Who should take over %n task(s)?</source>
        <translation>
            <numerusform>Who should take over %n task?</numerusform>
            <numerusform>Who should take over %n tasks?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::RescheduleDialog</name>
    <message numerus="yes">
        <source>The &amp;selected tasks (%n)</source>
        <translation>
            <numerusform>The &amp;selected tasks (%n)</numerusform>
            <numerusform>The &amp;selected tasks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All overdue tasks in the list (%n)</source>
        <translation>
            <numerusform>&amp;All overdue tasks in the list (%n)</numerusform>
            <numerusform>&amp;All overdue tasks in the list (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::SafetyNet</name>
    <message numerus="yes">
        <source>Not sent: %n</source>
        <translation>
            <numerusform>Not sent: %n</numerusform>
            <numerusform>Not sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n save(s) not sent yet</source>
        <translation>
            <numerusform>%n save not sent yet</numerusform>
            <numerusform>%n saves not sent yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskListView</name>
    <message numerus="yes">
        <source>%n task(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n task shown; scroll down for more.</numerusform>
            <numerusform>%n tasks shown; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown.</source>
        <translation>
            <numerusform>%n task shown.</numerusform>
            <numerusform>%n tasks shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
