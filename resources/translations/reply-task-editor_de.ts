<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionTarget</name>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig %2</translation>
    </message>
    <message>
        <source>%1 (task %2)</source>
        <translation>%1 (Aufgabe %2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more task(s)</source>
        <translation>
            <numerusform>und %n weitere Aufgabe</numerusform>
            <numerusform>und %n weitere Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the Reply server</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply did not accept the request: %1</source>
        <translation>Reply hat die Anfrage nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted, so nothing was sent. A proxy or a public Wi-Fi login page can cause this. Problems found: %2</source>
        <translation>Der sicheren Verbindung zu %1 konnte nicht vertraut werden, daher wurde nichts gesendet. Das kann an einem Proxy oder an der Anmeldeseite eines öffentlichen WLANs liegen. Gefundene Probleme: %2</translation>
    </message>
    <message>
        <source>the certificate check failed.</source>
        <translation>Die Zertifikatsprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reply did not accept your API key. Check your API key in Settings.</source>
        <translation>Reply hat Ihren API-Schlüssel nicht akzeptiert. Prüfen Sie Ihren API-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Your Reply account is not allowed to do this. Ask your Reply admin for access.</source>
        <translation>Ihr Reply-Konto hat dafür keine Berechtigung. Bitten Sie Ihren Reply-Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>Your Reply account is not allowed to do this: %1</source>
        <translation>Ihr Reply-Konto hat dafür keine Berechtigung: %1</translation>
    </message>
    <message>
        <source>Task %1 was not found. It may have been deleted, or it is not visible to your account.</source>
        <translation>Die Aufgabe %1 wurde nicht gefunden. Sie wurde möglicherweise gelöscht oder ist für Ihr Konto nicht sichtbar.</translation>
    </message>
    <message>
        <source>Reply could not find what was asked for. It may have been deleted.</source>
        <translation>Reply konnte das Angeforderte nicht finden. Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>You cancelled the request.</source>
        <translation>Sie haben die Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>Reply answered with an unexpected error (HTTP %1)%2.</source>
        <translation>Reply hat mit einem unerwarteten Fehler geantwortet (HTTP %1)%2.</translation>
    </message>
    <message>
        <source>Your API key can work in more than one Reply team. Choose the team in Settings, then try again.</source>
        <translation>Ihr API-Schlüssel gilt für mehr als ein Reply-Team. Wählen Sie das Team in den Einstellungen aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your API key can work in more than one Reply team (%1). Choose the team in Settings, then try again.</source>
        <translation>Ihr API-Schlüssel gilt für mehr als ein Reply-Team (%1). Wählen Sie das Team in den Einstellungen aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your API key cannot reach the Reply team chosen in Settings. Choose another team.</source>
        <translation>Ihr API-Schlüssel hat keinen Zugriff auf das in den Einstellungen gewählte Reply-Team. Wählen Sie ein anderes Team.</translation>
    </message>
    <message>
        <source>This API key needs to act for a user. Enter that user&apos;s id or e-mail address in Settings.</source>
        <translation>Dieser API-Schlüssel muss im Namen eines Benutzers handeln. Geben Sie die ID oder E-Mail-Adresse dieses Benutzers in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>A server between you and Reply failed (error %1)</source>
        <translation>Ein Server zwischen Ihnen und Reply ist ausgefallen (Fehler %1)</translation>
    </message>
    <message>
        <source>The connection to %1 broke before Reply answered</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, bevor Reply geantwortet hat</translation>
    </message>
    <message>
        <source>%1, so it is not known whether Reply carried out the request. Check the task in Reply before you try again: trying again could do it twice, for example send the e-mail twice.</source>
        <translation>%1, daher ist nicht bekannt, ob Reply die Anfrage ausgeführt hat. Prüfen Sie die Aufgabe in Reply, bevor Sie es erneut versuchen: Ein neuer Versuch könnte die Aktion doppelt ausführen und zum Beispiel die E-Mail zweimal senden.</translation>
    </message>
    <message>
        <source>%1 The server&apos;s certificate has the SHA-256 fingerprint %2. If your company uses its own certificate authority, add its certificate in Settings.</source>
        <translation>%1 Das Zertifikat des Servers hat den SHA-256-Fingerabdruck %2. Falls Ihr Unternehmen eine eigene Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Reply did not accept the request and gave no reason.</source>
        <translation>Reply hat die Anfrage nicht angenommen und keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The proxy server asked for a user name and password, and none were set or they were refused. Check the proxy settings, then try again.</source>
        <translation>Der Proxy-Server hat nach Benutzername und Passwort gefragt, und es waren keine eingetragen oder sie wurden abgelehnt. Prüfen Sie die Proxy-Einstellungen und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The proxy server could not be used to reach %1. Check the proxy settings and your connection, then try again.</source>
        <translation>Über den Proxy-Server war %1 nicht erreichbar. Prüfen Sie die Proxy-Einstellungen und Ihre Verbindung und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the server refused the connection. Check your internet connection and try again in a moment.</source>
        <translation>Keine Verbindung zu %1: Der Server hat die Verbindung abgelehnt. Prüfen Sie Ihre Internetverbindung und versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check your internet connection and the server address in Settings, then try again.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie Ihre Internetverbindung und die Serveradresse in den Einstellungen und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again in a moment.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Internetverbindung und versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to %1 broke before Reply answered. Check your internet connection and try again in a moment.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen, bevor Reply geantwortet hat. Prüfen Sie Ihre Internetverbindung und versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Reply refused the request because of the task&apos;s current state. Reload the task to see it as Reply has it now.</source>
        <translation>Reply hat die Anfrage wegen des aktuellen Zustands der Aufgabe abgelehnt. Laden Sie die Aufgabe neu, um sie so zu sehen, wie Reply sie jetzt hat.</translation>
    </message>
    <message>
        <source>Reply refused the request because of the task&apos;s current state: %1 Reload the task to see it as Reply has it now.</source>
        <translation>Reply hat die Anfrage wegen des aktuellen Zustands der Aufgabe abgelehnt: %1 Laden Sie die Aufgabe neu, um sie so zu sehen, wie Reply sie jetzt hat.</translation>
    </message>
    <message>
        <source>Reply is getting too many requests from your account. Wait 1 second and try again.</source>
        <translation>Reply erhält zu viele Anfragen von Ihrem Konto. Warten Sie 1 Sekunde und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Reply is getting too many requests from your account. Wait %1 seconds and try again.</source>
        <translation>Reply erhält zu viele Anfragen von Ihrem Konto. Warten Sie %1 Sekunden und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Reply is getting too many requests from your account. Wait a minute and try again.</source>
        <translation>Reply erhält zu viele Anfragen von Ihrem Konto. Warten Sie eine Minute und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>Reply is having trouble right now (error %1). Try again in a few minutes.</source>
        <translation>Reply hat gerade Probleme (Fehler %1). Versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Reply sent an answer this app cannot read. Try again in a moment.</source>
        <translation>Reply hat eine Antwort geschickt, die diese App nicht lesen kann. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Reply is getting too many requests from your account. Wait about %1 minutes and try again.</source>
        <translation>Reply erhält zu viele Anfragen von Ihrem Konto. Warten Sie etwa %1 Minuten und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The server at %1 sent the app to another address. The app did not follow, so your key went nowhere else. Check the address in Settings.</source>
        <translation>Der Server unter %1 hat die App an eine andere Adresse verwiesen. Die App ist dem nicht gefolgt, Ihr Schlüssel ging also nirgendwo anders hin. Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open the task with this ID.</source>
        <translation>Die Aufgabe mit dieser ID öffnen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Talk to this Reply API address instead of https://api.reply.io.</source>
        <translation>Diese Reply-API-Adresse statt https://api.reply.io verwenden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Try the app against a built-in practice server with sample tasks. No account or network is needed.</source>
        <translation>Die App mit einem eingebauten Übungsserver und Beispielaufgaben ausprobieren. Dafür sind weder ein Konto noch ein Netzwerk nötig.</translation>
    </message>
    <message>
        <source>Print what the app does, without keys or personal data.</source>
        <translation>Ausgeben, was die App tut, ohne Schlüssel oder persönliche Daten.</translation>
    </message>
    <message>
        <source>Open, edit and save your Reply.io tasks, and see what the server made of them.
The API key is read from the REPLY_API_KEY environment variable or asked for in the window; it is never accepted on the command line.</source>
        <translation>Ihre Reply.io-Aufgaben öffnen, bearbeiten und speichern und sehen, was der Server daraus gemacht hat.
Der API-Schlüssel wird aus der Umgebungsvariablen REPLY_API_KEY gelesen oder im Fenster abgefragt; auf der Befehlszeile wird er nie angenommen.</translation>
    </message>
    <message>
        <source>--task needs a task ID, a whole number above zero, such as --task 42.</source>
        <translation>--task braucht eine Aufgaben-ID, also eine ganze Zahl größer als null, zum Beispiel --task 42.</translation>
    </message>
    <message>
        <source>--api-base needs a web address such as https://api.reply.io.</source>
        <translation>--api-base braucht eine Webadresse wie https://api.reply.io.</translation>
    </message>
    <message>
        <source>--demo uses the built-in practice server, so it can&apos;t be combined with --api-base.</source>
        <translation>--demo verwendet den eingebauten Übungsserver und lässt sich daher nicht mit --api-base kombinieren.</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This task has changes that are not saved on Reply yet. Save them first?</source>
        <translation>Diese Aufgabe hat Änderungen, die noch nicht in Reply gespeichert sind. Möchten Sie sie zuerst speichern?</translation>
    </message>
    <message>
        <source>Open task</source>
        <translation>Aufgabe öffnen</translation>
    </message>
    <message>
        <source>Task ID:</source>
        <translation>Aufgaben-ID:</translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation>Jetzt senden?</translation>
    </message>
    <message>
        <source>This really sends the %1 to the contact now, and completes the task. It can&apos;t be undone.</source>
        <translation>Damit wird die %1 jetzt tatsächlich an den Kontakt gesendet und die Aufgabe erledigt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) will be cancelled.</source>
        <translation>
            <numerusform>%n offene Aufgabe wird abgebrochen.</numerusform>
            <numerusform>%n offene Aufgaben werden abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished task(s) will be archived.</source>
        <translation>
            <numerusform>%n erledigte Aufgabe wird archiviert.</numerusform>
            <numerusform>%n erledigte Aufgaben werden archiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tasks?</source>
        <translation>Aufgaben löschen?</translation>
    </message>
    <message>
        <source>Either way they disappear from your task list, and Reply can&apos;t bring them back.</source>
        <translation>In beiden Fällen verschwinden sie aus Ihrer Aufgabenliste, und Reply kann sie nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>These changes were not sent to Reply when the app last closed. Open one to go on with it, compare it with what Reply has now, or discard it.</source>
        <translation>Diese Änderungen wurden beim letzten Beenden der App nicht an Reply gesendet. Öffnen Sie eine, um daran weiterzuarbeiten, vergleichen Sie sie mit dem aktuellen Stand in Reply, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>These saves could not reach Reply. They go out on their own when Reply answers again; you can also open, drop or send one now.</source>
        <translation>Diese Speichervorgänge haben Reply nicht erreicht. Sie werden automatisch gesendet, sobald Reply wieder antwortet; Sie können einen davon auch jetzt öffnen, verwerfen oder senden.</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Reschedule report</source>
        <translation>Bericht zum Verschieben</translation>
    </message>
    <message>
        <source>&amp;Undo the Move</source>
        <translation>Verschieben &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more under Show Details.</source>
        <translation>
            <numerusform>…und %n weitere unter „Details einblenden“.</numerusform>
            <numerusform>…und %n weitere unter „Details einblenden“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>To-do</source>
        <translation>To-do</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Manual email</source>
        <translation>Manuelle E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Detached from sequence</source>
        <translation>Von der Sequenz gelöst</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send a connection request</source>
        <translation>Kontaktanfrage senden</translation>
    </message>
    <message>
        <source>Send an InMail</source>
        <translation>InMail senden</translation>
    </message>
    <message>
        <source>View the profile</source>
        <translation>Profil ansehen</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Unbekannte Aktion</translation>
    </message>
    <message>
        <source>Created by hand</source>
        <translation>Manuell erstellt</translation>
    </message>
    <message>
        <source>Created by a sequence</source>
        <translation>Von einer Sequenz erstellt</translation>
    </message>
    <message>
        <source>Created from a meeting</source>
        <translation>Aus einem Meeting erstellt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>LinkedIn action</source>
        <translation>LinkedIn-Aktion</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Reply Task Editor</source>
        <translation>Reply-Aufgabeneditor</translation>
    </message>
</context>
<context>
    <name>RelativeDate</name>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
</context>
<context>
    <name>ServerProblems</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Zeitplanung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TaskValidator</name>
    <message>
        <source>This task is %1, so it can&apos;t be changed: Reply only lets you edit open tasks. Create a new task if there is more to do.</source>
        <translation>Diese Aufgabe ist %1 und kann daher nicht geändert werden: Reply lässt nur offene Aufgaben bearbeiten. Legen Sie eine neue Aufgabe an, wenn noch etwas zu tun ist.</translation>
    </message>
    <message>
        <source>Choose a task type from the list.</source>
        <translation>Wählen Sie einen Aufgabentyp aus der Liste.</translation>
    </message>
    <message>
        <source>A sequence created this task, so its type can&apos;t change. Set it back to %1.</source>
        <translation>Diese Aufgabe stammt aus einer Sequenz, daher lässt sich ihr Typ nicht ändern. Setzen Sie ihn wieder auf %1.</translation>
    </message>
    <message>
        <source>Only LinkedIn tasks have a LinkedIn action. Clear the action or make this a LinkedIn task.</source>
        <translation>Nur LinkedIn-Aufgaben haben eine LinkedIn-Aktion. Entfernen Sie die Aktion oder machen Sie daraus eine LinkedIn-Aufgabe.</translation>
    </message>
    <message>
        <source>Choose one of the LinkedIn actions.</source>
        <translation>Wählen Sie eine der LinkedIn-Aktionen.</translation>
    </message>
    <message>
        <source>A contact ID is a whole number above zero, such as 1234. Fix it or leave the field empty.</source>
        <translation>Eine Kontakt-ID ist eine ganze Zahl größer als null, zum Beispiel 1234. Korrigieren Sie sie oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>A sequence created this task, so its contact can&apos;t change. Set it back to %1.</source>
        <translation>Diese Aufgabe stammt aus einer Sequenz, daher lässt sich ihr Kontakt nicht ändern. Setzen Sie ihn wieder auf %1.</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>keinen Kontakt</translation>
    </message>
    <message>
        <source>Choose when the task starts.</source>
        <translation>Wählen Sie, wann die Aufgabe beginnt.</translation>
    </message>
    <message>
        <source>The start can&apos;t be before 1 January 2015. Choose a later date.</source>
        <translation>Der Beginn darf nicht vor dem 1. Januar 2015 liegen. Wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <source>Choose when the task is due.</source>
        <translation>Wählen Sie, wann die Aufgabe fällig ist.</translation>
    </message>
    <message>
        <source>The due time must be after the start. Move it later, or the start earlier.</source>
        <translation>Die Fälligkeit muss nach dem Beginn liegen. Verschieben Sie die Fälligkeit nach hinten oder den Beginn nach vorn.</translation>
    </message>
    <message>
        <source>Write what the task is about: the body can&apos;t be empty.</source>
        <translation>Beschreiben Sie, worum es bei der Aufgabe geht: Der Text darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This is not a contact ID yet: the contact with this email address or name is looked up when you pause or leave the field. Or type the contact&apos;s ID.</source>
        <translation>Das ist noch keine Kontakt-ID: Der Kontakt mit dieser E-Mail-Adresse oder diesem Namen wird gesucht, sobald Sie eine Pause machen oder das Feld verlassen. Oder geben Sie die ID des Kontakts ein.</translation>
    </message>
    <message>
        <source>The subject or body uses %1, which Reply fills in from the contact, so this task needs one. Enter the contact&apos;s ID, or take the variables out.</source>
        <translation>Betreff oder Text verwenden %1; Reply füllt das aus dem Kontakt aus, deshalb braucht diese Aufgabe einen. Geben Sie die ID des Kontakts ein oder nehmen Sie die Variablen heraus.</translation>
    </message>
    <message>
        <source>This SMS is too long: it would go out as %1 parts, and this app sends at most %2. Shorten it.</source>
        <translation>Diese SMS ist zu lang: Sie würde in %1 Teilen verschickt, und diese App sendet höchstens %2. Kürzen Sie sie.</translation>
    </message>
</context>
<context>
    <name>rte::api::ApiRequest</name>
    <message>
        <source>The answer is not JSON (%1 at offset %2).</source>
        <translation>Die Antwort ist kein JSON (%1 an Position %2).</translation>
    </message>
    <message>
        <source>The answer does not have the expected fields.</source>
        <translation>Die Antwort enthält nicht die erwarteten Felder.</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MB, far more than any answer of Reply&apos;s; the app stopped reading it.</source>
        <translation>Die Antwort war größer als %1 MB, weit mehr als jede Antwort von Reply; die App hat aufgehört, sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>rte::api::ReplyClient</name>
    <message>
        <source>This build has no TLS support.</source>
        <translation>Diese Version wurde ohne TLS-Unterstützung erstellt.</translation>
    </message>
    <message>
        <source>Could not read the certificate file %1 (%2). Choose the company&apos;s certificate file again in Settings.</source>
        <translation>Die Zertifikatsdatei %1 konnte nicht gelesen werden (%2). Wählen Sie die Zertifikatsdatei Ihres Unternehmens in den Einstellungen erneut aus.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Choose the company&apos;s certificate file in Settings.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat. Wählen Sie die Zertifikatsdatei Ihres Unternehmens in den Einstellungen aus.</translation>
    </message>
</context>
<context>
    <name>rte::api::TaskBatchRequest</name>
    <message>
        <source>No tasks were chosen. Choose at least one task.</source>
        <translation>Es wurden keine Aufgaben ausgewählt. Wählen Sie mindestens eine Aufgabe aus.</translation>
    </message>
    <message>
        <source>%1 tasks were chosen, but Reply takes at most %2 at a time. Choose fewer tasks.</source>
        <translation>Es wurden %1 Aufgaben ausgewählt, Reply nimmt aber höchstens %2 auf einmal an. Wählen Sie weniger Aufgaben aus.</translation>
    </message>
</context>
<context>
    <name>rte::core::TaskEditorModel</name>
    <message>
        <source>The body is now plain text, because %1 can&apos;t show formatting. Lists and links were kept as text: check it before you save.</source>
        <translation>Der Text ist jetzt unformatiert, weil der Aufgabentyp „%1“ keine Formatierung darstellen kann. Listen und Links wurden als Text übernommen: Prüfen Sie ihn vor dem Speichern.</translation>
    </message>
    <message>
        <source>The body can have formatting again, because %1 shows it.</source>
        <translation>Der Text kann wieder formatiert werden, weil der Aufgabentyp „%1“ Formatierung darstellt.</translation>
    </message>
    <message>
        <source>The body has its formatting back, because %1 shows it.</source>
        <translation>Der Text hat seine Formatierung zurück, weil %1 sie anzeigt.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::AccountEditor</name>
    <message>
        <source>My Reply account</source>
        <translation>Mein Reply-Konto</translation>
    </message>
    <message>
        <source>Choose or add an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus oder fügen Sie eines hinzu.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::AccountSwitcher</name>
    <message>
        <source>The demo server could not start on this computer&apos;s loopback address.</source>
        <translation>Der Demo-Server konnte auf der Loopback-Adresse dieses Computers nicht starten.</translation>
    </message>
    <message>
        <source>My Reply account</source>
        <translation>Mein Reply-Konto</translation>
    </message>
    <message>
        <source>That account could not be opened.</source>
        <translation>Dieses Konto konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>rte::presentation::ActionCoordinator</name>
    <message>
        <source>Your teammates couldn&apos;t be listed, so nothing was reassigned. %1</source>
        <translation>Ihre Teammitglieder konnten nicht abgerufen werden, daher wurde nichts neu zugewiesen. %1</translation>
    </message>
    <message>
        <source>Choose a task first: open it, or select rows in the list.</source>
        <translation>Wählen Sie zuerst eine Aufgabe: Öffnen Sie sie oder markieren Sie Zeilen in der Liste.</translation>
    </message>
    <message>
        <source>Save your changes first, so the contact gets what you see. Nothing was sent.</source>
        <translation>Speichern Sie zuerst Ihre Änderungen, damit der Kontakt erhält, was Sie sehen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Task %1 has unsaved changes. Save them first (or undo them), then try again. Nothing was changed.</source>
        <translation>Die Aufgabe %1 hat Änderungen, die noch nicht gespeichert sind. Speichern Sie sie zuerst (oder machen Sie sie rückgängig) und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was moved: the day ends before it starts. Choose a start time before the end time.</source>
        <translation>Nichts wurde verschoben: Der Tag endet, bevor er beginnt. Wählen Sie eine Anfangszeit vor der Endzeit.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::ConnectionCheck</name>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1, team %2</source>
        <translation>%1, Team %2</translation>
    </message>
    <message>
        <source>Enter your Reply API key first.</source>
        <translation>Geben Sie zuerst Ihren Reply-API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::ConnectionSettingsFile</name>
    <message>
        <source>The connection settings could not be saved.</source>
        <translation>Die Verbindungseinstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::ContactDirectory</name>
    <message>
        <source>No contact has this email address. Check the spelling, or add the contact in Reply first.</source>
        <translation>Kein Kontakt hat diese E-Mail-Adresse. Prüfen Sie die Schreibweise oder legen Sie den Kontakt zuerst in Reply an.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts share this email address. Type the ID of the one you mean.</source>
        <translation>
            <numerusform>%n Kontakt hat diese E-Mail-Adresse. Geben Sie die ID des gewünschten Kontakts ein.</numerusform>
            <numerusform>%n Kontakte haben diese E-Mail-Adresse. Geben Sie die ID des gewünschten Kontakts ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the contact&apos;s ID, such as 1234, their email address or their name.</source>
        <translation>Geben Sie die ID des Kontakts ein, etwa 1234, seine E-Mail-Adresse oder seinen Namen.</translation>
    </message>
    <message>
        <source>There is no contact with ID %1. Check the number, or look the contact up by email address or name.</source>
        <translation>Es gibt keinen Kontakt mit der ID %1. Prüfen Sie die Nummer oder suchen Sie den Kontakt über E-Mail-Adresse oder Namen.</translation>
    </message>
    <message>
        <source>No contact is called “%1”. Check the spelling, or type the contact&apos;s ID or email address.</source>
        <translation>Kein Kontakt heißt „%1“. Prüfen Sie die Schreibweise oder geben Sie die ID oder E-Mail-Adresse des Kontakts ein.</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Many contacts match: %1, and more. Type more of the name, or the ID of the one you mean.</source>
        <translation>Viele Kontakte passen: %1 und weitere. Geben Sie mehr vom Namen ein oder die ID des gemeinten Kontakts.</translation>
    </message>
    <message>
        <source>Several contacts match: %1. Type the ID of the one you mean.</source>
        <translation>Mehrere Kontakte passen: %1. Geben Sie die ID des gemeinten Kontakts ein.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::DraftKeeper</name>
    <message>
        <source>Your changes could not be kept on this computer (%1). Save them to Reply soon, or copy the text somewhere safe.</source>
        <translation>Ihre Änderungen konnten nicht auf diesem Computer gesichert werden (%1). Speichern Sie sie bald in Reply, oder kopieren Sie den Text an einen sicheren Ort.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::KeyState</name>
    <message>
        <source>No keychain is available on this computer. Your API key is kept only until you quit the app.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar. Ihr API-Schlüssel bleibt nur erhalten, bis Sie die App beenden.</translation>
    </message>
    <message>
        <source>Your API key is kept in a file on this computer that only you can read, not in the keychain: %1</source>
        <translation>Ihr API-Schlüssel wird nicht im Schlüsselbund aufbewahrt, sondern in einer Datei auf diesem Computer, die nur Sie lesen können: %1</translation>
    </message>
    <message>
        <source>Choose or add an account before you enter a key.</source>
        <translation>Wählen Sie ein Konto aus oder legen Sie eines an, bevor Sie einen Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>Enter your Reply API key.</source>
        <translation>Geben Sie Ihren Reply-API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::OutboxSender</name>
    <message>
        <source>Task %1 was completed or cancelled in Reply meanwhile, so these changes can&apos;t be saved. Open it to copy what you need.</source>
        <translation>Die Aufgabe %1 wurde inzwischen in Reply erledigt oder abgebrochen, daher lassen sich diese Änderungen nicht speichern. Öffnen Sie sie, um zu kopieren, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Someone changed task %1 in Reply since you edited it. Open it to compare and choose what to keep.</source>
        <translation>Jemand hat die Aufgabe %1 in Reply geändert, nachdem Sie sie bearbeitet haben. Öffnen Sie sie, um zu vergleichen und auszuwählen, was bleiben soll.</translation>
    </message>
</context>
<context>
    <name>rte::presentation::Rescheduler</name>
    <message>
        <source>Not tried: you stopped the move.</source>
        <translation>Nicht versucht: Sie haben das Verschieben angehalten.</translation>
    </message>
    <message>
        <source>Skipped: it changed in Reply since your list was loaded (a teammate, or another app).</source>
        <translation>Übersprungen: Sie wurde in Reply geändert, seit Ihre Liste geladen wurde (von einem Teammitglied oder einer anderen App).</translation>
    </message>
    <message>
        <source>Skipped: it is %1 in Reply now, so it can&apos;t be moved.</source>
        <translation>Übersprungen: Sie ist in Reply jetzt %1 und kann deshalb nicht verschoben werden.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <source>%1: moved to %2.</source>
        <translation>%1: verschoben auf %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe verschoben.</numerusform>
            <numerusform>%n Aufgaben verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because they changed in Reply meanwhile.</source>
        <translation>
            <numerusform>%n übersprungen, weil sie inzwischen in Reply geändert wurde.</numerusform>
            <numerusform>%n übersprungen, weil sie inzwischen in Reply geändert wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be moved; the report says why.</source>
        <translation>
            <numerusform>%n konnte nicht verschoben werden; der Bericht nennt den Grund.</numerusform>
            <numerusform>%n konnten nicht verschoben werden; der Bericht nennt die Gründe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tried because you stopped.</source>
        <translation>
            <numerusform>%n nicht versucht, weil Sie angehalten haben.</numerusform>
            <numerusform>%n nicht versucht, weil Sie angehalten haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::TaskActions</name>
    <message>
        <source>Task %1 no longer exists, or you can&apos;t see it.</source>
        <translation>Die Aufgabe %1 existiert nicht mehr oder ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>Task %1 is already finished, or can&apos;t be completed in its state.</source>
        <translation>Die Aufgabe %1 ist bereits erledigt oder kann in ihrem Zustand nicht erledigt werden.</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>Task %1 was not changed (%2).</source>
        <translation>Die Aufgabe %1 wurde nicht geändert (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe erledigt.</numerusform>
            <numerusform>%n Aufgaben erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %1 of %n task(s).</source>
        <translation>
            <numerusform>%1 von %n Aufgabe erledigt.</numerusform>
            <numerusform>%1 von %n Aufgaben erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent and completed the task.</source>
        <translation>Die Aufgabe wurde gesendet und erledigt.</translation>
    </message>
    <message>
        <source>The task was not sent.</source>
        <translation>Die Aufgabe wurde nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe gelöscht.</numerusform>
            <numerusform>%n Aufgaben gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n task(s).</source>
        <translation>
            <numerusform>%1 von %n Aufgabe gelöscht.</numerusform>
            <numerusform>%1 von %n Aufgaben gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %n task(s).</source>
        <translation>
            <numerusform>%n Aufgabe neu zugewiesen.</numerusform>
            <numerusform>%n Aufgaben neu zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %1 of %n task(s).</source>
        <translation>
            <numerusform>%1 von %n Aufgabe neu zugewiesen.</numerusform>
            <numerusform>%1 von %n Aufgaben neu zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more could not be changed.</source>
        <translation>
            <numerusform>%n weitere konnte nicht geändert werden.</numerusform>
            <numerusform>%n weitere konnten nicht geändert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::TaskListModel</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Überfällig: war fällig am %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation>Sequenzschritt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>rte::presentation::UnsentWork</name>
    <message>
        <source>Task %1 was sent from the outbox.</source>
        <translation>Aufgabe %1 wurde aus dem Postausgang gesendet.</translation>
    </message>
    <message>
        <source>%1 Your changes are still in the form, and they wait in “Not sent” on this computer: they go out on their own as soon as Reply answers again.</source>
        <translation>%1 Ihre Änderungen stehen weiter im Formular und warten unter „Nicht gesendet“ auf diesem Computer: Sie gehen von selbst hinaus, sobald Reply wieder antwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of unsent changes could not be read (damaged, or written by a newer version of this app). Nothing was deleted: they are kept in %1. The rest of your drafts are fine.</source>
        <translation>
            <numerusform>%n Datei mit nicht gesendeten Änderungen konnte nicht gelesen werden (beschädigt oder von einer neueren Version dieser App geschrieben). Nichts wurde gelöscht: Sie liegt in %1. Ihre übrigen Entwürfe sind in Ordnung.</numerusform>
            <numerusform>%n Dateien mit nicht gesendeten Änderungen konnten nicht gelesen werden (beschädigt oder von einer neueren Version dieser App geschrieben). Nichts wurde gelöscht: Sie liegen in %1. Ihre übrigen Entwürfe sind in Ordnung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::presentation::Workspace</name>
    <message>
        <source>While you were editing, task %1 became %2 in Reply, so it can&apos;t be changed any more. Your changes stay in the form and are kept as a draft: copy what you need into a new task.</source>
        <translation>Während Sie die Aufgabe %1 bearbeitet haben, hat sie in Reply den Status „%2“ erhalten und kann daher nicht mehr geändert werden. Ihre Änderungen bleiben im Formular und werden als Entwurf aufbewahrt: Kopieren Sie, was Sie brauchen, in eine neue Aufgabe.</translation>
    </message>
    <message>
        <source>Nothing was sent yet: some fields need a fix first. The messages next to them say what to change.</source>
        <translation>Es wurde noch nichts gesendet: Einige Felder müssen zuerst korrigiert werden. Die Hinweise daneben sagen, was zu ändern ist.</translation>
    </message>
    <message numerus="yes">
        <source>Reply did not answer; retrying in %n second(s)…</source>
        <translation>
            <numerusform>Reply hat nicht geantwortet; neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Reply hat nicht geantwortet; neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>The task list couldn&apos;t be loaded. %1</source>
        <translation>Die Aufgabenliste konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Task %1 opens as soon as task %2 is saved.</source>
        <translation>Aufgabe %1 öffnet sich, sobald Aufgabe %2 gespeichert ist.</translation>
    </message>
    <message>
        <source>Nothing to save: the task is as Reply has it.</source>
        <translation>Nichts zu speichern: Die Aufgabe entspricht dem Stand in Reply.</translation>
    </message>
    <message>
        <source>Still saving task %1: wait a moment, then try again.</source>
        <translation>Aufgabe %1 wird noch gespeichert. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Saved task %1 at %2.</source>
        <translation>Aufgabe %1 um %2 gespeichert.</translation>
    </message>
    <message>
        <source>Your changes were not saved. %1 Your changes are still in the form and kept on this computer.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert. %1 Ihre Änderungen stehen weiter im Formular und bleiben auf diesem Computer erhalten.</translation>
    </message>
    <message>
        <source>Task %1 couldn&apos;t be opened. %2</source>
        <translation>Aufgabe %1 konnte nicht geöffnet werden. %2</translation>
    </message>
</context>
<context>
    <name>rte::store::AccountStore</name>
    <message>
        <source>The accounts were saved by a newer version of the app.</source>
        <translation>Die Konten wurden von einer neueren Version der App gespeichert.</translation>
    </message>
    <message>
        <source>The accounts could not be saved.</source>
        <translation>Die Konten konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rte::store::CredentialStore</name>
    <message>
        <source>No keychain is available on this computer. The key is kept only until you quit the app.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar. Der Schlüssel bleibt nur erhalten, bis Sie die App beenden.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No key is stored for this account.</source>
        <translation>Für dieses Konto ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be used.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>rte::store::DraftStore</name>
    <message>
        <source>The draft has no valid key.</source>
        <translation>Der Entwurf hat keinen gültigen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 has draft format %2, which this version cannot read.</source>
        <translation>%1 hat das Entwurfsformat %2, das diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1 is not a complete draft.</source>
        <translation>%1 ist kein vollständiger Entwurf.</translation>
    </message>
    <message>
        <source>%1 holds the draft of another task.</source>
        <translation>%1 enthält den Entwurf einer anderen Aufgabe.</translation>
    </message>
    <message>
        <source>%1 is not named like a draft.</source>
        <translation>%1 ist nicht wie ein Entwurf benannt.</translation>
    </message>
    <message>
        <source>Could not remove the draft: %1</source>
        <translation>Der Entwurf konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>rte::store::Outbox</name>
    <message>
        <source>The item does not name a task.</source>
        <translation>Der Eintrag nennt keine Aufgabe.</translation>
    </message>
    <message>
        <source>The item is no longer in the outbox.</source>
        <translation>Der Eintrag ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>The item belongs to another task.</source>
        <translation>Der Eintrag gehört zu einer anderen Aufgabe.</translation>
    </message>
    <message>
        <source>Could not remove the item: %1</source>
        <translation>Der Eintrag konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The file&apos;s name does not match the item inside.</source>
        <translation>Der Name der Datei passt nicht zu dem Eintrag darin.</translation>
    </message>
</context>
<context>
    <name>rte::store::OutboxItem</name>
    <message>
        <source>The item has format %1, which this version cannot read.</source>
        <translation>Der Eintrag hat das Format %1, das diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>The item is not complete.</source>
        <translation>Der Eintrag ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>rte::store::SecretFile</name>
    <message>
        <source>The key file cannot be read.</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation>Die Schlüsseldatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The folder for the key file cannot be created.</source>
        <translation>Der Ordner für die Schlüsseldatei kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The key file cannot be written.</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No key is stored for this account.</source>
        <translation>Für dieses Konto ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>rte::ui::AccountsMenu</name>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Unnamed account</source>
        <translation>Unbenanntes Konto</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>K&amp;onten</translation>
    </message>
</context>
<context>
    <name>rte::ui::BodyEditor</name>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s)</source>
        <translation>
            <numerusform>%n SMS-Teil</numerusform>
            <numerusform>%n SMS-Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Webadresse:</translation>
    </message>
    <message>
        <source>An estimate: the variables are counted as typed until the contact is known.</source>
        <translation>Eine Schätzung: Die Variablen werden so gezählt, wie sie getippt sind, bis der Kontakt bekannt ist.</translation>
    </message>
    <message>
        <source>A special character (an accent or emoji outside the SMS alphabet) makes each part hold %1 characters instead of %2.</source>
        <translation>Ein Sonderzeichen (ein Akzent oder Emoji außerhalb des SMS-Alphabets) lässt in jeden Teil nur %1 statt %2 Zeichen passen.</translation>
    </message>
    <message>
        <source>This SMS goes out as %1 parts; each is charged.</source>
        <translation>Diese SMS wird in %1 Teilen verschickt; jeder wird berechnet.</translation>
    </message>
</context>
<context>
    <name>rte::ui::CompareDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In Reply now</source>
        <translation>Jetzt in Reply</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>%1: keep the version in Reply</source>
        <translation>%1: Version aus Reply behalten</translation>
    </message>
    <message>
        <source>%1: keep yours</source>
        <translation>%1: Ihre Version behalten</translation>
    </message>
    <message>
        <source>Your edit and the version in Reply hold the same values.</source>
        <translation>Ihre Bearbeitung und die Version in Reply enthalten dieselben Werte.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Version aus &amp;Reply übernehmen</translation>
    </message>
    <message>
        <source>&amp;Use These Choices</source>
        <translation>Diese Auswahl &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>rte::ui::CompleteDialog</name>
    <message>
        <source>Also &amp;finish the prospect in the sequence</source>
        <translation>Kontakt auch in der Sequenz &amp;beenden</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Aufgabe erledigen</translation>
    </message>
    <message>
        <source>Mark this task as done? Nothing is sent to the contact.</source>
        <translation>Diese Aufgabe als erledigt markieren? An den Kontakt wird nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) as done? Nothing is sent to the contacts.</source>
        <translation>
            <numerusform>%n Aufgabe als erledigt markieren? An die Kontakte wird nichts gesendet.</numerusform>
            <numerusform>%n Aufgaben als erledigt markieren? An die Kontakte wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Wie ist der Anruf verlaufen?</translation>
    </message>
    <message>
        <source>&amp;Positive: they are interested</source>
        <translation>&amp;Positiv: Interesse vorhanden</translation>
    </message>
    <message>
        <source>&amp;To call again: no answer or call back later</source>
        <translation>&amp;Wieder anrufen: nicht erreicht oder Rückruf später</translation>
    </message>
    <message>
        <source>&amp;Negative: not interested</source>
        <translation>&amp;Negativ: kein Interesse</translation>
    </message>
    <message>
        <source>The prospect leaves the sequence and gets no further steps.</source>
        <translation>Der Kontakt verlässt die Sequenz und erhält keine weiteren Schritte.</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Erledigen</translation>
    </message>
</context>
<context>
    <name>rte::ui::ContactLookup</name>
    <message>
        <source>The contact couldn&apos;t be looked up. %1</source>
        <translation>Der Kontakt konnte nicht gefunden werden. %1</translation>
    </message>
    <message>
        <source>Looking up the contact…</source>
        <translation>Kontakt wird gesucht…</translation>
    </message>
</context>
<context>
    <name>rte::ui::DateTimeField</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Type a date and time, or words such as &quot;tomorrow 9am&quot;, &quot;fri 14:00&quot;, &quot;+2d&quot; or &quot;in 3 hours&quot;, and press Enter. Alt+Down or F4 opens the calendar.</source>
        <translation>Geben Sie Datum und Uhrzeit ein oder Wörter wie „morgen 9 Uhr“, „Fr 14:00“, „+2T“ oder „in 3 Stunden“ und drücken Sie die Eingabetaste. Alt+Pfeil nach unten oder F4 öffnet den Kalender.</translation>
    </message>
    <message>
        <source>Pick a day from the calendar (Alt+Down or F4)</source>
        <translation>Einen Tag im Kalender wählen (Alt+Pfeil nach unten oder F4)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today at the next full hour</source>
        <translation>Heute zur nächsten vollen Stunde</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>+1 hour</source>
        <translation>+1 Stunde</translation>
    </message>
    <message>
        <source>One hour later than the time shown</source>
        <translation>Eine Stunde später als die angezeigte Zeit</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 Tag</translation>
    </message>
    <message>
        <source>One day later than the time shown, at the same time of day</source>
        <translation>Einen Tag später als die angezeigte Zeit, zur selben Uhrzeit</translation>
    </message>
    <message>
        <source>Next Monday %1</source>
        <translation>Nächsten Montag %1</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Today, tomorrow, an hour or a day later, or next Monday</source>
        <translation>Heute, morgen, eine Stunde oder einen Tag später oder nächsten Montag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date we can read. Type it like %2, or as words such as &quot;tomorrow 9am&quot; or &quot;+2d&quot;.</source>
        <translation>„%1“ ist kein Datum, das wir lesen können. Schreiben Sie es wie %2 oder in Wörtern wie „morgen 9 Uhr“ oder „+2T“.</translation>
    </message>
</context>
<context>
    <name>rte::ui::MainWindow</name>
    <message>
        <source>Opening task %1…</source>
        <translation>Aufgabe %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Saving task %1…</source>
        <translation>Aufgabe %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Task %1 is open.</source>
        <translation>Aufgabe %1 ist geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open Task…</source>
        <translation>Aufgabe ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Reply Task Editor</source>
        <translation>Ü&amp;ber den Reply-Aufgabeneditor</translation>
    </message>
    <message>
        <source>About Reply Task Editor</source>
        <translation>Über den Reply-Aufgabeneditor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Reply Task Editor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Open, edit and save your Reply.io tasks, and see at once what the server made of them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Reply-Aufgabeneditor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ihre Reply.io-Aufgaben öffnen, bearbeiten und speichern und sofort sehen, was der Server daraus gemacht hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Demo: practice server with sample tasks, nothing reaches Reply</source>
        <translation>Demo: Übungsserver mit Beispielaufgaben, nichts gelangt zu Reply</translation>
    </message>
    <message>
        <source>Task %1[*]</source>
        <translation>Aufgabe %1[*]</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <source>Re&amp;load Task From Reply</source>
        <translation>Aufgabe aus Reply neu &amp;laden</translation>
    </message>
    <message>
        <source>Creating the task…</source>
        <translation>Aufgabe wird angelegt…</translation>
    </message>
    <message>
        <source>New task[*]</source>
        <translation>Neue Aufgabe[*]</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Reply&apos;s request limit is reached: continuing in %n second(s).</source>
        <translation>
            <numerusform>Das Anfragelimit von Reply ist erreicht: Es geht in %n Sekunde weiter.</numerusform>
            <numerusform>Das Anfragelimit von Reply ist erreicht: Es geht in %n Sekunden weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Rescheduling tasks</source>
        <translation>Aufgaben werden verschoben</translation>
    </message>
    <message>
        <source>Stop Moving</source>
        <translation>Verschieben anhalten</translation>
    </message>
    <message>
        <source>Moved %1 of %2</source>
        <translation>%1 von %2 verschoben</translation>
    </message>
    <message>
        <source>Refresh Lis&amp;t</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
</context>
<context>
    <name>rte::ui::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>rte::ui::PreviewPanel</name>
    <message>
        <source>Body preview</source>
        <translation>Textvorschau</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>As %1 will read it.</source>
        <translation>So wird %1 es lesen.</translation>
    </message>
    <message>
        <source>No contact is known yet: variables are shown as they are written.</source>
        <translation>Noch ist kein Kontakt bekannt: Variablen werden so angezeigt, wie sie geschrieben sind.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>rte::ui::ReadOnlyText</name>
    <message numerus="yes">
        <source>… %n more character(s) not shown here. The form has the whole text.</source>
        <translation>
            <numerusform>… %n weiteres Zeichen wird hier nicht gezeigt. Das Formular enthält den ganzen Text.</numerusform>
            <numerusform>… %n weitere Zeichen werden hier nicht gezeigt. Das Formular enthält den ganzen Text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rte::ui::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Teammitglied</translation>
    </message>
    <message numerus="yes">
        <source>Who should take over %n task(s)?</source>
        <translation>
            <numerusform>Wer soll %n Aufgabe übernehmen?</numerusform>
            <numerusform>Wer soll %n Aufgaben übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Teammate</source>
        <translation>&amp;Teammitglied</translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
</context>
<context>
    <name>rte::ui::RescheduleDialog</name>
    <message numerus="yes">
        <source>The &amp;selected tasks (%n)</source>
        <translation>
            <numerusform>Die &amp;markierte Aufgabe (%n)</numerusform>
            <numerusform>Die &amp;markierten Aufgaben (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All overdue tasks in the list (%n)</source>
        <translation>
            <numerusform>A&amp;lle überfälligen Aufgaben der Liste (%n)</numerusform>
            <numerusform>A&amp;lle überfälligen Aufgaben der Liste (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to &amp;one day, each at its own time</source>
        <translation>Auf &amp;einen Tag, jede zu ihrer Uhrzeit</translation>
    </message>
    <message>
        <source>S&amp;pread over working days</source>
        <translation>Auf Arbeitstage &amp;verteilen</translation>
    </message>
    <message>
        <source>Reschedule tasks</source>
        <translation>Aufgaben verschieben</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Welche Aufgaben</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>&amp;Day (the first day when spreading)</source>
        <translation>&amp;Tag (beim Verteilen der erste)</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>A&amp;rbeitstage</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Vo&amp;n</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Each task keeps its length. Every task is read again first: one that changed in Reply since your list was loaded is skipped, and the report says so.</source>
        <translation>Jede Aufgabe behält ihre Dauer. Jede Aufgabe wird vorher neu gelesen: Eine, die sich in Reply geändert hat, seit Ihre Liste geladen wurde, wird übersprungen, und der Bericht sagt es.</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>Ver&amp;schieben</translation>
    </message>
</context>
<context>
    <name>rte::ui::SafetyNet</name>
    <message>
        <source>Saves that could not reach Reply yet; they go out on their own</source>
        <translation>Speichervorgänge, die Reply noch nicht erreicht haben; sie werden automatisch gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n</source>
        <translation>
            <numerusform>Nicht gesendet: %n</numerusform>
            <numerusform>Nicht gesendet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n save(s) not sent yet</source>
        <translation>
            <numerusform>%n Speichervorgang noch nicht gesendet</numerusform>
            <numerusform>%n Speichervorgänge noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed task %1 in Reply while you were editing it, so nothing was sent. Choose, field by field, what to keep; then it is saved.</source>
        <translation>Jemand hat die Aufgabe %1 in Reply geändert, während Sie sie bearbeitet haben, daher wurde nichts gesendet. Wählen Sie Feld für Feld aus, was bleiben soll; danach wird gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was sent: task %1 changed in Reply meanwhile. Your changes stay here and on this computer; save again to compare.</source>
        <translation>Es wurde nichts gesendet: Die Aufgabe %1 wurde inzwischen in Reply geändert. Ihre Änderungen bleiben hier und auf diesem Computer erhalten; speichern Sie erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Your unsent changes next to the task as it was when you opened it. Keep what you want, then save.</source>
        <translation>Ihre nicht gesendeten Änderungen neben der Aufgabe, wie sie beim Öffnen war. Behalten Sie, was Sie möchten, und speichern Sie dann.</translation>
    </message>
</context>
<context>
    <name>rte::ui::SettingsDialog</name>
    <message>
        <source>Company CA certificate</source>
        <translation>CA-Zertifikat des Unternehmens</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Reply Account</source>
        <translation>Reply-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Key storage warning</source>
        <translation>Hinweis zur Aufbewahrung des Schlüssels</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Keep the key in a file only I can read (no keychain here)</source>
        <translation>Schlüssel in einer nur für mich lesbaren &amp;Datei aufbewahren (hier gibt es keinen Schlüsselbund)</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>Auth-Header</translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation>Auth-Header:</translation>
    </message>
    <message>
        <source>Team and security</source>
        <translation>Team und Sicherheit</translation>
    </message>
    <message>
        <source>T&amp;eam ID:</source>
        <translation>T&amp;eam-ID:</translation>
    </message>
    <message>
        <source>Act as user &amp;ID:</source>
        <translation>Im Namen von Benutzer-&amp;ID:</translation>
    </message>
    <message>
        <source>Act as user e-&amp;mail:</source>
        <translation>Im Namen von E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Company &amp;CA file:</source>
        <translation>&amp;CA-Datei des Unternehmens:</translation>
    </message>
    <message>
        <source>&amp;Add Company CA File…</source>
        <translation>CA-Datei des Unternehmens hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Manueller HTTP-Proxy</translation>
    </message>
    <message>
        <source>Manual SOCKS5 proxy</source>
        <translation>Manueller SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>REPLY_API_KEY is set and used instead of a stored key</source>
        <translation>REPLY_API_KEY ist gesetzt und wird statt eines gespeicherten Schlüssels verwendet</translation>
    </message>
    <message>
        <source>Stored in a file only you can read</source>
        <translation>In einer Datei gespeichert, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>Kept until you quit</source>
        <translation>Bleibt bis zum Beenden der App erhalten</translation>
    </message>
    <message>
        <source>Paste your key from Reply → Settings → API Key</source>
        <translation>Fügen Sie Ihren Schlüssel aus Reply → Settings → API Key ein</translation>
    </message>
    <message>
        <source>Not detected yet: press Test Connection</source>
        <translation>Noch nicht erkannt: Klicken Sie auf „Verbindung testen“</translation>
    </message>
    <message>
        <source>X-API-Key</source>
        <translation>X-API-Key</translation>
    </message>
    <message>
        <source>Authorization: Bearer</source>
        <translation>Authorization: Bearer</translation>
    </message>
    <message>
        <source>The base URL must look like https://api.reply.io.</source>
        <translation>Die Basis-URL muss die Form https://api.reply.io haben.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pick a team and test again.</source>
        <translation>Wählen Sie ein Team aus und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The company CA will be trusted for this account. Test the connection again.</source>
        <translation>Der Zertifizierungsstelle des Unternehmens wird für dieses Konto vertraut. Testen Sie die Verbindung erneut.</translation>
    </message>
</context>
<context>
    <name>rte::ui::SpellMenu</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Keine Rechtschreibvorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskCommands</name>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lösc&amp;hen…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Mark the task done without sending anything (%1)</source>
        <translation>Die Aufgabe als erledigt markieren, ohne etwas zu senden (%1)</translation>
    </message>
    <message>
        <source>Send the email or SMS now and complete the task (%1)</source>
        <translation>Die E-Mail oder SMS jetzt senden und die Aufgabe erledigen (%1)</translation>
    </message>
    <message>
        <source>Cancel an open task or archive a finished one (Delete in the list)</source>
        <translation>Eine offene Aufgabe abbrechen oder eine erledigte archivieren (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Give the task to a teammate (%1)</source>
        <translation>Die Aufgabe an ein Teammitglied übergeben (%1)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Resc&amp;hedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Move the selected or all overdue tasks to another day, or spread them out (%1)</source>
        <translation>Die markierten oder alle überfälligen Aufgaben auf einen anderen Tag verschieben oder verteilen (%1)</translation>
    </message>
    <message>
        <source>Send No&amp;w…</source>
        <translation>&amp;Jetzt senden…</translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskDetailPanel</name>
    <message>
        <source>Task ID</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>LinkedIn action</source>
        <translation>LinkedIn-Aktion</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Assigned to user</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation>Sequenzschritt</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Schrittname</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <source>Subject (template)</source>
        <translation>Betreff (Vorlage)</translation>
    </message>
    <message>
        <source>Body (template)</source>
        <translation>Text (Vorlage)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Subject as sent</source>
        <translation>Betreff wie gesendet</translation>
    </message>
    <message>
        <source>Body as sent</source>
        <translation>Text wie gesendet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The task as Reply has it appears here once it is open.</source>
        <translation>Sobald eine Aufgabe geöffnet ist, erscheint sie hier so, wie Reply sie gespeichert hat.</translation>
    </message>
    <message>
        <source>Task as saved on the server</source>
        <translation>Aufgabe, wie auf dem Server gespeichert</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>%1 (user ID %2)</source>
        <translation>%1 (Benutzer-ID %2)</translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskEditorView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The contact&apos;s number, such as 1234</source>
        <translation>Die Nummer des Kontakts, zum Beispiel 1234</translation>
    </message>
    <message>
        <source>Optional; may use {{firstName}} and other variables</source>
        <translation>Optional; {{firstName}} und andere Variablen sind möglich</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Send your changes to Reply (%1)</source>
        <translation>Ihre Änderungen an Reply senden (%1)</translation>
    </message>
    <message>
        <source>&amp;LinkedIn action</source>
        <translation>&amp;LinkedIn-Aktion</translation>
    </message>
    <message>
        <source>&amp;Contact ID</source>
        <translation>&amp;Kontakt-ID</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>B&amp;etreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>A sequence created this task, so its type and contact can&apos;t change.</source>
        <translation>Diese Aufgabe stammt aus einer Sequenz, daher lassen sich Typ und Kontakt nicht ändern.</translation>
    </message>
    <message>
        <source>Insert &amp;Variable</source>
        <translation>&amp;Variable einfügen</translation>
    </message>
    <message>
        <source>Insert a contact field, such as {{firstName}}, where you are typing</source>
        <translation>Ein Kontaktfeld wie {{firstName}} an der Schreibmarke einfügen</translation>
    </message>
    <message>
        <source>Tas&amp;k type</source>
        <translation>Aufgaben&amp;typ</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>Be&amp;ginn</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Fäll&amp;ig</translation>
    </message>
    <message>
        <source>Bod&amp;y</source>
        <translation>Te&amp;xt</translation>
    </message>
</context>
<context>
    <name>rte::ui::TaskListView</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Beginn ab</translation>
    </message>
    <message>
        <source>Starting until</source>
        <translation>Beginn bis</translation>
    </message>
    <message>
        <source>Any contact</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Search the loaded tasks</source>
        <translation>Geladene Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Co&amp;ntact ID</source>
        <translation>Kontakt-I&amp;D</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen…</translation>
    </message>
    <message>
        <source>No tasks match these filters.</source>
        <translation>Keine Aufgabe passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>None of the loaded tasks matches “%1”.</source>
        <translation>Keine der geladenen Aufgaben passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>%n Aufgabe angezeigt; für weitere nach unten scrollen.</numerusform>
            <numerusform>%n Aufgaben angezeigt; für weitere nach unten scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown.</source>
        <translation>
            <numerusform>%n Aufgabe angezeigt.</numerusform>
            <numerusform>%n Aufgaben angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your tasks appear here once Reply is connected.</source>
        <translation>Sobald eine Verbindung zu Reply besteht, erscheinen Ihre Aufgaben hier.</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nu&amp;r überfällige</translation>
    </message>
    <message>
        <source>Ty&amp;pe</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Load more tasks</source>
        <translation>Weitere Aufgaben laden</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Finds the words in the tasks loaded so far: type, contact, dates, status, step, and the subject and text of the tasks you have opened.</source>
        <translation>Findet die Wörter in den bisher geladenen Aufgaben: Art, Kontakt, Daten, Status, Schritt sowie Betreff und Text der Aufgaben, die Sie geöffnet haben.</translation>
    </message>
    <message>
        <source>%1, ascending</source>
        <translation>%1, aufsteigend</translation>
    </message>
    <message>
        <source>%1, descending</source>
        <translation>%1, absteigend</translation>
    </message>
    <message>
        <source>Sort by colu&amp;mn</source>
        <translation>Sortieren nach S&amp;palte</translation>
    </message>
</context>
<context>
    <name>rte::ui::WelcomePage</name>
    <message>
        <source>Pick a task from the list, or open one by its ID: the number at the end of the task&apos;s address in Reply.</source>
        <translation>Wählen Sie eine Aufgabe aus der Liste, oder öffnen Sie eine über ihre ID: die Zahl am Ende der Adresse der Aufgabe in Reply.</translation>
    </message>
    <message>
        <source>&amp;Open Task…</source>
        <translation>Aufgabe ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
</context>
</TS>
