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
