#!/usr/bin/python3
"""Fills German translations into translations/schemawright_de.ts from the
table below. Run after `cmake --build build --target schemawright_lupdate`;
strings missing here are listed so nothing ships untranslated unnoticed."""
import sys
import xml.etree.ElementTree as ET

GERMAN = {
    "Schemawright": "Schemawright",
    "Tables": "Tabellen",
    "Migration preview": "Migrationsvorschau",
    "&File": "&Datei",
    "&Open…": "Ö&ffnen…",
    "&Quit": "&Beenden",
    "Design PostgreSQL tables and write their Alembic migrations.":
        "PostgreSQL-Tabellen entwerfen und ihre Alembic-Migrationen schreiben.",
    "Render the main window to a PNG file and quit.": "Das Hauptfenster als PNG-Datei speichern und beenden.",
    "Project file to open (default: the bundled example).":
        "Zu öffnende Projektdatei (Vorgabe: das mitgelieferte Beispiel).",
    "Cannot open project": "Projekt kann nicht geöffnet werden",
    "%1 - Schemawright": "%1 - Schemawright",
    "Open project": "Projekt öffnen",
    "Schemawright projects (*.json)": "Schemawright-Projekte (*.json)",
    "Add table %1": "Tabelle %1 hinzufügen",
    "Remove table %1": "Tabelle %1 entfernen",
    "Filter tables": "Tabellen filtern",
    "New &table": "Neue &Tabelle",
    "Remove": "Entfernen",
    "&Edit": "&Bearbeiten",
    "&New": "&Neu",
    "&Save": "&Speichern",
    "Save &As…": "Speichern &unter…",
    "&Export Migration…": "Migration &exportieren…",
    "Add &Table": "&Tabelle hinzufügen",
    "&Remove Table": "Tabelle &entfernen",
    "# No change since the last export: nothing to migrate.\n": "# Keine Änderung seit dem letzten Export: nichts zu migrieren.\n",
    "# The design has problems to fix before a migration can be written:\n": "# Der Entwurf hat Probleme, die vor dem Schreiben einer Migration zu beheben sind:\n",
    "the migration folder does not exist": "der Migrationsordner existiert nicht",
    "no change since the last export": "keine Änderung seit dem letzten Export",
    "column": "Spalte",
    "Name": "Name",
    "Rename column %1 to %2 in %3": "Spalte %1 in %3 in %2 umbenennen",
    "Type": "Typ",
    "Change type of %1.%2 to %3": "Typ von %1.%2 in %3 ändern",
    "Not null": "Nicht NULL",
    "Make %1.%2 NOT NULL": "%1.%2 NOT NULL machen",
    "Let %1.%2 be NULL": "NULL für %1.%2 erlauben",
    "Default": "Vorgabe",
    "Change default of %1.%2": "Vorgabe von %1.%2 ändern",
    "Primary key": "Primärschlüssel",
    "Add %1.%2 to the primary key": "%1.%2 in den Primärschlüssel aufnehmen",
    "Take %1.%2 out of the primary key": "%1.%2 aus dem Primärschlüssel nehmen",
    "Unique": "Eindeutig",
    "Make %1.%2 unique": "%1.%2 eindeutig machen",
    "Let %1.%2 repeat": "Wiederholungen in %1.%2 erlauben",
    "Fill existing rows": "Bestehende Zeilen füllen",
    "Change fill value of %1.%2": "Füllwert von %1.%2 ändern",
    "Comment": "Kommentar",
    "Change comment of %1.%2": "Kommentar von %1.%2 ändern",
    "index": "Index",
    "Rename index of %1 to %2": "Index von %1 in %2 umbenennen",
    "Columns": "Spalten",
    "Change columns of index %1": "Spalten des Index %1 ändern",
    "Change uniqueness of index %1": "Eindeutigkeit des Index %1 ändern",
    "foreign key": "Fremdschlüssel",
    "Change action of foreign key %1": "Aktion des Fremdschlüssels %1 ändern",
    "Rename foreign key of %1 to %2": "Fremdschlüssel von %1 in %2 umbenennen",
    "Change columns of foreign key %1": "Spalten des Fremdschlüssels %1 ändern",
    "References": "Verweist auf",
    "Point foreign key %1 to %2": "Fremdschlüssel %1 auf %2 verweisen lassen",
    "Referenced columns": "Referenzierte Spalten",
    "Change referenced columns of %1": "Referenzierte Spalten von %1 ändern",
    "On delete": "Beim Löschen",
    "On update": "Beim Ändern",
    "check": "Prüfung",
    "Rename check of %1 to %2": "Prüfung von %1 in %2 umbenennen",
    "Expression": "Ausdruck",
    "Change check %1": "Prüfung %1 ändern",
    "Migration folder": "Migrationsordner",
    "The design has problems: %1": "Der Entwurf hat Probleme: %1",
    "Nothing changed since the last export.": "Seit dem letzten Export hat sich nichts geändert.",
    "The folder does not exist.": "Der Ordner existiert nicht.",
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen",
    "Open &Recent": "&Zuletzt geöffnet",
    "Save project": "Projekt speichern",
    "new_table": "neue_tabelle",
    "Recover unsaved changes?": "Ungespeicherte Änderungen wiederherstellen?",
    "Schemawright was closed without saving %1. Recover the unsaved changes?": "Schemawright wurde beendet, ohne %1 zu speichern. Die ungespeicherten Änderungen wiederherstellen?",
    "Cannot recover": "Wiederherstellen nicht möglich",
    "Cannot save project": "Projekt kann nicht gespeichert werden",
    "Untitled": "Unbenannt",
    "%1[*] - Schemawright": "%1[*] - Schemawright",
    "Wrote %1": "%1 geschrieben",
    "Unsaved changes": "Ungespeicherte Änderungen",
    "Save the changes to %1?": "Änderungen an %1 speichern?",
    "Rename table to %1": "Tabelle in %1 umbenennen",
    "Move table to schema %1": "Tabelle in Schema %1 verschieben",
    "Change comment of table": "Kommentar der Tabelle ändern",
    "Keep history of table": "Historie der Tabelle führen",
    "Stop keeping history of table": "Keine Historie der Tabelle mehr führen",
    "Add %1 %2 to %3": "%1 %2 zu %3 hinzufügen",
    "Remove %1 %2 from %3": "%1 %2 aus %3 entfernen",
    "Move %1 %2 in %3": "%1 %2 in %3 verschieben",
    "&Name": "&Name",
    "&Schema": "&Schema",
    "&Comment": "&Kommentar",
    "Keep &history (history table, trigger function and triggers)": "&Historie führen (Historientabelle, Triggerfunktion und Trigger)",
    "C&olumns": "&Spalten",
    "&Indexes": "&Indizes",
    "&Foreign keys": "&Fremdschlüssel",
    "Chec&ks": "&Prüfungen",
    "&Add": "&Hinzufügen",
    "&Remove": "&Entfernen",
    "Move &up": "Nach &oben",
    "Move do&wn": "Nach &unten",
    "Export migration": "Migration exportieren",
    "&Message": "&Nachricht",
    "&Folder": "&Ordner",
    "&Browse…": "&Durchsuchen…",
    "File": "Datei",
    "add_status_column_to_orders": "add_status_column_to_orders",
}
PLURALS = {
    "%1: %n column(s)": ["%1: %n Spalte", "%1: %n Spalten"],
}

path = sys.argv[1] if len(sys.argv) > 1 else "translations/schemawright_de.ts"
tree = ET.parse(path)
missing = []
for message in tree.iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    if translation.get("type") == "vanished" or translation.get("type") == "obsolete":
        continue
    if message.get("numerus") == "yes" and source in PLURALS:
        for child in list(translation):
            translation.remove(child)
        for form in PLURALS[source]:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    elif source in GERMAN:
        translation.text = GERMAN[source]
        translation.attrib.pop("type", None)
    else:
        missing.append(source)
tree.write(path, encoding="utf-8", xml_declaration=True)
if missing:
    print("untranslated:", *missing, sep="\n  ")
    sys.exit(1)
