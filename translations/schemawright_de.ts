<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9" />
        <source>Schemawright</source>
        <translation>Schemawright</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="20" />
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="31" />
        <source>Migration preview</source>
        <translation>Migrationsvorschau</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="41" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="52" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="57" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="44" />
        <source>Design PostgreSQL tables and write their Alembic migrations.</source>
        <translation>PostgreSQL-Tabellen entwerfen und ihre Alembic-Migrationen schreiben.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="48" />
        <source>Render the main window to a PNG file and quit.</source>
        <translation>Das Hauptfenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="51" />
        <source>Project file to open (default: the bundled example).</source>
        <translation>Zu öffnende Projektdatei (Vorgabe: das mitgelieferte Beispiel).</translation>
    </message>
</context>
<context>
    <name>sw::app::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="27" />
        <source>Schemawright</source>
        <translation>Schemawright</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="38" />
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="45" />
        <source>%1 - Schemawright</source>
        <translation>%1 - Schemawright</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="57" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="58" />
        <source>Schemawright projects (*.json)</source>
        <translation>Schemawright-Projekte (*.json)</translation>
    </message>
</context>
<context>
    <name>sw::app::TableListModel</name>
    <message numerus="yes">
        <location filename="../src/app/tablelistmodel.cpp" line="26" />
        <source>%1: %n column(s)</source>
        <translation>
            <numerusform>%1: %n Spalte</numerusform><numerusform>%1: %n Spalten</numerusform></translation>
    </message>
</context>
</TS>