<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DesignCommands</name>
    <message>
        <location filename="../src/app/document/designcommands.cpp" line="37"/>
        <source>Add table %1</source>
        <translation>Tabelle %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/document/designcommands.cpp" line="47"/>
        <source>Remove table %1</source>
        <translation>Tabelle %1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/document/designcommands.cpp" line="57"/>
        <source>Take the baseline from database %1</source>
        <translation>Ausgangsstand aus Datenbank %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/document/designcommands.cpp" line="88"/>
        <source>Change the project&apos;s connections</source>
        <translation>Verbindungen des Projekts ändern</translation>
    </message>
    <message>
        <location filename="../src/app/document/designcommands.cpp" line="99"/>
        <source>Write history row by row by default</source>
        <translation>Historie standardmäßig Zeile für Zeile schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/document/designcommands.cpp" line="100"/>
        <source>Write history once per statement by default</source>
        <translation>Historie standardmäßig einmal je Anweisung schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/document/designcommands.cpp" line="116"/>
        <source>Change comment of schema %1</source>
        <translation>Kommentar zum Schema %1 ändern</translation>
    </message>
</context>
<context>
    <name>DiagramBox</name>
    <message>
        <location filename="../src/app/diagram/diagrambox.cpp" line="36"/>
        <source>partition of %1 %2</source>
        <translation>Partition von %1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrambox.cpp" line="38"/>
        <source>trigger %1</source>
        <translation>Trigger %1</translation>
    </message>
</context>
<context>
    <name>DriftTreeModel</name>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="33"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="34"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="34"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="35"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="36"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="37"/>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="36"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="38"/>
        <source>History table</source>
        <translation>Historientabelle</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="39"/>
        <source>Trigger function</source>
        <translation>Triggerfunktion</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="41"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>DriftWindow</name>
    <message>
        <location filename="../ui/driftwindow.ui" line="6"/>
        <source>Drift</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="10"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="11"/>
        <source>host=localhost dbname=app user=me (passwords from ~/.pgpass)</source>
        <translation>host=localhost dbname=app user=ich (Passwörter aus ~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="12"/>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="19"/>
        <source>&amp;Apply to head…</source>
        <translation>&amp;Bis zum Kopf anwenden…</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="25"/>
        <source>Detect re&amp;vision…</source>
        <translation>Re&amp;vision ermitteln…</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="20"/>
        <source>Re&amp;pair this database…</source>
        <translation>Diese Datenbank re&amp;parieren…</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="21"/>
        <source>&amp;Fix the chain with a migration…</source>
        <translation>Die Kette mit einer Migration &amp;beheben…</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="22"/>
        <source>&amp;Take the database&apos;s version into the design</source>
        <translation>Die Fassung der Datenbank in den Entwurf ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="23"/>
        <source>Take the database&apos;s column &amp;order</source>
        <translation>Spalten&amp;reihenfolge der Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="23"/>
        <source>PostgreSQL appends an added column wherever the design puts it: the design&apos;s tables take the order their columns have in the database (one undo step)</source>
        <translation>PostgreSQL hängt eine hinzugefügte Spalte hinten an, wo immer der Entwurf sie hinstellt: die Tabellen des Entwurfs übernehmen die Reihenfolge ihrer Spalten in der Datenbank (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="24"/>
        <source>E&amp;xport the design&apos;s change…</source>
        <translation>Die Änderung des Entwurfs e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="31"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="32"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="34"/>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="35"/>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="36"/>
        <source>&amp;Expand to problems</source>
        <translation>Bis zu den &amp;Problemen aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="51"/>
        <source>&amp;Browse rows…</source>
        <translation>&amp;Zeilen ansehen…</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="52"/>
        <source>W&amp;hole chain</source>
        <translation>&amp;Ganze Kette</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="52"/>
        <source>Verify every migration from base, not only those after the database&apos;s revision</source>
        <translation>Jede Migration ab der Basis prüfen, nicht nur die nach der Revision der Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/driftwindow.ui" line="53"/>
        <source>&amp;Verify migrations</source>
        <translation>Migrationen &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="5"/>
        <source>Export migration</source>
        <translation>Migration exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="9"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="10"/>
        <source>add_status_column_to_orders</source>
        <translation>add_status_column_to_orders</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="11"/>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.ui" line="18"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>FindingsSummary</name>
    <message numerus="yes">
        <location filename="../src/app/preview/findingssummary.cpp" line="23"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/preview/findingssummary.cpp" line="38"/>
        <location filename="../src/app/preview/findingssummary.cpp" line="51"/>
        <source>Line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/app/preview/findingssummary.cpp" line="52"/>
        <source>Lines %1: %2 (%3 statements, each in the tooltip)</source>
        <translation>Zeilen %1: %2 (%3 Anweisungen, jede im Tooltip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/preview/findingssummary.cpp" line="58"/>
        <source>… and %n more (hover for the whole list)</source>
        <translation>
            <numerusform>… und %n weiterer (die ganze Liste im Tooltip)</numerusform>
            <numerusform>… und %n weitere (die ganze Liste im Tooltip)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixMigrationDialog</name>
    <message>
        <location filename="../ui/fixmigrationdialog.ui" line="6"/>
        <source>Fix with a migration</source>
        <translation>Mit einer Migration beheben</translation>
    </message>
    <message>
        <location filename="../ui/fixmigrationdialog.ui" line="11"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/fixmigrationdialog.ui" line="13"/>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location filename="../src/app/drift/fixmigrationdialog.cpp" line="33"/>
        <source>the migration folder does not exist</source>
        <translation>der Migrationsordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="6"/>
        <source>Schemawright</source>
        <translation>Schemawright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="15"/>
        <source>Filter tables</source>
        <translation>Tabellen filtern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="16"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="19"/>
        <source>New &amp;table</source>
        <translation>Neue &amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="20"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="30"/>
        <location filename="../ui/mainwindow.ui" line="31"/>
        <source>Migration preview</source>
        <translation>Migrationsvorschau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="52"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="62"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="65"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>&amp;Export Migration…</source>
        <translation>Migration &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="67"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="68"/>
        <source>Add &amp;Table</source>
        <translation>&amp;Tabelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="69"/>
        <source>T&amp;ypes and Extensions…</source>
        <translation>T&amp;ypen und Erweiterungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="70"/>
        <source>&amp;Remove Table</source>
        <translation>Tabelle &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>MigrationExport</name>
    <message>
        <location filename="../src/app/export/migrationexport.cpp" line="55"/>
        <source># No change since the last export: nothing to migrate.
</source>
        <translation># Keine Änderung seit dem letzten Export: nichts zu migrieren.
</translation>
    </message>
    <message>
        <location filename="../src/app/export/migrationexport.cpp" line="81"/>
        <source># The design has problems to fix before a migration can be written:
</source>
        <translation># Der Entwurf hat Probleme, die vor dem Schreiben einer Migration zu beheben sind:
</translation>
    </message>
    <message>
        <location filename="../src/app/export/migrationexport.cpp" line="94"/>
        <source>the migration folder does not exist</source>
        <translation>der Migrationsordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/app/export/migrationexport.cpp" line="103"/>
        <source>no change since the last export</source>
        <translation>keine Änderung seit dem letzten Export</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../src/app/connections/sessionpasswords.cpp" line="40"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location filename="../src/app/connections/sessionpasswords.cpp" line="49"/>
        <source>user %1 on database %2</source>
        <translation>Benutzer %1 auf Datenbank %2</translation>
    </message>
    <message>
        <location filename="../src/app/connections/sessionpasswords.cpp" line="50"/>
        <source>The server refused the password of %1.</source>
        <translation>Der Server hat das Passwort von %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/app/connections/sessionpasswords.cpp" line="51"/>
        <source>The server wants a password for %1.</source>
        <translation>Der Server verlangt ein Passwort für %1.</translation>
    </message>
    <message>
        <location filename="../src/app/connections/sessionpasswords.cpp" line="58"/>
        <source>Kept in memory until Schemawright closes, never written. ~/.pgpass keeps it for good.</source>
        <translation>Bleibt im Speicher, bis Schemawright schließt, und wird nie geschrieben. ~/.pgpass bewahrt es dauerhaft auf.</translation>
    </message>
</context>
<context>
    <name>RowBrowser</name>
    <message>
        <location filename="../ui/rowbrowser.ui" line="6"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
<context>
    <name>SqlObjectEditor</name>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="5"/>
        <source>SQL Object</source>
        <translation>SQL-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="10"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="12"/>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="14"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="16"/>
        <source>&amp;Arguments</source>
        <translation>&amp;Argumente</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="17"/>
        <source>as PostgreSQL prints them, e.g. p_order bigint, OUT total numeric</source>
        <translation>wie PostgreSQL sie ausgibt, z. B. p_order bigint, OUT total numeric</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="18"/>
        <source>On &amp;table</source>
        <translation>Auf &amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="20"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentar</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="24"/>
        <source>&amp;Definition (a view&apos;s query; the whole CREATE statement of anything else)</source>
        <translation>&amp;Definition (bei einer Sicht die Abfrage, sonst die ganze CREATE-Anweisung)</translation>
    </message>
    <message>
        <location filename="../ui/sqlobjecteditor.ui" line="25"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../ui/tableeditor.ui" line="8"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="11"/>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="16"/>
        <source>Schema comm&amp;ent</source>
        <translation>Schema-Komm&amp;entar</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="17"/>
        <source>The comment on the schema, shared by every table in it</source>
        <translation>Der Kommentar zum Schema, gemeinsam für alle seine Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="14"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="20"/>
        <source>The same history rows, written by statement-level triggers over transition tables: faster for statements that touch many rows, a little slower for single rows</source>
        <translation>Dieselben Historienzeilen, geschrieben von Triggern auf Anweisungsebene über Übergangstabellen: schneller bei Anweisungen, die viele Zeilen berühren, etwas langsamer bei einzelnen Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="28"/>
        <source>C&amp;olumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="30"/>
        <source>&amp;Indexes</source>
        <translation>&amp;Indizes</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="32"/>
        <source>&amp;Foreign keys</source>
        <translation>&amp;Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="34"/>
        <source>Chec&amp;ks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="19"/>
        <source>Keep &amp;history</source>
        <translation>&amp;Historie führen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="19"/>
        <source>A history table with the same columns, a trigger function that copies every row written into it, and its three triggers</source>
        <translation>Eine Historientabelle mit denselben Spalten, eine Triggerfunktion, die jede geschriebene Zeile hineinkopiert, und ihre drei Trigger</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="20"/>
        <source>Histor&amp;y per statement</source>
        <translation>Historie &amp;je Anweisung</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="23"/>
        <source>Set &amp;updated_at on every update</source>
        <translation>&amp;updated_at bei jeder Änderung setzen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="23"/>
        <source>A BEFORE UPDATE trigger sets updated_at on every update. The house rule for a table with an updated_at column; a table imported from a database without that trigger keeps going without it until you switch it on</source>
        <translation>Ein BEFORE-UPDATE-Trigger setzt updated_at bei jeder Änderung. Die Hausregel für eine Tabelle mit einer Spalte updated_at; eine aus einer Datenbank ohne diesen Trigger importierte Tabelle bleibt ohne ihn, bis Sie ihn einschalten</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="36"/>
        <source>E&amp;xclusions</source>
        <translation>A&amp;usschlüsse</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="38"/>
        <source>&amp;Partitioning and storage</source>
        <translation>&amp;Partitionierung und Speicherung</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="45"/>
        <source>Partition &amp;by</source>
        <translation>Partitionieren &amp;nach</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="46"/>
        <source>RANGE (created_on), LIST (region) or HASH (id)</source>
        <translation>RANGE (created_on), LIST (region) oder HASH (id)</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="47"/>
        <source>Partition &amp;of</source>
        <translation>Partition &amp;von</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="49"/>
        <source>B&amp;ound</source>
        <translation>&amp;Grenze</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="50"/>
        <source>FOR VALUES FROM (&apos;2026-01-01&apos;) TO (&apos;2027-01-01&apos;), or DEFAULT</source>
        <translation>FOR VALUES FROM (&apos;2026-01-01&apos;) TO (&apos;2027-01-01&apos;) oder DEFAULT</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="51"/>
        <source>A partitioned table keeps the history of all its partitions. A partition has its parent&apos;s columns and key, and no history of its own.</source>
        <translation>Eine partitionierte Tabelle führt die Historie all ihrer Partitionen. Eine Partition hat die Spalten und den Schlüssel ihrer Elterntabelle und keine eigene Historie.</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="52"/>
        <source>Unlo&amp;gged</source>
        <translation>Ungeloggt (&amp;g)</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="52"/>
        <source>Not written to the write-ahead log: faster, but emptied after a crash and not replicated</source>
        <translation>Nicht ins Write-Ahead-Log geschrieben: schneller, aber nach einem Absturz geleert und nicht repliziert</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="53"/>
        <source>Storage para&amp;meters</source>
        <translation>Speicherpara&amp;meter</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="54"/>
        <source>fillfactor=70, autovacuum_enabled=false</source>
        <translation>fillfactor=70, autovacuum_enabled=false</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="55"/>
        <source>Primary key &amp;deferrable</source>
        <translation>Primärschlüssel &amp;aufschiebbar</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="57"/>
        <source>Primary key commen&amp;t</source>
        <translation>Kommen&amp;tar zum Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="67"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="68"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="69"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/tableeditor.ui" line="70"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>TableParts</name>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="208"/>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="101"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="260"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="323"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="366"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="399"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="106"/>
        <source>Rename column %1 to %2 in %3</source>
        <translation>Spalte %1 in %3 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="108"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="111"/>
        <source>Change type of %1.%2 to %3</source>
        <translation>Typ von %1.%2 in %3 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="113"/>
        <source>Not null</source>
        <translation>Nicht NULL</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="116"/>
        <source>Make %1.%2 NOT NULL</source>
        <translation>%1.%2 NOT NULL machen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="116"/>
        <source>Let %1.%2 be NULL</source>
        <translation>NULL für %1.%2 erlauben</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="119"/>
        <source>Default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="123"/>
        <source>Change default of %1.%2</source>
        <translation>Vorgabe von %1.%2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="132"/>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="139"/>
        <source>Add %1.%2 to the primary key</source>
        <translation>%1.%2 in den Primärschlüssel aufnehmen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="139"/>
        <source>Take %1.%2 out of the primary key</source>
        <translation>%1.%2 aus dem Primärschlüssel nehmen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="142"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="270"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="149"/>
        <source>Make %1.%2 unique</source>
        <translation>%1.%2 eindeutig machen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="149"/>
        <source>Let %1.%2 repeat</source>
        <translation>Wiederholungen in %1.%2 erlauben</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="159"/>
        <source>Fill existing rows</source>
        <translation>Bestehende Zeilen füllen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="163"/>
        <source>Change fill value of %1.%2</source>
        <translation>Füllwert von %1.%2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="165"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="296"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="350"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="377"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="401"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="168"/>
        <source>Change comment of %1.%2</source>
        <translation>Kommentar von %1.%2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="171"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="175"/>
        <source>Change identity of %1.%2</source>
        <translation>Identität von %1.%2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="177"/>
        <source>Generated as</source>
        <translation>Berechnet als</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="181"/>
        <source>Change generation of %1.%2</source>
        <translation>Berechnung von %1.%2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="183"/>
        <source>Collation</source>
        <translation>Sortierfolge</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="184"/>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="185"/>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="187"/>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="193"/>
        <source>Change sequence of %1.%2</source>
        <translation>Sequenz von %1.%2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="240"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="247"/>
        <source>Made by the conventions for foreign key %1; not editable. Declare an index on the same columns to replace it.</source>
        <translation>Von den Konventionen für den Fremdschlüssel %1 angelegt; nicht bearbeitbar. Ein eigener Index auf denselben Spalten ersetzt ihn.</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="263"/>
        <source>Rename index of %1 to %2</source>
        <translation>Index von %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="265"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="328"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="268"/>
        <source>Change columns of index %1</source>
        <translation>Spalten des Index %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="273"/>
        <source>Change uniqueness of index %1</source>
        <translation>Eindeutigkeit des Index %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="276"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="280"/>
        <source>Change method of index %1</source>
        <translation>Verfahren des Index %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="282"/>
        <source>Include</source>
        <translation>Mitgeführt</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="285"/>
        <source>Change included columns of index %1</source>
        <translation>Mitgeführte Spalten des Index %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="287"/>
        <source>Where</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="291"/>
        <source>Change predicate of index %1</source>
        <translation>Bedingung des Index %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="293"/>
        <source>Constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="294"/>
        <source>Nulls not distinct</source>
        <translation>NULL-Werte nicht verschieden</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="304"/>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="386"/>
        <source>exclusion constraint</source>
        <translation>Ausschluss-Constraint</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="400"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="82"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="92"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="319"/>
        <source>Change action of foreign key %1</source>
        <translation>Aktion des Fremdschlüssels %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="326"/>
        <source>Rename foreign key of %1 to %2</source>
        <translation>Fremdschlüssel von %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="331"/>
        <source>Change columns of foreign key %1</source>
        <translation>Spalten des Fremdschlüssels %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="333"/>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="336"/>
        <source>Point foreign key %1 to %2</source>
        <translation>Fremdschlüssel %1 auf %2 verweisen lassen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="338"/>
        <source>Referenced columns</source>
        <translation>Referenzierte Spalten</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="341"/>
        <source>Change referenced columns of %1</source>
        <translation>Referenzierte Spalten von %1 ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="343"/>
        <source>On delete</source>
        <translation>Beim Löschen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="344"/>
        <source>On update</source>
        <translation>Beim Ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="345"/>
        <source>Match full</source>
        <translation>Vollständig passend</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="295"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="346"/>
        <source>Deferrable</source>
        <translation>Aufschiebbar</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="347"/>
        <source>Initially deferred</source>
        <translation>Anfangs aufgeschoben</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="348"/>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="376"/>
        <source>Not valid</source>
        <translation>Nicht validiert</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="349"/>
        <source>Indexed</source>
        <translation>Indiziert</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="358"/>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="369"/>
        <source>Rename check of %1 to %2</source>
        <translation>Prüfung von %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="371"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartspecs.cpp" line="374"/>
        <source>Change check %1</source>
        <translation>Prüfung %1 ändern</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <location filename="../ui/typesdialog.ui" line="5"/>
        <source>Types and Extensions</source>
        <translation>Typen und Erweiterungen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="16"/>
        <source>Add &amp;Enum</source>
        <translation>&amp;Enum hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="17"/>
        <source>Add &amp;Domain</source>
        <translation>&amp;Domäne hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="18"/>
        <source>Add &amp;Composite</source>
        <translation>&amp;Verbundtyp hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="19"/>
        <source>&amp;Remove Type</source>
        <translation>Typ &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="28"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="30"/>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="32"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="34"/>
        <source>&amp;Base type</source>
        <translation>&amp;Basistyp</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="36"/>
        <source>De&amp;fault</source>
        <translation>&amp;Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="38"/>
        <source>NOT &amp;NULL</source>
        <translation>NOT &amp;NULL</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="39"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentar</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="47"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="48"/>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="49"/>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="50"/>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="53"/>
        <source>Labels the database has and this design removes: what rows holding one get instead (empty: such rows make the migration fail, changing nothing).</source>
        <translation>Werte, die die Datenbank hat und dieser Entwurf entfernt: was Zeilen mit einem solchen Wert stattdessen bekommen (leer: solche Zeilen lassen die Migration scheitern, ohne etwas zu ändern).</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="61"/>
        <source>E&amp;xtensions</source>
        <translation>E&amp;rweiterungen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="66"/>
        <source>Add E&amp;xtension</source>
        <translation>E&amp;rweiterung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/typesdialog.ui" line="67"/>
        <source>Remove Ex&amp;tension</source>
        <translation>Erweiterung ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="51"/>
        <source>Design PostgreSQL tables and write their Alembic migrations.</source>
        <translation>PostgreSQL-Tabellen entwerfen und ihre Alembic-Migrationen schreiben.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="34"/>
        <source>Render the main window to a PNG file and quit.</source>
        <translation>Das Hauptfenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="37"/>
        <source>Write the project&apos;s diagram to an SVG or PNG file and quit (needs no display).</source>
        <translation>Das Diagramm des Projekts als SVG- oder PNG-Datei schreiben und beenden (braucht keinen Bildschirm).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="39"/>
        <source>Open the drift window on this database (a libpq connection string).</source>
        <translation>Das Abweichungsfenster für diese Datenbank öffnen (eine libpq-Verbindungszeichenkette).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="42"/>
        <source>Open the migrations panel on this database (a libpq connection string).</source>
        <translation>Das Migrationsfenster auf dieser Datenbank öffnen (eine libpq-Verbindungszeichenkette).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>The migration folder for the migrations panel (default: the project&apos;s export folder).</source>
        <translation>Der Migrationsordner für das Migrationsfenster (Vorgabe: der Exportordner des Projekts).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="59"/>
        <source>Project file to open (default: the bundled example).</source>
        <translation>Zu öffnende Projektdatei (Vorgabe: das mitgelieferte Beispiel).</translation>
    </message>
</context>
<context>
    <name>sw::app::BoxItem</name>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="59"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="60"/>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="61"/>
        <source>history</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="274"/>
        <source>Hide the history table</source>
        <translation>Historientabelle ausblenden</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="274"/>
        <source>Show the history table</source>
        <translation>Historientabelle zeigen</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="279"/>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="281"/>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="283"/>
        <source>unique</source>
        <translation>eindeutig</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="284"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="284"/>
        <source>nullable</source>
        <translation>darf NULL sein</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/boxitem.cpp" line="287"/>
        <source>Drag onto another table&apos;s column to add a foreign key</source>
        <translation>Auf die Spalte einer anderen Tabelle ziehen, um einen Fremdschlüssel anzulegen</translation>
    </message>
</context>
<context>
    <name>sw::app::ConnectionDialog</name>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="72"/>
        <source>Keep in the project (never with a password)</source>
        <translation>Im Projekt behalten (nie mit Passwort)</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="74"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="93"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="94"/>
        <source>Ser&amp;vice</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="95"/>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="96"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="97"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="98"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="99"/>
        <source>&amp;SSL mode</source>
        <translation>&amp;SSL-Modus</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="101"/>
        <source>Passwords: ~/.pgpass or the service file; otherwise asked and kept in memory.</source>
        <translation>Passwörter: ~/.pgpass oder die Dienstdatei; sonst wird gefragt und nur im Speicher behalten.</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="102"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="103"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="104"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="120"/>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="133"/>
        <source>new connection</source>
        <translation>neue Verbindung</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="180"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="187"/>
        <source>Connected: PostgreSQL %1, database %2, user %3, alembic_version %4</source>
        <translation>Verbunden: PostgreSQL %1, Datenbank %2, Benutzer %3, alembic_version %4</translation>
    </message>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="189"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>sw::app::DatabaseImportDialog</name>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="23"/>
        <source>&amp;Read schemas</source>
        <translation>Schemata &amp;lesen</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="28"/>
        <source>New Project from Database</source>
        <translation>Neues Projekt aus Datenbank</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="29"/>
        <source>host=… dbname=… user=… (a password is asked for when the server wants one)</source>
        <translation>host=… dbname=… user=… (ein Passwort wird erfragt, wenn der Server eines verlangt)</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="30"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="40"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="43"/>
        <source>&amp;Schemas:</source>
        <translation>&amp;Schemata:</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="121"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="141"/>
        <source>The database has no schema of its own.</source>
        <translation>Die Datenbank hat kein eigenes Schema.</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="141"/>
        <source>Tick the schemas the project is to hold.</source>
        <translation>Die Schemata ankreuzen, die das Projekt enthalten soll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/import/databaseimportdialog.cpp" line="150"/>
        <source>Reading %n schema(s)…</source>
        <translation>
            <numerusform>Lese %n Schema…</numerusform>
            <numerusform>Lese %n Schemata…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="166"/>
        <source>Not imported: the database holds what a design cannot: %1</source>
        <translation>Nicht importiert: die Datenbank enthält, was ein Entwurf nicht fassen kann: %1</translation>
    </message>
    <message>
        <location filename="../src/app/import/databaseimportdialog.cpp" line="189"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>sw::app::DatabaseRepairDialog</name>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="69"/>
        <source>&amp;Run on this database…</source>
        <translation>Auf dieser Datenbank &amp;ausführen…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="70"/>
        <source>&amp;Save as .sql…</source>
        <translation>Als .sql &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="72"/>
        <source>Repair database %1</source>
        <translation>Datenbank %1 reparieren</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="73"/>
        <source>This SQL brings database %1 back to what the migration chain builds. It repairs this database only and never goes into the migration folder: every other database built from the chain is right already.</source>
        <translation>Dieses SQL bringt die Datenbank %1 zurück auf das, was die Migrationskette baut. Es repariert nur diese Datenbank und kommt nie in den Migrationsordner: jede andere aus der Kette gebaute Datenbank stimmt bereits.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="81"/>
        <source>-- Nothing to repair that SQL can write.</source>
        <translation>-- Nichts zu reparieren, was SQL schreiben kann.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="105"/>
        <source>%1 is in the migration folder, where a repair of one database does not belong: choose a place outside %2.</source>
        <translation>%1 liegt im Migrationsordner, wohin die Reparatur einer einzelnen Datenbank nicht gehört: wählen Sie einen Ort außerhalb von %2.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="109"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="115"/>
        <source>Save the repair as SQL</source>
        <translation>Die Reparatur als SQL speichern</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="116"/>
        <source>SQL scripts (*.sql)</source>
        <translation>SQL-Skripte (*.sql)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="120"/>
        <source>Saved %1; run it with: psql -f %1</source>
        <translation>%1 gespeichert; ausführen mit: psql -f %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="127"/>
        <source>Run the repair on database %1? It changes that database, in one transaction.</source>
        <translation>Die Reparatur auf der Datenbank %1 ausführen? Sie ändert diese Datenbank in einer Transaktion.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="128"/>
        <source>Run the repair on database %1? It changes that database, in one transaction, and cannot be undone:

%2</source>
        <translation>Die Reparatur auf der Datenbank %1 ausführen? Sie ändert diese Datenbank in einer Transaktion und lässt sich nicht rückgängig machen:

%2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="131"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="135"/>
        <source>Running the repair on %1…</source>
        <translation>Die Reparatur läuft auf %1…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="145"/>
        <source>Repaired database %1.</source>
        <translation>Datenbank %1 repariert.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/databaserepairdialog.cpp" line="145"/>
        <source>Not repaired, nothing changed: %1</source>
        <translation>Nicht repariert, nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>sw::app::DiagramExport</name>
    <message>
        <location filename="../src/app/diagram/diagramexport.cpp" line="29"/>
        <source>Schema diagram</source>
        <translation>Schemadiagramm</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagramexport.cpp" line="30"/>
        <source>Made by Schemawright</source>
        <translation>Erstellt mit Schemawright</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagramexport.cpp" line="59"/>
        <source>%1: the diagram is written as .svg or .png, not .%2</source>
        <translation>%1: das Diagramm wird als .svg oder .png geschrieben, nicht als .%2</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagramexport.cpp" line="68"/>
        <source>%1: the diagram could not be drawn</source>
        <translation>%1: das Diagramm konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>sw::app::DiagramPanel</name>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="52"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="54"/>
        <source>Lay out every table, referenced tables above their referrers (Ctrl+Shift+A)</source>
        <translation>Alle Tabellen anordnen, referenzierte Tabellen über denen, die auf sie verweisen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="69"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="71"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="72"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="75"/>
        <source>Find a table (Ctrl+F)</source>
        <translation>Tabelle suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="78"/>
        <source>Find a table</source>
        <translation>Tabelle suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/diagram/diagrampanel.cpp" line="120"/>
        <source>Move %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle verschieben</numerusform>
            <numerusform>%n Tabellen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="184"/>
        <source>Arrange diagram</source>
        <translation>Diagramm anordnen</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="193"/>
        <source> Arranging… </source>
        <translation> Wird angeordnet … </translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="217"/>
        <source>Add foreign key %1.%2 → %3.%4</source>
        <translation>Fremdschlüssel %1.%2 → %3.%4 anlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/diagram/diagrampanel.cpp" line="229"/>
        <source>Remove %n table(s)</source>
        <translation>
            <numerusform>%n Tabelle entfernen</numerusform>
            <numerusform>%n Tabellen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="258"/>
        <source>Click a coloured box to open its node in the drift window</source>
        <translation>Ein farbiges Kästchen anklicken, um seinen Knoten im Drift-Fenster zu öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="268"/>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="274"/>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/diagram/diagrampanel.cpp" line="268"/>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Zeichnung (*.svg);;PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>sw::app::DiagramScene</name>
    <message>
        <location filename="../src/app/diagram/diagramscene.cpp" line="282"/>
        <source>%1 reads %2</source>
        <translation>%1 liest %2</translation>
    </message>
</context>
<context>
    <name>sw::app::DiagramView</name>
    <message>
        <location filename="../src/app/diagram/diagramview.cpp" line="29"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>sw::app::DriftTreeModel</name>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="50"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="321"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="52"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="54"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="56"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="58"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="60"/>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="64"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="66"/>
        <source>History table</source>
        <translation>Historientabelle</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="67"/>
        <source>Trigger function</source>
        <translation>Triggerfunktion</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="206"/>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="113"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="133"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="110"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="110"/>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="110"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="111"/>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="111"/>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="111"/>
        <source>Indexes of materialized views</source>
        <translation>Indizes materialisierter Sichten</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="112"/>
        <source>Triggers of the design</source>
        <translation>Trigger des Entwurfs</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="146"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="166"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="148"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="176"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="150"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="166"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="186"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="197"/>
        <source>
  expected: %1
  actual: %2</source>
        <translation>
  erwartet: %1
  tatsächlich: %2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="197"/>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="198"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="254"/>
        <source>in step</source>
        <translation>im Gleichschritt</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="255"/>
        <source>missing in the database</source>
        <translation>fehlt in der Datenbank</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="256"/>
        <source>not in the design</source>
        <translation>nicht im Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="257"/>
        <source>different</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="258"/>
        <source>out of step</source>
        <translation>aus dem Tritt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/drift/drifttreemodel.cpp" line="352"/>
        <source>%n problem(s) below</source>
        <translation>
            <numerusform>%n Problem darunter</numerusform>
            <numerusform>%n Probleme darunter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="389"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../src/app/drift/drifttreemodel.cpp" line="389"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>sw::app::DriftWindow</name>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="31"/>
        <source>the design</source>
        <translation>dem Entwurf</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="32"/>
        <source>the migration folder %1</source>
        <translation>dem Migrationsordner %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="124"/>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="139"/>
        <source>Reading the database and building the migration chain in a scratch database…</source>
        <translation>Die Datenbank wird gelesen und die Migrationskette in einer Wegwerf-Datenbank gebaut…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="169"/>
        <source>In step: no difference, no inconsistency.</source>
        <translation>Im Gleichschritt: keine Abweichung, keine Unstimmigkeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/drift/driftwindow.cpp" line="169"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="199"/>
        <source>no revision</source>
        <translation>keine Revision</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="207"/>
        <source>The design is empty: the tree lists what database %1 holds and the design does not yet. Take the database&apos;s version into the design to start from it (undoable).</source>
        <translation>Der Entwurf ist leer: Der Baum zeigt, was die Datenbank %1 enthält und der Entwurf noch nicht. Übernehmen Sie die Fassung der Datenbank in den Entwurf, um von ihr auszugehen (rückgängig zu machen).</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/drift/driftwindow.cpp" line="211"/>
        <source>No error: database %1 is as designed, apart from %n warning(s) or note(s) in the tree, which need no fix.</source>
        <translation>
            <numerusform>Kein Fehler: Die Datenbank %1 ist wie entworfen, bis auf %n Warnung oder Hinweis im Baum, der nichts zu beheben verlangt.</numerusform>
            <numerusform>Kein Fehler: Die Datenbank %1 ist wie entworfen, bis auf %n Warnungen oder Hinweise im Baum, die nichts zu beheben verlangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/drift/driftwindow.cpp" line="213"/>
        <source>No error: database %1 is at the folder&apos;s head %2, as the chain builds it and as designed, apart from %n warning(s) or note(s) in the tree, which need no fix.</source>
        <translation>
            <numerusform>Kein Fehler: Die Datenbank %1 steht auf dem Kopf %2 des Ordners, wie die Kette sie baut und wie entworfen, bis auf %n Warnung oder Hinweis im Baum, der nichts zu beheben verlangt.</numerusform>
            <numerusform>Kein Fehler: Die Datenbank %1 steht auf dem Kopf %2 des Ordners, wie die Kette sie baut und wie entworfen, bis auf %n Warnungen oder Hinweise im Baum, die nichts zu beheben verlangen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="216"/>
        <source>In step: database %1 is as designed.</source>
        <translation>Im Gleichschritt: die Datenbank %1 ist wie entworfen.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="217"/>
        <source>In step: database %1 is at the folder&apos;s head %2, as the chain builds it and as designed.</source>
        <translation>Im Gleichschritt: die Datenbank %1 steht auf dem Kopf %2 des Ordners, wie die Kette sie baut und wie entworfen.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="222"/>
        <source>Database %1 is ahead of the migration folder: it is at %2, which this folder does not have yet (its head is %3). It was migrated from a newer checkout: update the folder, or roll it back from the checkout that has %2. Nothing here needs a migration.</source>
        <translation>Die Datenbank %1 ist dem Migrationsordner voraus: sie steht auf %2, das dieser Ordner noch nicht hat (sein Kopf ist %3). Sie wurde aus einem neueren Checkout migriert: aktualisieren Sie den Ordner, oder rollen Sie sie aus dem Checkout zurück, der %2 hat. Nichts hier braucht eine Migration.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="229"/>
        <source>Database %1 records %2, which this migration folder does not have (its head is %3): another branch, or the version mismatch the guide&apos;s fix_alembic_version.py repairs. Detect the revision whose schema the database has, and stamp it.</source>
        <translation>Die Datenbank %1 verzeichnet %2, das dieser Migrationsordner nicht hat (sein Kopf ist %3): ein anderer Zweig, oder die Versionsabweichung, die fix_alembic_version.py aus dem Leitfaden behebt. Ermitteln Sie die Revision, deren Schema die Datenbank hat, und tragen Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="234"/>
        <source>Database %1 is behind the migration folder: it is at %2, the folder&apos;s head is %3. Nothing needs repairing: apply the pending migrations. (If its schema is already newer than alembic_version says, Detect revision finds the revision it has.)</source>
        <translation>Die Datenbank %1 ist hinter dem Migrationsordner: sie steht auf %2, der Kopf des Ordners ist %3. Nichts ist zu reparieren: wenden Sie die ausstehenden Migrationen an. (Ist ihr Schema schon neuer, als alembic_version sagt, findet „Revision ermitteln“ die Revision, die sie hat.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/drift/driftwindow.cpp" line="241"/>
        <source>The migration chain itself builds this: a database built from the folder in a scratch database shows the same %n problem(s), in %1. Fix it in the chain with a new migration, proven by verify before it is saved.</source>
        <translation>
            <numerusform>Die Migrationskette selbst baut das: eine aus dem Ordner in einer Wegwerf-Datenbank gebaute Datenbank zeigt dasselbe Problem, in %1. Beheben Sie es in der Kette mit einer neuen Migration, die vor dem Speichern geprüft wird.</numerusform>
            <numerusform>Die Migrationskette selbst baut das: eine aus dem Ordner in einer Wegwerf-Datenbank gebaute Datenbank zeigt dieselben %n Probleme, in %1. Beheben Sie sie in der Kette mit einer neuen Migration, die vor dem Speichern geprüft wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="247"/>
        <source>Database %1 was changed by hand: it is at the folder&apos;s head %2, but differs from what the chain builds, in %3. Repair this database only; the migration folder is right. (If alembic_version is wrong instead, Detect revision finds the revision whose schema the database has.)</source>
        <translation>Die Datenbank %1 wurde von Hand geändert: sie steht auf dem Kopf %2 des Ordners, weicht aber von dem ab, was die Kette baut, in %3. Reparieren Sie nur diese Datenbank; der Migrationsordner stimmt. (Ist stattdessen alembic_version falsch, findet „Revision ermitteln“ die Revision, deren Schema die Datenbank hat.)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="254"/>
        <source>Database %1 is in step with the migration folder, but the design differs, in %2. Take the database&apos;s version into the design (undoable), or export the design&apos;s change as a migration.</source>
        <translation>Die Datenbank %1 ist im Gleichschritt mit dem Migrationsordner, aber der Entwurf weicht ab, in %2. Übernehmen Sie die Fassung der Datenbank in den Entwurf (rückgängig zu machen), oder exportieren Sie die Änderung des Entwurfs als Migration.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="260"/>
        <source>Database %1 is at the folder&apos;s head %2 and has problems, shown below; whether this database or the migration chain is at fault needs the chain built in a scratch database, which failed: %3</source>
        <translation>Die Datenbank %1 steht auf dem Kopf %2 des Ordners und hat die unten gezeigten Probleme; ob diese Datenbank oder die Migrationskette schuld ist, braucht die in einer Wegwerf-Datenbank gebaute Kette, was fehlschlug: %3</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="265"/>
        <source>(The migration chain could not be built to compare: %1)</source>
        <translation>(Die Migrationskette ließ sich zum Vergleich nicht bauen: %1)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="267"/>
        <source>Refresh reads the database and says where it stands.</source>
        <translation>„Aktualisieren“ liest die Datenbank und sagt, wo sie steht.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="287"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="295"/>
        <source>Connected: PostgreSQL %1, alembic_version %2</source>
        <translation>Verbunden: PostgreSQL %1, alembic_version %2</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="296"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="308"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="360"/>
        <source>In the design (as the server makes it)</source>
        <translation>Im Entwurf (wie der Server ihn anlegt)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="360"/>
        <source>In the database</source>
        <translation>In der Datenbank</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="399"/>
        <source>Reading the database into the design…</source>
        <translation>Die Datenbank wird in den Entwurf gelesen…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="414"/>
        <source>Not taken: the database holds what a design cannot hold yet, which the design would lose:
%1</source>
        <translation>Nicht übernommen: die Datenbank enthält, was ein Entwurf noch nicht fassen kann und der Entwurf verlöre:
%1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="424"/>
        <source>The design now has the database&apos;s version; Undo takes it back.</source>
        <translation>Der Entwurf hat jetzt die Fassung der Datenbank; „Rückgängig“ nimmt sie zurück.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="447"/>
        <source>Verifying every migration on a throwaway PostgreSQL…</source>
        <translation>Jede Migration wird auf einem Wegwerf-PostgreSQL geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="448"/>
        <source>Verifying the migrations after %1, the database&apos;s revision, on a throwaway PostgreSQL…</source>
        <translation>Die Migrationen nach %1, der Revision der Datenbank, werden auf einem Wegwerf-PostgreSQL geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="475"/>
        <source>Checked the migrations after %1, the database&apos;s revision; tick Whole chain to check every one.</source>
        <translation>Geprüft wurden die Migrationen nach %1, der Revision der Datenbank; „Ganze Kette“ ankreuzen, um jede zu prüfen.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="477"/>
        <source>Verification failed.</source>
        <translation>Prüfung fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/driftwindow.cpp" line="479"/>
        <source>Verification passed.</source>
        <translation>Prüfung bestanden.</translation>
    </message>
</context>
<context>
    <name>sw::app::ExportDialog</name>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="27"/>
        <source>Migration folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="31"/>
        <source>Save and &amp;Apply</source>
        <translation>Speichern und &amp;anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="32"/>
        <source>Write the file, then apply it to the connected database (what runs is shown first)</source>
        <translation>Die Datei schreiben und dann auf die verbundene Datenbank anwenden (was läuft, wird vorher angezeigt)</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="34"/>
        <source>&amp;Rebase Heads…</source>
        <translation>&amp;Köpfe zusammenführen…</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="36"/>
        <source>Make the folder one chain again, with every column of both branches in history; then export</source>
        <translation>Den Ordner wieder zu einer Kette machen, mit jeder Spalte beider Zweige in der Historie; danach exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="60"/>
        <source>The migration folder cannot take a migration: %1</source>
        <translation>Der Migrationsordner kann keine Migration aufnehmen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="62"/>
        <source>The design has problems: %1</source>
        <translation>Der Entwurf hat Probleme: %1</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="64"/>
        <source>Nothing changed since the last export.</source>
        <translation>Seit dem letzten Export hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="66"/>
        <source>Choose the migration folder to write into.</source>
        <translation>Wählen Sie den Migrationsordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../src/app/export/exportdialog.cpp" line="68"/>
        <source>The folder does not exist.</source>
        <translation>Der Ordner existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/export/exportdialog.cpp" line="73"/>
        <source>%1 and %n more migration(s) that follow it</source>
        <translation>
            <numerusform>%1 und %n weitere Migration danach</numerusform>
            <numerusform>%1 und %n weitere Migrationen danach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::app::FixMigrationDialog</name>
    <message>
        <location filename="../src/app/drift/fixmigrationdialog.cpp" line="67"/>
        <source>The migration folder cannot take a migration: %1</source>
        <translation>Der Migrationsordner kann keine Migration aufnehmen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/fixmigrationdialog.cpp" line="69"/>
        <source># Nothing to repair.</source>
        <translation># Nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/fixmigrationdialog.cpp" line="70"/>
        <source>Nothing to repair.</source>
        <translation>Nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../src/app/drift/fixmigrationdialog.cpp" line="84"/>
        <source>Verifying the chain with this migration on a throwaway PostgreSQL…</source>
        <translation>Die Kette wird mit dieser Migration auf einem Wegwerf-PostgreSQL geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/drift/fixmigrationdialog.cpp" line="96"/>
        <source>Not saved: the chain with this migration does not pass verify.
%1</source>
        <translation>Nicht gespeichert: die Kette besteht mit dieser Migration die Prüfung nicht.
%1</translation>
    </message>
</context>
<context>
    <name>sw::app::GuardedApplication</name>
    <message>
        <location filename="../src/app/startup/guardedapplication.cpp" line="21"/>
        <source>an error of unknown kind</source>
        <translation>ein Fehler unbekannter Art</translation>
    </message>
    <message>
        <location filename="../src/app/startup/guardedapplication.cpp" line="31"/>
        <source>Schemawright</source>
        <translation>Schemawright</translation>
    </message>
    <message>
        <location filename="../src/app/startup/guardedapplication.cpp" line="32"/>
        <source>Something went wrong, and the work it was doing stopped: %1

Your design is still open; save it under a new name if in doubt.</source>
        <translation>Etwas ist schiefgegangen, und die laufende Arbeit wurde abgebrochen: %1

Ihr Entwurf ist weiterhin geöffnet; speichern Sie ihn im Zweifel unter einem neuen Namen.</translation>
    </message>
</context>
<context>
    <name>sw::app::LockGutter</name>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="16"/>
        <source>Locks of the migration&apos;s statements</source>
        <translation>Sperren der Anweisungen der Migration</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="46"/>
        <source>reads and writes</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="49"/>
        <source>writes</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="50"/>
        <source>other schema changes and VACUUM</source>
        <translation>andere Schemaänderungen und VACUUM</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="51"/>
        <source>only locks on the whole table</source>
        <translation>nur Sperren der ganzen Tabelle</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="58"/>
        <source>rewrites the table</source>
        <translation>schreibt die Tabelle neu</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="59"/>
        <source>scans the table</source>
        <translation>liest die ganze Tabelle</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="60"/>
        <source>changes rows</source>
        <translation>ändert Zeilen</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="61"/>
        <source>catalog only</source>
        <translation>nur der Katalog</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="70"/>
        <source>%1 on %2, a table this migration made: no one waits for it</source>
        <translation>%1 auf %2, einer Tabelle, die diese Migration anlegt: niemand wartet darauf</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="73"/>
        <source>for as long as it rewrites the whole table and its indexes</source>
        <translation>so lange, wie sie die ganze Tabelle und ihre Indizes neu schreibt</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="74"/>
        <source>for as long as it reads the whole table</source>
        <translation>so lange, wie sie die ganze Tabelle liest</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="75"/>
        <source>for as long as it changes its rows</source>
        <translation>so lange, wie sie ihre Zeilen ändert</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="76"/>
        <source>for a moment; but it waits behind every running query on the table, and every query after it waits too</source>
        <translation>einen Augenblick; aber sie wartet hinter jeder laufenden Abfrage auf der Tabelle, und jede Abfrage danach wartet ebenfalls</translation>
    </message>
    <message>
        <location filename="../src/app/preview/lockgutter.cpp" line="78"/>
        <source>%1 on %2: blocks %3, %4 (%5)</source>
        <translation>%1 auf %2: blockiert %3, %4 (%5)</translation>
    </message>
</context>
<context>
    <name>sw::app::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="155"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="156"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="175"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="184"/>
        <source>New Project from &amp;Database…</source>
        <translation>Neues Projekt aus &amp;Datenbank…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="187"/>
        <source>A new project holding the tables of a database&apos;s schemas, as schemawright-cli import reads them</source>
        <translation>Ein neues Projekt mit den Tabellen der Schemata einer Datenbank, so wie schemawright-cli import sie liest</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="190"/>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="191"/>
        <source>A copy of the bundled example, with its migrations, to edit and export into</source>
        <translation>Eine Kopie des mitgelieferten Beispiels samt Migrationen, zum Bearbeiten und Exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="196"/>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="309"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="201"/>
        <source>Export &amp;Diagram…</source>
        <translation>&amp;Diagramm exportieren …</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="204"/>
        <source>The diagram as an SVG drawing or a PNG image</source>
        <translation>Das Diagramm als SVG-Zeichnung oder PNG-Bild</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="213"/>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="365"/>
        <source>new_table</source>
        <translation>neue_tabelle</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="216"/>
        <source>&amp;Production-Safe Migrations</source>
        <translation>&amp;Produktionssichere Migrationen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="219"/>
        <source>Each migration sets lock_timeout first: it gives up rather than make every query on a busy table wait behind it</source>
        <translation>Jede Migration setzt zuerst lock_timeout: sie gibt auf, statt jede Abfrage auf einer belebten Tabelle hinter sich warten zu lassen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="222"/>
        <source>Write production-safe migrations</source>
        <translation>Produktionssichere Migrationen schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="222"/>
        <source>Write plain migrations</source>
        <translation>Einfache Migrationen schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="224"/>
        <source>Write History Once per &amp;Statement by Default</source>
        <translation>Historie standardmäßig einmal je &amp;Anweisung schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="227"/>
        <source>For tables that do not say otherwise: the same history rows, faster for statements that touch many rows</source>
        <translation>Für Tabellen ohne eigene Angabe: dieselben Historienzeilen, schneller bei Anweisungen, die viele Zeilen berühren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="242"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="243"/>
        <source>&amp;Drift and Checks…</source>
        <translation>&amp;Abweichungen und Prüfungen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="247"/>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="249"/>
        <source>Take &amp;Baseline from Database…</source>
        <translation>&amp;Ausgangsstand aus Datenbank übernehmen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="252"/>
        <source>The design is empty: with a database as its baseline alone, the migration would drop every table the database has. A new project from the database takes its tables into the design, and the database as the baseline.</source>
        <translation>Der Entwurf ist leer: mit einer Datenbank nur als Ausgangsstand würde die Migration jede Tabelle der Datenbank löschen. Ein neues Projekt aus der Datenbank übernimmt ihre Tabellen in den Entwurf und die Datenbank als Ausgangsstand.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="257"/>
        <source>Take Baseline from Database</source>
        <translation>Ausgangsstand aus Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="258"/>
        <source>The database the migrations will run on (a libpq connection string; a password is asked for when the server wants one):</source>
        <translation>Die Datenbank, auf der die Migrationen laufen (eine libpq-Verbindungszeichenkette; ein Passwort wird erfragt, wenn der Server eines verlangt):</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="271"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="275"/>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="276"/>
        <source>Schemawright was closed without saving %1. Recover the unsaved changes?</source>
        <translation>Schemawright wurde beendet, ohne %1 zu speichern. Die ungespeicherten Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="281"/>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="296"/>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="316"/>
        <source>Reading the database…</source>
        <translation>Datenbank wird gelesen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="319"/>
        <source>The baseline is now database %1.</source>
        <translation>Der Ausgangsstand ist jetzt Datenbank %1.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="329"/>
        <source>Cannot read the database</source>
        <translation>Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="364"/>
        <source>Add table</source>
        <translation>Tabelle anlegen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="367"/>
        <source>Place table</source>
        <translation>Tabelle platzieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="377"/>
        <source>All schemas: %n table(s)</source>
        <translation>
            <numerusform>Alle Schemas: %n Tabelle</numerusform>
            <numerusform>Alle Schemas: %n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="381"/>
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n Tabelle</numerusform>
            <numerusform>%1: %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="395"/>
        <source>Schemas, each with its number of tables: the list below shows the tables of the one chosen</source>
        <translation>Schemas, jeweils mit der Zahl ihrer Tabellen: die Liste darunter zeigt die Tabellen des gewählten</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="404"/>
        <source>Put Every Table under the &amp;House Rules</source>
        <translation>Alle Tabellen unter die &amp;Hausregeln stellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="406"/>
        <source>History and the updated_at trigger for every table that goes without them, in one step you can undo</source>
        <translation>Historie und updated_at-Trigger für jede Tabelle, die sie nicht hat, in einem Schritt, den Sie rückgängig machen können</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="413"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="424"/>
        <source>%n table(s) keep no history: %1</source>
        <translation>
            <numerusform>%n Tabelle bekommt keine Historie: %1</numerusform>
            <numerusform>%n Tabellen bekommen keine Historie: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="427"/>
        <source>Every table keeps its history and sets updated_at already.</source>
        <translation>Jede Tabelle führt bereits ihre Historie und setzt updated_at.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="430"/>
        <source>Put %n table(s) under the house rules</source>
        <translation>
            <numerusform>%n Tabelle unter die Hausregeln stellen</numerusform>
            <numerusform>%n Tabellen unter die Hausregeln stellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="432"/>
        <source>Put %1 under the house rules</source>
        <translation>%1 unter die Hausregeln stellen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="447"/>
        <source>Autosave failed: your edits are not kept safe until you save (%1)</source>
        <translation>Automatisches Sichern fehlgeschlagen: Ihre Änderungen sind erst nach dem Speichern sicher (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="461"/>
        <source>Export refuses the migration folder: %1</source>
        <translation>Der Export verweigert den Migrationsordner: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="485"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="490"/>
        <source>%1[*] - Schemawright</source>
        <translation>%1[*] - Schemawright</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="519"/>
        <source>Cannot export: %1 (%n problem(s) to fix)</source>
        <translation>
            <numerusform>Export nicht möglich: %1 (%n Problem zu beheben)</numerusform>
            <numerusform>Export nicht möglich: %1 (%n Probleme zu beheben)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="524"/>
        <source>Nothing to export: no change since the last export.</source>
        <translation>Nichts zu exportieren: keine Änderung seit dem letzten Export.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="533"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="534"/>
        <source>Wrote %1 and %n more migration(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Migration geschrieben</numerusform>
            <numerusform>%1 und %n weitere Migrationen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowconnection.cpp" line="98"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="550"/>
        <source>Cannot open the example</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="567"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="567"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="558"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="196"/>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="309"/>
        <location filename="../src/app/mainwindow/mainwindow.cpp" line="558"/>
        <source>Schemawright projects (*.json)</source>
        <translation>Schemawright-Projekte (*.json)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="62"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="63"/>
        <source>Choose or edit a connection, and show the export folder&apos;s migrations on it</source>
        <translation>Eine Verbindung wählen oder bearbeiten und die Migrationen des Exportordners darauf zeigen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="65"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="66"/>
        <source>Apply the pending migrations to the connected database (shown first)</source>
        <translation>Die ausstehenden Migrationen auf die verbundene Datenbank anwenden (vorher angezeigt)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="71"/>
        <source>Roll Back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="72"/>
        <source>Roll the connected database back one migration (what it drops is shown first)</source>
        <translation>Die verbundene Datenbank um eine Migration zurückrollen (was dabei entfernt wird, wird vorher angezeigt)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="82"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="83"/>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="85"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="90"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="91"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="95"/>
        <source>The database Apply and Roll back run on</source>
        <translation>Die Datenbank, auf der Anwenden und Zurückrollen laufen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="105"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="107"/>
        <source>&amp;About Schemawright</source>
        <translation>Ü&amp;ber Schemawright</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="108"/>
        <source>About Schemawright</source>
        <translation>Über Schemawright</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="109"/>
        <source>&lt;h3&gt;Schemawright %1&lt;/h3&gt;&lt;p&gt;Design PostgreSQL tables and write their Alembic migrations.&lt;/p&gt;&lt;p&gt;Qt %2, %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Schemawright %1&lt;/h3&gt;&lt;p&gt;PostgreSQL-Tabellen entwerfen und ihre Alembic-Migrationen schreiben.&lt;/p&gt;&lt;p&gt;Qt %2, %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="120"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="121"/>
        <source>The documentation is not installed: README.md belongs in share/doc/schemawright.</source>
        <translation>Die Dokumentation ist nicht installiert: README.md gehört nach share/doc/schemawright.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowtoolbar.cpp" line="122"/>
        <source>Nothing on this system opens %1. It is plain text (Markdown), with the other guides beside it in docs/: read it in any text editor.</source>
        <translation>Auf diesem System öffnet nichts %1. Es ist reiner Text (Markdown), die anderen Anleitungen liegen daneben in docs/: lesen Sie es in einem beliebigen Texteditor.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowdrift.cpp" line="86"/>
        <source>Drift against database %1</source>
        <translation>Drift gegenüber Datenbank %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowdrift.cpp" line="130"/>
        <source>Take the database&apos;s column order</source>
        <translation>Spaltenreihenfolge der Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowdrift.cpp" line="132"/>
        <source>Take the column order of %1 from the database</source>
        <translation>Spaltenreihenfolge von %1 aus der Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowdrift.cpp" line="146"/>
        <source>Take the database&apos;s version</source>
        <translation>Die Fassung der Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowdrift.cpp" line="148"/>
        <source>Take the database&apos;s types and extensions</source>
        <translation>Typen und Erweiterungen der Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowdrift.cpp" line="155"/>
        <source>Take %1 from the database</source>
        <translation>%1 aus der Datenbank übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowdrift.cpp" line="174"/>
        <source>Take the database&apos;s views, routines and triggers</source>
        <translation>Sichten, Routinen und Trigger der Datenbank übernehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindowimport.cpp" line="32"/>
        <source>Imported %n table(s) from database %1; nothing to migrate until the design changes.</source>
        <translation>
            <numerusform>%n Tabelle aus Datenbank %1 importiert; nichts zu migrieren, bis sich der Entwurf ändert.</numerusform>
            <numerusform>%n Tabellen aus Datenbank %1 importiert; nichts zu migrieren, bis sich der Entwurf ändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowimport.cpp" line="34"/>
        <source>Not held yet, left out: %1</source>
        <translation>Noch nicht unterstützt, ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowmerge.cpp" line="20"/>
        <source>Resolve &amp;Merge Conflicts…</source>
        <translation>&amp;Merge-Konflikte lösen…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowmerge.cpp" line="23"/>
        <source>Choose ours or theirs for each value git&apos;s merge of this project changed on both branches</source>
        <translation>Für jeden Wert, den beide Zweige beim git-Merge dieses Projekts geändert haben, unseren oder ihren wählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/mainwindowmerge.cpp" line="30"/>
        <source>This project holds %n merge conflict(s): choose ours or theirs for each.</source>
        <translation>
            <numerusform>Dieses Projekt enthält %n Merge-Konflikt: unseren oder ihren wählen.</numerusform>
            <numerusform>Dieses Projekt enthält %n Merge-Konflikte: für jeden unseren oder ihren wählen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow/mainwindowmerge.cpp" line="70"/>
        <source>Move the baseline to %1, the rebased head</source>
        <translation>Baseline auf %1 verschieben, den neuen Kopf</translation>
    </message>
</context>
<context>
    <name>sw::app::MergeConflictsDialog</name>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="23"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="31"/>
        <source>Keep &amp;Ours</source>
        <translation>&amp;Unseren behalten</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="31"/>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Ihren übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="33"/>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="97"/>
        <source>Merge Conflicts</source>
        <translation>Merge-Konflikte</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="36"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="36"/>
        <source>Ours (in the design now)</source>
        <translation>Unserer (jetzt im Entwurf)</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="36"/>
        <source>Theirs</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="42"/>
        <source>Keep the value this branch has; the conflict is decided</source>
        <translation>Den Wert dieses Zweigs behalten; der Konflikt ist entschieden</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="43"/>
        <source>Put the other branch&apos;s value in the design; the conflict is decided</source>
        <translation>Den Wert des anderen Zweigs in den Entwurf übernehmen; der Konflikt ist entschieden</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="77"/>
        <source>Every conflict of the merge is decided. Save the project to finish the merge.</source>
        <translation>Jeder Konflikt des Merges ist entschieden. Speichern Sie das Projekt, um den Merge abzuschließen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="78"/>
        <source>git merged two branches that changed the same thing %n time(s) differently. The design holds ours meanwhile; choose for each. Every choice is one step you can undo.</source>
        <translation>
            <numerusform>git hat zwei Zweige zusammengeführt, die dasselbe %n Mal verschieden geändert haben. Der Entwurf hält bis dahin unseren Wert; wählen Sie für jeden. Jede Wahl ist ein Schritt, den Sie rückgängig machen können.</numerusform>
            <numerusform>git hat zwei Zweige zusammengeführt, die dasselbe %n Mal verschieden geändert haben. Der Entwurf hält bis dahin unsere Werte; wählen Sie für jeden. Jede Wahl ist ein Schritt, den Sie rückgängig machen können.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="95"/>
        <source>Take theirs for %1</source>
        <translation>Ihren übernehmen für %1</translation>
    </message>
    <message>
        <location filename="../src/app/merge/mergeconflictsdialog.cpp" line="95"/>
        <source>Keep ours for %1</source>
        <translation>Unseren behalten für %1</translation>
    </message>
</context>
<context>
    <name>sw::app::MigrationStatusModel</name>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="42"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="44"/>
        <source>The database records %1, which this folder does not have: it was migrated from another checkout or branch. Update the folder, or roll back from the checkout that has it.</source>
        <translation>Die Datenbank verzeichnet %1, das dieser Ordner nicht hat: Sie wurde aus einem anderen Checkout oder Zweig migriert. Den Ordner aktualisieren oder aus dem Checkout zurückrollen, der es hat.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="56"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="56"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="56"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="77"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="78"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="79"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationstatusmodel.cpp" line="80"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>sw::app::MigrationsPanel</name>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="45"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="45"/>
        <source>&amp;Apply to head</source>
        <translation>Bis zum &amp;Kopf anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="46"/>
        <source>Apply to &amp;selected</source>
        <translation>Bis zur &amp;Auswahl anwenden</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="46"/>
        <source>Roll &amp;back one</source>
        <translation>Eine &amp;zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="47"/>
        <source>Roll back &amp;to selected</source>
        <translation>Bis zur Aus&amp;wahl zurückrollen</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="47"/>
        <source>&amp;Detect revision</source>
        <translation>Revision &amp;erkennen</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="48"/>
        <source>R&amp;eset…</source>
        <translation>Zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="48"/>
        <source>Rebase &amp;heads…</source>
        <translation>&amp;Köpfe zusammenführen…</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="49"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="52"/>
        <source>Connection: host=… dbname=… user=… (a password is asked for when the server wants one)</source>
        <translation>Verbindung: host=… dbname=… user=… (ein Passwort wird erfragt, wenn der Server eines verlangt)</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="72"/>
        <source>Find the revision whose schema the database has, and stamp it into alembic_version</source>
        <translation>Die Revision finden, deren Schema die Datenbank hat, und sie in alembic_version eintragen</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="73"/>
        <source>Drop everything in the schemas the folder manages and upgrade to head (a dev database only)</source>
        <translation>Alles in den Schemas löschen, die der Ordner verwaltet, und bis zum Kopf migrieren (nur eine Entwicklungsdatenbank)</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="84"/>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="88"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="174"/>
        <source>The folder has %1 heads (%2): Rebase heads… makes it one chain again, with every column of both branches in history.</source>
        <translation>Der Ordner hat %1 Köpfe (%2): „Köpfe zusammenführen…“ macht ihn wieder zu einer Kette, mit jeder Spalte beider Zweige in der Historie.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="228"/>
        <source>-- Not all of this run can be shown as SQL: %1</source>
        <translation>-- Nicht alles an diesem Lauf lässt sich als SQL zeigen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="237"/>
        <source>Nothing to run: the database is at %1.</source>
        <translation>Nichts auszuführen: Die Datenbank steht bei %1.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="248"/>
        <source>Run on database %1:
%2</source>
        <translation>Auf Datenbank %1 ausführen:
%2</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="250"/>
        <source>

This drops, with the rows they hold now:
%1</source>
        <translation>

Das entfernt, mit den Zeilen, die sie jetzt enthalten:
%1</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="253"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="254"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="273"/>
        <source>Done: the database is at %1.</source>
        <translation>Fertig: Die Datenbank steht bei %1.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="284"/>
        <source>Building each revision in a scratch database to compare…</source>
        <translation>Jede Revision wird zum Vergleich in einer Hilfsdatenbank aufgebaut…</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="301"/>
        <source>No revision of the folder matches the database; the closest is %1: %2</source>
        <translation>Keine Revision des Ordners passt zur Datenbank; am nächsten ist %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="307"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="308"/>
        <source>The database has exactly the schema of %1; alembic_version says %2.
Stamp %1?</source>
        <translation>Die Datenbank hat genau das Schema von %1; alembic_version sagt %2.
%1 eintragen?</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="309"/>
        <source>Not stamped.</source>
        <translation>Nicht eingetragen.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="310"/>
        <source>not stamped</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="320"/>
        <source>Stamped %1 into alembic_version.</source>
        <translation>%1 in alembic_version eingetragen.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="335"/>
        <source>Reset drops everything in the schemas the migration folder manages, then upgrades to head.
Type the name of the database to wipe:</source>
        <translation>Zurücksetzen löscht alles in den Schemas, die der Migrationsordner verwaltet, und migriert dann bis zum Kopf.
Geben Sie den Namen der zu leerenden Datenbank ein:</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="338"/>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="376"/>
        <source>Not reset.</source>
        <translation>Nicht zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="339"/>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="377"/>
        <source>not reset</source>
        <translation>nicht zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="372"/>
        <source>%1.
Wipe it all the same?</source>
        <translation>%1.
Trotzdem leeren?</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="380"/>
        <source>Reset: the database is at %1.</source>
        <translation>Zurückgesetzt: die Datenbank steht auf %1.</translation>
    </message>
    <message>
        <location filename="../src/app/migrations/migrationspanel.cpp" line="390"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>sw::app::Minimap</name>
    <message>
        <location filename="../src/app/diagram/minimap.cpp" line="14"/>
        <source>The whole diagram: click to go there</source>
        <translation>Das ganze Diagramm: klicken, um dorthin zu gehen</translation>
    </message>
</context>
<context>
    <name>sw::app::ProfileListModel</name>
    <message>
        <location filename="../src/app/connections/connectiondialog.cpp" line="63"/>
        <source>%1 (in the project)</source>
        <translation>%1 (im Projekt)</translation>
    </message>
</context>
<context>
    <name>sw::app::RebaseDialog</name>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="31"/>
        <source>&amp;Rebase and verify</source>
        <translation>&amp;Zusammenführen und prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="33"/>
        <source>Rebase the migration folder</source>
        <translation>Migrationsordner zusammenführen</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="45"/>
        <source>&amp;Keep the chain of:</source>
        <translation>&amp;Kette behalten von:</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="46"/>
        <source>The folder %1 has two heads. The other branch&apos;s migrations are regenerated after the head kept, from the design, so that history tables and trigger functions list every column of both branches.</source>
        <translation>Der Ordner %1 hat zwei Köpfe. Die Migrationen des anderen Zweigs werden nach dem behaltenen Kopf aus dem Entwurf neu erzeugt, sodass Historientabellen und Triggerfunktionen jede Spalte beider Zweige aufführen.</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="108"/>
        <source>git cannot tell which head this branch already had: choose the one whose chain stays.</source>
        <translation>git kann nicht sagen, welchen Kopf dieser Zweig schon hatte: wählen Sie den, dessen Kette bleibt.</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="109"/>
        <source>%1 is the head this branch already had (git).</source>
        <translation>%1 ist der Kopf, den dieser Zweig schon hatte (git).</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="134"/>
        <source>Keeps the chain of %1.</source>
        <translation>Behält die Kette von %1.</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="134"/>
        <source>Moves, and removes the files of:</source>
        <translation>Verschiebt und entfernt die Dateien von:</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="137"/>
        <source>Writes after %1:</source>
        <translation>Schreibt nach %1:</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="140"/>
        <source>Then verifies the chain after %1 on a throwaway server; when that fails, the folder is put back as it was.</source>
        <translation>Prüft dann die Kette nach %1 auf einem Wegwerf-Server; schlägt das fehl, wird der Ordner wiederhergestellt, wie er war.</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="152"/>
        <source>Writing the new migrations and verifying the chain on a throwaway server…</source>
        <translation>Schreibe die neuen Migrationen und prüfe die Kette auf einem Wegwerf-Server…</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="163"/>
        <source>Not rebased; the folder is as it was: %1</source>
        <translation>Nicht zusammengeführt; der Ordner ist, wie er war: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merge/rebasedialog.cpp" line="166"/>
        <source>Rebased and verified: one chain, head %1. The design&apos;s baseline moves there.</source>
        <translation>Zusammengeführt und geprüft: eine Kette, Kopf %1. Die Baseline des Entwurfs wandert dorthin.</translation>
    </message>
</context>
<context>
    <name>sw::app::RowBrowser</name>
    <message>
        <location filename="../src/app/drift/rowbrowser.cpp" line="53"/>
        <source>Rows of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message>
        <location filename="../src/app/drift/rowbrowser.cpp" line="57"/>
        <source>%1 (newest first)</source>
        <translation>%1 (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/rowbrowser.cpp" line="58"/>
        <source>%1: what the triggers recorded (newest first)</source>
        <translation>%1: was die Trigger aufgezeichnet haben (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../src/app/drift/rowbrowser.cpp" line="61"/>
        <source>Reading the rows…</source>
        <translation>Die Zeilen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>sw::app::SqlObjectEditor</name>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="24"/>
        <source>View</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="25"/>
        <source>Materialized view</source>
        <translation>Materialisierte Sicht</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="26"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="27"/>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="28"/>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="29"/>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="30"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="31"/>
        <source>Operator family</source>
        <translation>Operatorfamilie</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="32"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="33"/>
        <source>Cast</source>
        <translation>Typumwandlung</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="34"/>
        <source>Index of a materialized view</source>
        <translation>Index einer materialisierten Sicht</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="56"/>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="58"/>
        <source>Build the design on a throwaway server and ask it whether it accepts this (Ctrl+Return)</source>
        <translation>Den Entwurf auf einem Wegwerf-Server aufbauen und ihn fragen, ob er dies annimmt (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="59"/>
        <source>Ask the database the migrations panel is on whether it accepts this (Ctrl+Return); nothing is changed</source>
        <translation>Die Datenbank des Migrationsbereichs fragen, ob sie dies annimmt (Strg+Eingabe); nichts wird geändert</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="68"/>
        <source>No database is chosen in the migrations panel: Validate builds the design on a throwaway server.</source>
        <translation>Im Migrationsbereich ist keine Datenbank gewählt: Prüfen baut den Entwurf auf einem Wegwerf-Server auf.</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="108"/>
        <source>Validating…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="108"/>
        <source>Building the design on a throwaway server…</source>
        <translation>Entwurf wird auf einem Wegwerf-Server aufgebaut…</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="119"/>
        <source>Cannot validate: %1</source>
        <translation>Prüfen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="121"/>
        <source>The database accepts it (nothing was changed).</source>
        <translation>Die Datenbank nimmt es an (nichts wurde geändert).</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjecteditor.cpp" line="123"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>sw::app::SqlObjectsPanel</name>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="26"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="27"/>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="28"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="29"/>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="30"/>
        <source>Aggregates</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="31"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="32"/>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="33"/>
        <source>Operator families</source>
        <translation>Operatorfamilien</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="34"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="35"/>
        <source>Casts</source>
        <translation>Typumwandlungen</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="36"/>
        <source>Indexes of materialized views</source>
        <translation>Indizes materialisierter Sichten</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="49"/>
        <source>Views, &amp;functions and triggers</source>
        <translation>Sichten, &amp;Funktionen und Trigger</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="53"/>
        <source>Views, functions and triggers</source>
        <translation>Sichten, Funktionen und Trigger</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="57"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="65"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="131"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="132"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/sqlobjects/sqlobjectspanel.cpp" line="143"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>sw::app::TableEditor</name>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="94"/>
        <source>Rename table to %1</source>
        <translation>Tabelle in %1 umbenennen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="97"/>
        <source>Move table to schema %1</source>
        <translation>Tabelle in Schema %1 verschieben</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="104"/>
        <source>Change comment of table</source>
        <translation>Kommentar der Tabelle ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="107"/>
        <source>Partition table by %1</source>
        <translation>Tabelle nach %1 partitionieren</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="175"/>
        <source>Make table no partition</source>
        <translation>Tabelle zu keiner Partition machen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="175"/>
        <source>Make table a partition of %1</source>
        <translation>Tabelle zur Partition von %1 machen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="111"/>
        <source>Change partition bound</source>
        <translation>Partitionsgrenze ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="114"/>
        <source>Make table unlogged</source>
        <translation>Tabelle ungeloggt machen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="114"/>
        <source>Make table logged</source>
        <translation>Tabelle geloggt machen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="121"/>
        <source>Change storage parameters of table</source>
        <translation>Speicherparameter der Tabelle ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="124"/>
        <source>Change comment of primary key</source>
        <translation>Kommentar zum Primärschlüssel ändern</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="128"/>
        <source>Change when the primary key is checked</source>
        <translation>Ändern, wann der Primärschlüssel geprüft wird</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="132"/>
        <source>Write history of table once per statement</source>
        <translation>Historie der Tabelle einmal je Anweisung schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="132"/>
        <source>Write history of table row by row</source>
        <translation>Historie der Tabelle Zeile für Zeile schreiben</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="135"/>
        <source>Set updated_at of table on update</source>
        <translation>updated_at der Tabelle bei Änderungen setzen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="135"/>
        <source>Stop setting updated_at of table</source>
        <translation>updated_at der Tabelle nicht mehr setzen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="138"/>
        <source>Keep history of table</source>
        <translation>Historie der Tabelle führen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="138"/>
        <source>Stop keeping history of table</source>
        <translation>Keine Historie der Tabelle mehr führen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="222"/>
        <source>Use type %1 of the database</source>
        <translation>Typ %1 der Datenbank verwenden</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tableeditor.cpp" line="223"/>
        <source>Take type %1 from the database</source>
        <translation>Typ %1 aus der Datenbank übernehmen</translation>
    </message>
</context>
<context>
    <name>sw::app::TableListModel</name>
    <message numerus="yes">
        <location filename="../src/app/mainwindow/tablelistmodel.cpp" line="62"/>
        <source>%1: %n column(s)</source>
        <translation>
            <numerusform>%1: %n Spalte</numerusform>
            <numerusform>%1: %n Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::app::TablePartModel</name>
    <message>
        <location filename="../src/app/tableeditor/tablepartmodel.cpp" line="157"/>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartmodel.cpp" line="173"/>
        <source>Add %1 %2 to %3</source>
        <translation>%1 %2 zu %3 hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartmodel.cpp" line="184"/>
        <source>Remove %1 %2 from %3</source>
        <translation>%1 %2 aus %3 entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/tableeditor/tablepartmodel.cpp" line="194"/>
        <source>Move %1 %2 in %3</source>
        <translation>%1 %2 in %3 verschieben</translation>
    </message>
</context>
<context>
    <name>sw::app::TypesDialog</name>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="20"/>
        <source>Enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="21"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="22"/>
        <source>Composite</source>
        <translation>Verbundtyp</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="23"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="43"/>
        <source>Removed label</source>
        <translation>Entfernter Wert</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="43"/>
        <source>Rows get</source>
        <translation>Zeilen bekommen</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="50"/>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="50"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="133"/>
        <location filename="../src/app/types/typesdialog.cpp" line="294"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="169"/>
        <source>Labels, in order (a label edited in place is renamed):</source>
        <translation>Werte, in Reihenfolge (ein an Ort und Stelle geänderter Wert wird umbenannt):</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="171"/>
        <source>Label</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="176"/>
        <source>Checks (each names VALUE):</source>
        <translation>Prüfungen (jede nennt VALUE):</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="178"/>
        <location filename="../src/app/types/typesdialog.cpp" line="185"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="178"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="183"/>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="185"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="190"/>
        <source>Options besides the subtype (SUBTYPE_DIFF = function, …):</source>
        <translation>Optionen neben dem Untertyp (SUBTYPE_DIFF = Funktion, …):</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="192"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../src/app/types/typesdialog.cpp" line="362"/>
        <source>Edit types and extensions</source>
        <translation>Typen und Erweiterungen bearbeiten</translation>
    </message>
</context>
</TS>
