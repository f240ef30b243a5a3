<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>CaseListModel</name>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="30" />
      <source>Case number</source>
      <translation>Fallnummer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="31" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="32" />
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="33" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="34" />
      <source>Manager</source>
      <translation>Zuständig</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="40" />
      <source>Search by name, case number or date of birth</source>
      <translation>Suche nach Name, Fallnummer oder Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="41" />
      <source>Search cases</source>
      <translation>Fälle suchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="46" />
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/case_list.py" line="76" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n Fall</numerusform>
        <numerusform>%n Fälle</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CreateVaultPage</name>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="125" />
      <source>Fallakte keeps your case files encrypted on this laptop. The passphrase protects them if the laptop is lost. Nobody can recover a forgotten passphrase on this laptop: choose one you will remember, at least 10 characters.</source>
      <translation>Fallakte speichert Ihre Fallakten verschlüsselt auf diesem Laptop. Die Passphrase schützt sie, wenn der Laptop verloren geht. Eine vergessene Passphrase kann auf diesem Laptop niemand wiederherstellen: Wählen Sie eine, die Sie sich merken können, mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="131" />
      <location filename="../../desktop_app/ui/unlock.py" line="145" />
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="132" />
      <location filename="../../desktop_app/ui/unlock.py" line="146" />
      <source>Repeat passphrase</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="137" />
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="142" />
      <source>Create vault</source>
      <translation>Tresor anlegen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="150" />
      <source>Strength</source>
      <translation>Stärke</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="166" />
      <source>too short</source>
      <translation>zu kurz</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="166" />
      <source>weak</source>
      <translation>schwach</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="166" />
      <source>good</source>
      <translation>gut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="166" />
      <source>strong</source>
      <translation>stark</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="172" />
      <source>The passphrase needs at least 10 characters.</source>
      <translation>Die Passphrase braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="174" />
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="64" />
      <source>Fallakte – DEMO with fictional data</source>
      <translation>Fallakte – DEMO mit fiktiven Daten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="64" />
      <source>Fallakte</source>
      <translation>Fallakte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="96" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="97" />
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="105" />
      <source>DEMO – fictional data only</source>
      <translation>DEMO – nur fiktive Daten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="114" />
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="118" />
      <source>Find case</source>
      <translation>Fall suchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="141" />
      <source>Wrong passphrase</source>
      <translation>Passphrase falsch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="187" />
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="50" />
      <source>Fallakte is locked</source>
      <translation>Fallakte ist gesperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="52" />
      <location filename="../../desktop_app/ui/unlock.py" line="67" />
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="53" />
      <source>Caps Lock is on</source>
      <translation>Feststelltaste ist aktiv</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="61" />
      <source>Unlocking</source>
      <translation>Wird entsperrt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/unlock.py" line="63" />
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="77" />
      <source>Demo vault with fictional data – passphrase: %1</source>
      <translation>Demo-Tresor mit fiktiven Daten – Passphrase: %1</translation>
    </message>
  </context>
  <context>
    <name>codes</name>
    <message>
      <source>individual</source>
      <translation>Einzelberatung</translation>
    </message>
    <message>
      <source>family</source>
      <translation>Familienberatung</translation>
    </message>
    <message>
      <source>home visit</source>
      <translation>Hausbesuch</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>video</source>
      <translation>Video</translation>
    </message>
    <message>
      <source>group</source>
      <translation>Gruppenangebot</translation>
    </message>
    <message>
      <source>accompaniment</source>
      <translation>Begleitung</translation>
    </message>
    <message>
      <source>language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>work</source>
      <translation>Arbeit</translation>
    </message>
    <message>
      <source>training</source>
      <translation>Ausbildung</translation>
    </message>
    <message>
      <source>school childcare</source>
      <translation>Schule und Kita</translation>
    </message>
    <message>
      <source>housing</source>
      <translation>Wohnen</translation>
    </message>
    <message>
      <source>health</source>
      <translation>Gesundheit</translation>
    </message>
    <message>
      <source>finances benefits</source>
      <translation>Finanzen und Leistungen</translation>
    </message>
    <message>
      <source>residence authorities</source>
      <translation>Aufenthalt und Behörden</translation>
    </message>
    <message>
      <source>participation</source>
      <translation>Gesellschaftliche Teilhabe und Ehrenamt</translation>
    </message>
    <message>
      <source>other</source>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>ruhend</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>in Arbeit</translation>
    </message>
    <message>
      <source>reached</source>
      <translation>erreicht</translation>
    </message>
    <message>
      <source>partly reached</source>
      <translation>teilweise erreicht</translation>
    </message>
    <message>
      <source>not reached</source>
      <translation>nicht erreicht</translation>
    </message>
    <message>
      <source>dropped</source>
      <translation>entfallen</translation>
    </message>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <source>manager</source>
      <translation>IM</translation>
    </message>
    <message>
      <source>third party</source>
      <translation>Dritte</translation>
    </message>
    <message>
      <source>referred</source>
      <translation>vermittelt</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>angenommen</translation>
    </message>
    <message>
      <source>started</source>
      <translation>begonnen</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>aborted</source>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>integration course</source>
      <translation>Integrationskurs</translation>
    </message>
    <message>
      <source>language course dff</source>
      <translation>Sprachkurs „Deutsch für Flüchtlinge“</translation>
    </message>
    <message>
      <source>jobcenter</source>
      <translation>Jobcenter</translation>
    </message>
    <message>
      <source>employment agency</source>
      <translation>Agentur für Arbeit</translation>
    </message>
    <message>
      <source>recognition counselling</source>
      <translation>Anerkennungsberatung</translation>
    </message>
    <message>
      <source>migration counselling</source>
      <translation>Migrationsberatung (MBE/JMD)</translation>
    </message>
    <message>
      <source>school social work</source>
      <translation>Schulsozialarbeit</translation>
    </message>
    <message>
      <source>volunteering</source>
      <translation>Ehrenamt</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>course</source>
      <translation>Kurs/Maßnahme</translation>
    </message>
    <message>
      <source>minijob</source>
      <translation>Minijob</translation>
    </message>
    <message>
      <source>part time</source>
      <translation>Teilzeit</translation>
    </message>
    <message>
      <source>full time</source>
      <translation>Vollzeit</translation>
    </message>
    <message>
      <source>self employed</source>
      <translation>selbstständig</translation>
    </message>
    <message>
      <source>sgb2</source>
      <translation>SGB II (Bürgergeld)</translation>
    </message>
    <message>
      <source>asylblg</source>
      <translation>AsylbLG</translation>
    </message>
    <message>
      <source>sgb12</source>
      <translation>SGB XII</translation>
    </message>
    <message>
      <source>A1</source>
      <translation>A1</translation>
    </message>
    <message>
      <source>A2</source>
      <translation>A2</translation>
    </message>
    <message>
      <source>B1</source>
      <translation>B1</translation>
    </message>
    <message>
      <source>B2</source>
      <translation>B2</translation>
    </message>
    <message>
      <source>C1</source>
      <translation>C1</translation>
    </message>
    <message>
      <source>C2</source>
      <translation>C2</translation>
    </message>
    <message>
      <source>female</source>
      <translation>weiblich</translation>
    </message>
    <message>
      <source>male</source>
      <translation>männlich</translation>
    </message>
    <message>
      <source>diverse</source>
      <translation>divers</translation>
    </message>
    <message>
      <source>unspecified</source>
      <translation>keine Angabe</translation>
    </message>
    <message>
      <source>self</source>
      <translation>Hauptperson</translation>
    </message>
    <message>
      <source>spouse</source>
      <translation>Ehepartner:in</translation>
    </message>
    <message>
      <source>child</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>parent</source>
      <translation>Elternteil</translation>
    </message>
    <message>
      <source>sibling</source>
      <translation>Geschwister</translation>
    </message>
    <message>
      <source>gestattung</source>
      <translation>Aufenthaltsgestattung</translation>
    </message>
    <message>
      <source>duldung</source>
      <translation>Duldung</translation>
    </message>
    <message>
      <source>aufenthaltserlaubnis</source>
      <translation>Aufenthaltserlaubnis</translation>
    </message>
    <message>
      <source>niederlassungserlaubnis</source>
      <translation>Niederlassungserlaubnis</translation>
    </message>
    <message>
      <source>temporary protection 24</source>
      <translation>Vorübergehender Schutz (§ 24 AufenthG)</translation>
    </message>
    <message>
      <source>eu citizen</source>
      <translation>EU-Bürger:in</translation>
    </message>
    <message>
      <source>german</source>
      <translation>deutsche Staatsangehörigkeit</translation>
    </message>
    <message>
      <source>follow up housing</source>
      <translation>Anschlussunterbringung</translation>
    </message>
    <message>
      <source>private flat</source>
      <translation>eigene Wohnung</translation>
    </message>
    <message>
      <source>recognised</source>
      <translation>anerkannt</translation>
    </message>
    <message>
      <source>partly</source>
      <translation>teilweise anerkannt</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <source>goals reached</source>
      <translation>Ziele erreicht</translation>
    </message>
    <message>
      <source>moved away</source>
      <translation>weggezogen</translation>
    </message>
    <message>
      <source>no longer needed</source>
      <translation>kein Bedarf mehr</translation>
    </message>
    <message>
      <source>client ended</source>
      <translation>von Klient:in beendet</translation>
    </message>
    <message>
      <source>max duration</source>
      <translation>Höchstdauer erreicht</translation>
    </message>
  </context>
</TS>