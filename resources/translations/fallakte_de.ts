<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>AgendaModel</name>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="35" />
      <source>Follow-up due</source>
      <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="36" />
      <source>Session still a draft</source>
      <translation>Gespräch noch im Entwurf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="37" />
      <source>Plan review due</source>
      <translation>Überprüfung des Plans fällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="38" />
      <source>Residence permit expires</source>
      <translation>Aufenthaltstitel läuft ab</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="39" />
      <source>Support period ends</source>
      <translation>Begleitung endet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="40" />
      <source>Consent revoked</source>
      <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="42" />
      <source>Consent missing</source>
      <translation>Einwilligung fehlt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="91" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="91" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="91" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="91" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>AgreementTab</name>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="200" />
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="202" />
      <source>Signed on</source>
      <translation>Unterschrieben am</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="209" />
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="210" />
      <location filename="../../desktop_app/ui/agreement.py" line="222" />
      <source>Client language</source>
      <translation>Sprache der Klient:in</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="219" />
      <source>Signed by (names, comma-separated)</source>
      <translation>Unterschrieben von (Namen, durch Komma getrennt)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="220" />
      <source>Signed by</source>
      <translation>Unterschrieben von</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="224" />
      <source>German only</source>
      <translation>nur Deutsch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="230" />
      <source>Interpreter present</source>
      <translation>Mit Dolmetschung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="231" />
      <source>Sign new version</source>
      <translation>Neue Fassung unterschreiben</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="240" />
      <source>Print as PDF…</source>
      <translation>Als PDF drucken…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/agreement.py" line="289" />
      <source>Print as PDF</source>
      <translation>Als PDF drucken</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="31" />
      <source>Case number</source>
      <translation>Fallnummer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="32" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="33" />
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="34" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_model.py" line="35" />
      <source>Manager</source>
      <translation>Zuständig</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="50" />
      <source>Search by name, case number or date of birth</source>
      <translation>Suche nach Name, Fallnummer oder Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="51" />
      <source>Search cases</source>
      <translation>Fälle suchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="57" />
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="65" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="66" />
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="71" />
      <source>Manager</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="72" />
      <source>Follow-up due</source>
      <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="74" />
      <source>Support ending</source>
      <translation>Begleitung endet bald</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="96" />
      <source>New case</source>
      <translation>Neuer Fall</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_list.py" line="135" />
      <source>All managers</source>
      <translation>Alle Zuständigen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop_app/ui/case_list.py" line="166" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n Fall</numerusform>
        <numerusform>%n Fälle</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="57" />
      <source>Overview</source>
      <translation>Überblick</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="67" />
      <source>New session (Ctrl+N)</source>
      <translation>Neues Gespräch (Strg+N)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="75" />
      <source>Sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="79" />
      <source>Integration plan</source>
      <translation>Integrationsplan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="82" />
      <source>Follow-ups</source>
      <translation>Wiedervorlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="85" />
      <source>Referrals</source>
      <translation>Vermittlungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="88" />
      <source>Agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="90" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="94" />
      <source>Close case…</source>
      <translation>Fall abschließen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="97" />
      <source>Reopen case</source>
      <translation>Fall wieder öffnen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="104" />
      <source>New session</source>
      <translation>Neues Gespräch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="136" />
      <source>month %1 of 36</source>
      <translation>Monat %1 von 36</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="142" />
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="143" />
      <source>Nationality</source>
      <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="144" />
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="145" />
      <source>Household members</source>
      <translation>Haushaltsmitglieder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="203" />
      <source>Close case</source>
      <translation>Fall abschließen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_view.py" line="203" />
      <source>Reason</source>
      <translation>Grund</translation>
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
    <name>FollowUpList</name>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="98" />
      <source>Follow-ups</source>
      <translation>Wiedervorlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="109" />
      <source>Mark done</source>
      <translation>Als erledigt markieren</translation>
    </message>
  </context>
  <context>
    <name>FollowUpModel</name>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="67" />
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="67" />
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="82" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="82" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="82" />
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/follow_ups.py" line="82" />
      <source>State</source>
      <translation>Stand</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="36" />
      <source>case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="37" />
      <source>person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="38" />
      <source>household</source>
      <translation>Haushalt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="39" />
      <source>session</source>
      <translation>Gespräch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="40" />
      <source>goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="41" />
      <source>step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="42" />
      <source>agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="43" />
      <source>referral</source>
      <translation>Vermittlung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="44" />
      <source>follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="45" />
      <source>consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="46" />
      <source>document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="52" />
      <source>created</source>
      <translation>angelegt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="53" />
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="54" />
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="91" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="91" />
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="91" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="91" />
      <source>Fields</source>
      <translation>Felder</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../desktop_app/ui/history_tab.py" line="104" />
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="81" />
      <source>Fallakte – DEMO with fictional data</source>
      <translation>Fallakte – DEMO mit fiktiven Daten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="81" />
      <source>Fallakte</source>
      <translation>Fallakte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="114" />
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="117" />
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="118" />
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="119" />
      <source>Follow-ups</source>
      <translation>Wiedervorlagen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="120" />
      <source>Offers</source>
      <translation>Angebote</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="121" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="150" />
      <source>DEMO – fictional data only</source>
      <translation>DEMO – nur fiktive Daten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="159" />
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="163" />
      <source>Find case</source>
      <translation>Fall suchen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="186" />
      <source>Wrong passphrase</source>
      <translation>Passphrase falsch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="264" />
      <source>The language changes at the next start.</source>
      <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="341" />
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/main_window.py" line="421" />
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="29" />
      <source>New case</source>
      <translation>Neuer Fall</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="34" />
      <source>DD.MM.YYYY</source>
      <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="36" />
      <source>e.g. SY, AF, UA</source>
      <translation>z. B. SY, AF, UA</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="38" />
      <source>e.g. ar, de</source>
      <translation>z. B. ar, de</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="49" />
      <source>Family name</source>
      <translation>Familienname</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="50" />
      <source>Given names</source>
      <translation>Vorname(n)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="51" />
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="52" />
      <source>Nationality</source>
      <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="53" />
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="54" />
      <source>Start of support</source>
      <translation>Beginn der Begleitung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/case_dialog.py" line="84" />
      <source>Not a date (DD.MM.YYYY)</source>
      <translation>Kein Datum (TT.MM.JJJJ)</translation>
    </message>
  </context>
  <context>
    <name>OffersPage</name>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="170" />
      <location filename="../../desktop_app/ui/referrals.py" line="191" />
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="171" />
      <location filename="../../desktop_app/ui/referrals.py" line="193" />
      <source>Provider</source>
      <translation>Träger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="173" />
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="177" />
      <location filename="../../desktop_app/ui/referrals.py" line="198" />
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="182" />
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="184" />
      <source>Start dates</source>
      <translation>Starttermine</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="200" />
      <source>Languages, e.g. de, ar</source>
      <translation>Sprachen, z. B. de, ar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="201" />
      <source>Add offer</source>
      <translation>Angebot hinzufügen</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <location filename="../../desktop_app/ui/plan_model.py" line="30" />
      <source>Goal / step</source>
      <translation>Ziel / Schritt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_model.py" line="31" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_model.py" line="32" />
      <source>Responsible / target</source>
      <translation>Zuständig / Zielwert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_model.py" line="33" />
      <source>Review / due</source>
      <translation>Überprüfung / fällig</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="46" />
      <source>Integration plan</source>
      <translation>Integrationsplan</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="49" />
      <location filename="../../desktop_app/ui/plan_view.py" line="157" />
      <source>Add goal</source>
      <translation>Ziel hinzufügen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="52" />
      <location filename="../../desktop_app/ui/plan_view.py" line="186" />
      <source>Add step</source>
      <translation>Schritt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="159" />
      <source>Field</source>
      <translation>Handlungsfeld</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="160" />
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="161" />
      <source>Measurable target</source>
      <translation>Messbarer Zielwert</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="162" />
      <source>Review on (DD.MM.YYYY)</source>
      <translation>Überprüfung am (TT.MM.JJJJ)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="169" />
      <location filename="../../desktop_app/ui/plan_view.py" line="197" />
      <source>Not a date (DD.MM.YYYY)</source>
      <translation>Kein Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="188" />
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="189" />
      <source>Responsible</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/plan_view.py" line="190" />
      <source>Due on (DD.MM.YYYY)</source>
      <translation>Fällig am (TT.MM.JJJJ)</translation>
    </message>
  </context>
  <context>
    <name>ReferralTab</name>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="56" />
      <location filename="../../desktop_app/ui/referrals.py" line="65" />
      <source>Target</source>
      <translation>Ziel der Vermittlung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="57" />
      <location filename="../../desktop_app/ui/referrals.py" line="70" />
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="58" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="59" />
      <source>Referred on</source>
      <translation>Vermittelt am</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="60" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="72" />
      <source>Refer</source>
      <translation>Vermitteln</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="80" />
      <source>New status</source>
      <translation>Neuer Status</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="83" />
      <source>Set status</source>
      <translation>Status setzen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/referrals.py" line="113" />
      <source>(no offer)</source>
      <translation>(kein Angebot)</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="88" />
      <source>%1 minutes</source>
      <translation>%1 Minuten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="96" />
      <source>language code, e.g. ar</source>
      <translation>Sprachcode, z. B. ar</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="112" />
      <source>DD.MM.YYYY (creates a follow-up)</source>
      <translation>TT.MM.JJJJ (legt eine Wiedervorlage an)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="125" />
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="126" />
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="127" />
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="128" />
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="129" />
      <source>Interpreter</source>
      <translation>Dolmetschung</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="130" />
      <source>Topics</source>
      <translation>Handlungsfelder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="131" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="132" />
      <source>Agreed next steps</source>
      <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="133" />
      <source>Follow-up on</source>
      <translation>Wiedervorlage am</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="143" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="144" />
      <source>Finalise</source>
      <translation>Abschließen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="146" />
      <source>Amend…</source>
      <translation>Ergänzen…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="148" />
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="219" />
      <source>Final – can only be amended (%1 amendment(s))</source>
      <translation>Abgeschlossen – nur Ergänzungen möglich (%1 Ergänzung(en))</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="221" />
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="266" />
      <source>Not a date</source>
      <translation>Kein Datum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="276" />
      <source>Follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="297" />
      <location filename="../../desktop_app/ui/session_editor.py" line="301" />
      <source>Amend</source>
      <translation>Ergänzen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="297" />
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_editor.py" line="301" />
      <source>Amendment</source>
      <translation>Ergänzung</translation>
    </message>
  </context>
  <context>
    <name>SessionListModel</name>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="25" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="26" />
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="27" />
      <source>Topics</source>
      <translation>Handlungsfelder</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="28" />
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="29" />
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="61" />
      <source>final</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="61" />
      <source>draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/session_model.py" line="63" />
      <source>(amended)</source>
      <translation>(ergänzt)</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="38" />
      <location filename="../../desktop_app/ui/settings_page.py" line="73" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="46" />
      <location filename="../../desktop_app/ui/settings_page.py" line="74" />
      <source>Lock after</source>
      <translation>Sperren nach</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="55" />
      <location filename="../../desktop_app/ui/settings_page.py" line="76" />
      <source>Current passphrase</source>
      <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="56" />
      <location filename="../../desktop_app/ui/settings_page.py" line="77" />
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="57" />
      <location filename="../../desktop_app/ui/settings_page.py" line="78" />
      <source>Repeat new passphrase</source>
      <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="61" />
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="67" />
      <source>Fallakte %1 – licence: %2</source>
      <translation>Fallakte %1 – Lizenz: %2</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="75" />
      <source>Keyring</source>
      <translation>Schlüsselbund</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="81" />
      <source>About</source>
      <translation>Über</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="98" />
      <source>Passphrase only: no secure keyring (%1)</source>
      <translation>Nur Passphrase: kein sicherer Schlüsselbund (%1)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="101" />
      <source>Secure keyring: %1</source>
      <translation>Sicherer Schlüsselbund: %1</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="105" />
      <source>The passphrase needs at least 10 characters.</source>
      <translation>Die Passphrase braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="107" />
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="109" />
      <source>Changing…</source>
      <translation>Wird geändert…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="115" />
      <source>Passphrase changed.</source>
      <translation>Passphrase geändert.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_page.py" line="115" />
      <source>The current passphrase is wrong.</source>
      <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <location filename="../../desktop_app/ui/today.py" line="103" />
      <location filename="../../desktop_app/ui/today.py" line="108" />
      <source>Today</source>
      <translation>Heute</translation>
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
    <name>ValidationMessages</name>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="17" />
      <source>Date of birth is in the future</source>
      <translation>Das Geburtsdatum liegt in der Zukunft</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="18" />
      <source>Date of birth is before 1900</source>
      <translation>Das Geburtsdatum liegt vor 1900</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="19" />
      <source>Family name is missing</source>
      <translation>Familienname fehlt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="20" />
      <source>Given names are missing</source>
      <translation>Vorname(n) fehlen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="21" />
      <source>A session lasts at least 1 minute</source>
      <translation>Ein Gespräch dauert mindestens 1 Minute</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="22" />
      <source>A session cannot last longer than a day</source>
      <translation>Ein Gespräch kann nicht länger als einen Tag dauern</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="23" />
      <source>Date and time are missing</source>
      <translation>Datum und Uhrzeit fehlen</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="24" />
      <source>The follow-up date is before the session</source>
      <translation>Die Wiedervorlage liegt vor dem Gespräch</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="25" />
      <source>Unknown country code</source>
      <translation>Unbekannter Ländercode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="26" />
      <source>Unknown language code</source>
      <translation>Unbekannter Sprachcode</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="27" />
      <source>Unknown topic</source>
      <translation>Unbekanntes Handlungsfeld</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/forms.py" line="28" />
      <source>Start date is missing</source>
      <translation>Beginn fehlt</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="82" />
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