<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>AccessibilityGuard</name>
    <message>
      <source>Clear text</source>
      <translation>Text löschen</translation>
    </message>
  </context>
  <context>
    <name>AccountPrompts</name>
    <message>
      <source>New device signed in: %1 (%2), %3</source>
      <translation>Neues Gerät angemeldet: %1 (%2), %3</translation>
    </message>
    <message>
      <source>If this was not you, revoke the device now and change your passphrase.</source>
      <translation>Wenn Sie das nicht waren, sperren Sie das Gerät jetzt und ändern Sie Ihre Passphrase.</translation>
    </message>
    <message>
      <source>If you do not expect this device, ask IT to revoke it.</source>
      <translation>Wenn Sie dieses Gerät nicht erwarten, bitten Sie die IT, es zu sperren.</translation>
    </message>
    <message>
      <source>New device</source>
      <translation>Neues Gerät</translation>
    </message>
    <message>
      <source>Revoke device</source>
      <translation>Gerät sperren</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>gesperrt</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>Device %1 revoked: it wipes itself when it next connects.</source>
      <translation>Gerät %1 gesperrt: Es löscht seine Daten, sobald es sich das nächste Mal verbindet.</translation>
    </message>
    <message>
      <source>Signed in again.</source>
      <translation>Wieder angemeldet.</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>Handed over to you</source>
      <translation>Ihnen übergeben</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Überfällig</translation>
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
      <source>Later</source>
      <translation>Später</translation>
    </message>
    <message>
      <source>Follow-up due</source>
      <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
      <source>Session still a draft</source>
      <translation>Gespräch noch im Entwurf</translation>
    </message>
    <message>
      <source>Plan review due</source>
      <translation>Überprüfung des Plans fällig</translation>
    </message>
    <message>
      <source>Plan reviews long overdue</source>
      <translation>Planüberprüfungen lange überfällig</translation>
    </message>
    <message>
      <source>Residence permit expires</source>
      <translation>Aufenthaltstitel läuft ab</translation>
    </message>
    <message>
      <source>Support period ends</source>
      <translation>Begleitung endet</translation>
    </message>
    <message>
      <source>Taken over</source>
      <translation>Übernommen</translation>
    </message>
    <message>
      <source>Consent revoked</source>
      <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
      <source>Consent missing</source>
      <translation>Einwilligung fehlt</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%n day(s) overdue)</source>
      <translation>
        <numerusform>%1 (seit %n Tag überfällig)</numerusform>
        <numerusform>%1 (seit %n Tagen überfällig)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n review(s) overdue for more than 90 days</source>
      <translation>
        <numerusform>%n Überprüfung seit über 90 Tagen überfällig</numerusform>
        <numerusform>%n Überprüfungen seit über 90 Tagen überfällig</numerusform>
      </translation>
    </message>
    <message>
      <source>from %1</source>
      <translation>von %1</translation>
    </message>
  </context>
  <context>
    <name>AgreementTab</name>
    <message>
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Unterschrieben am</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Unterschrieben von</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Signed agreements</source>
      <translation>Unterschriebene Vereinbarungen</translation>
    </message>
    <message>
      <source>No signed agreement yet. Print the draft, then record the signature.</source>
      <translation>Noch keine unterschriebene Vereinbarung. Drucken Sie den Entwurf und erfassen Sie dann die Unterschrift.</translation>
    </message>
    <message>
      <source>German only</source>
      <translation>nur Deutsch</translation>
    </message>
    <message>
      <source>Set by your IT department.</source>
      <translation>Von Ihrer IT festgelegt.</translation>
    </message>
    <message>
      <source>Phone, e-mail</source>
      <translation>Telefon, E-Mail</translation>
    </message>
    <message>
      <source>Language of the agreement</source>
      <translation>Sprache der Vereinbarung</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Träger</translation>
    </message>
    <message>
      <source>Your contact</source>
      <translation>Ihr Kontakt</translation>
    </message>
    <message>
      <source>Print draft…</source>
      <translation>Entwurf drucken…</translation>
    </message>
    <message>
      <source>Record signature…</source>
      <translation>Unterschrift erfassen…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Drucken…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Als PDF speichern…</translation>
    </message>
    <message>
      <source>client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <source>counsellor</source>
      <translation>Berater:in</translation>
    </message>
    <message>
      <source>interpreter</source>
      <translation>Dolmetscher:in</translation>
    </message>
    <message>
      <source>Draft agreement %1</source>
      <translation>Entwurf Vereinbarung %1</translation>
    </message>
    <message>
      <source>Draft printed. Record the signature once it is signed.</source>
      <translation>Entwurf gedruckt. Erfassen Sie die Unterschrift, sobald unterschrieben ist.</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
      <source>Agreement %1 recorded as signed.</source>
      <translation>Vereinbarung %1 als unterschrieben erfasst.</translation>
    </message>
    <message>
      <source>Choose a signed agreement first.</source>
      <translation>Bitte zuerst eine unterschriebene Vereinbarung auswählen.</translation>
    </message>
    <message>
      <source>Saved unencrypted as %1.</source>
      <translation>Unverschlüsselt gespeichert als %1.</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <source>Case file opened</source>
      <translation>Fallakte geöffnet</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Exportiert</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Gedruckt</translation>
    </message>
    <message>
      <source>Saved as PDF</source>
      <translation>Als PDF gespeichert</translation>
    </message>
    <message>
      <source>Report exported</source>
      <translation>Bericht exportiert</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Zuständigkeit übertragen</translation>
    </message>
    <message>
      <source>Case reopened</source>
      <translation>Fall wieder geöffnet</translation>
    </message>
    <message>
      <source>Case deleted</source>
      <translation>Fall gelöscht</translation>
    </message>
    <message>
      <source>Failed unlocks</source>
      <translation>Fehlgeschlagene Entsperrversuche</translation>
    </message>
    <message>
      <source>document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <source>format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>mode</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>from</source>
      <translation>von</translation>
    </message>
    <message>
      <source>to</source>
      <translation>bis</translation>
    </message>
    <message>
      <source>scope</source>
      <translation>Umfang</translation>
    </message>
    <message>
      <source>closed on</source>
      <translation>abgeschlossen am</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <source>No events logged yet.</source>
      <translation>Noch keine Ereignisse protokolliert.</translation>
    </message>
    <message>
      <source>The team's events, pulled at each sync.</source>
      <translation>Die Ereignisse des Teams, bei jeder Synchronisierung abgerufen.</translation>
    </message>
    <message>
      <source>Your own events on this laptop. Team leads see the team's.</source>
      <translation>Ihre eigenen Ereignisse auf diesem Laptop. Teamleitungen sehen die des Teams.</translation>
    </message>
    <message>
      <source>All cases</source>
      <translation>Alle Fälle</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Alle Personen</translation>
    </message>
  </context>
  <context>
    <name>BenefitsSection</name>
    <message>
      <source>Benefits</source>
      <translation>Leistungsbezug</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <source>Earlier: %1</source>
      <translation>Früher: %1</translation>
    </message>
  </context>
  <context>
    <name>BusyIndicator</name>
    <message>
      <source>Working</source>
      <translation>In Arbeit</translation>
    </message>
  </context>
  <context>
    <name>CaseAuskunft</name>
    <message>
      <source>Create copy for the client (Art. 15)…</source>
      <translation>Auskunft erstellen…</translation>
    </message>
    <message>
      <source>The copy could not be made: %1</source>
      <translation>Die Auskunft konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
      <source>Copy for the client (Art. 15 GDPR)</source>
      <translation>Auskunft nach Art. 15 DSGVO</translation>
    </message>
    <message>
      <source>The copy lists everything stored about %1 in this case: master data, household, sessions with their notes, plan, agreements, referrals, consents, documents (by name) and the history of changes. Print it to hand it over.</source>
      <translation>Die Auskunft enthält alles, was in diesem Fall über %1 gespeichert ist: Stammdaten, Haushalt, Beratungen mit ihren Notizen, Plan, Vereinbarungen, Vermittlungen, Einwilligungen, Dokumente (mit Namen) und den Verlauf der Änderungen. Drucken Sie sie aus, um sie zu übergeben.</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Drucken…</translation>
    </message>
    <message>
      <source>Save as file…</source>
      <translation>Als Datei speichern…</translation>
    </message>
    <message>
      <source>The copy went to the printer.</source>
      <translation>Die Auskunft wurde an den Drucker geschickt.</translation>
    </message>
    <message>
      <source>Saved unencrypted as %1.</source>
      <translation>Unverschlüsselt gespeichert als %1.</translation>
    </message>
  </context>
  <context>
    <name>CaseHandover</name>
    <message>
      <source>Hand over case…</source>
      <translation>Zuständigkeit übertragen…</translation>
    </message>
    <message>
      <source>A closed case cannot be handed over.</source>
      <translation>Ein abgeschlossener Fall kann nicht übertragen werden.</translation>
    </message>
    <message>
      <source>Choose the new manager.</source>
      <translation>Bitte die neue zuständige Person wählen.</translation>
    </message>
    <message>
      <source>The case is already managed by this person.</source>
      <translation>Der Fall liegt bereits bei dieser Person.</translation>
    </message>
    <message>
      <source>The date cannot lie in the future.</source>
      <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>The date lies before the current manager took the case.</source>
      <translation>Das Datum liegt vor dem Beginn der bisherigen Zuständigkeit.</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
  </context>
  <context>
    <name>CaseHeader</name>
    <message>
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <source>Actions on this case</source>
      <translation>Aktionen für diesen Fall</translation>
    </message>
    <message>
      <source>Close case…</source>
      <translation>Fall abschließen…</translation>
    </message>
    <message>
      <source>Reopen case</source>
      <translation>Fall wieder öffnen</translation>
    </message>
    <message>
      <source>month %1 of %2</source>
      <translation>Monat %1 von %2</translation>
    </message>
    <message>
      <source>The retention period of this case ended on %1. It cannot be reopened; the team lead deletes it.</source>
      <translation>Die Aufbewahrungsfrist dieses Falls endete am %1. Er kann nicht wieder geöffnet werden; die Teamleitung löscht ihn.</translation>
    </message>
  </context>
  <context>
    <name>CaseListModel</name>
    <message>
      <source>Case number</source>
      <translation>Fallnummer</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Zuständig</translation>
    </message>
  </context>
  <context>
    <name>CaseListPage</name>
    <message>
      <source>Search by name, case number or date of birth</source>
      <translation>Suche nach Name, Fallnummer oder Geburtsdatum</translation>
    </message>
    <message>
      <source>Search cases</source>
      <translation>Fälle suchen</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <source>Follow-up due</source>
      <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
      <source>Support ending</source>
      <translation>Begleitung endet bald</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Neuer Fall</translation>
    </message>
    <message>
      <source>All managers</source>
      <translation>Alle Zuständigen</translation>
    </message>
    <message>
      <source>No case matches the search or the filters.</source>
      <translation>Kein Fall passt zur Suche oder zu den Filtern.</translation>
    </message>
    <message>
      <source>No cases yet. Create the first case.</source>
      <translation>Noch keine Fälle. Legen Sie den ersten Fall an.</translation>
    </message>
    <message numerus="yes">
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n Fall</numerusform>
        <numerusform>%n Fälle</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CasePause</name>
    <message>
      <source>Set to resting…</source>
      <translation>Ruhend setzen…</translation>
    </message>
    <message>
      <source>Resume…</source>
      <translation>Wieder aufnehmen…</translation>
    </message>
    <message>
      <source>Extend (4th year)…</source>
      <translation>Verlängern (4. Jahr)…</translation>
    </message>
    <message>
      <source>Already extended on %1.</source>
      <translation>Bereits verlängert am %1.</translation>
    </message>
    <message>
      <source>Possible from %1 (the last %2 months of the third year).</source>
      <translation>Möglich ab %1 (in den letzten %2 Monaten des dritten Jahres).</translation>
    </message>
    <message>
      <source>Only possible until %1, the end of the third year.</source>
      <translation>Nur bis %1 möglich, dem Ende des dritten Jahres.</translation>
    </message>
    <message>
      <source>Extend support into a fourth year</source>
      <translation>Begleitung um ein viertes Jahr verlängern</translation>
    </message>
    <message>
      <source>Set case to resting</source>
      <translation>Fall ruhend setzen</translation>
    </message>
    <message>
      <source>Resting from</source>
      <translation>Ruhend ab</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Planned resumption</source>
      <translation>Geplante Wiederaufnahme</translation>
    </message>
    <message>
      <source>Check resumption</source>
      <translation>Wiederaufnahme prüfen</translation>
    </message>
    <message>
      <source>Resume case</source>
      <translation>Fall wieder aufnehmen</translation>
    </message>
    <message>
      <source>Resumed on</source>
      <translation>Wieder aufgenommen am</translation>
    </message>
    <message>
      <source>Extend into a fourth year</source>
      <translation>Um ein viertes Jahr verlängern</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <source>Please give a reason.</source>
      <translation>Bitte einen Grund angeben.</translation>
    </message>
    <message>
      <source>The case was already extended; a fourth year is granted once.</source>
      <translation>Der Fall wurde bereits verlängert; ein viertes Jahr gibt es nur einmal.</translation>
    </message>
    <message>
      <source>An extension is only possible in the last %1 months of the third year.</source>
      <translation>Eine Verlängerung ist nur in den letzten %1 Monaten des dritten Jahres möglich.</translation>
    </message>
    <message>
      <source>The case is closed.</source>
      <translation>Der Fall ist abgeschlossen.</translation>
    </message>
    <message>
      <source>The case is already resting.</source>
      <translation>Der Fall ruht bereits.</translation>
    </message>
    <message>
      <source>The case is not resting.</source>
      <translation>Der Fall ruht nicht.</translation>
    </message>
    <message>
      <source>The date lies before the start of support.</source>
      <translation>Das Datum liegt vor dem Beginn der Begleitung.</translation>
    </message>
    <message>
      <source>The date lies before the end of the last pause.</source>
      <translation>Das Datum liegt vor dem Ende der letzten Ruhezeit.</translation>
    </message>
    <message>
      <source>The date lies before the start of the pause.</source>
      <translation>Das Datum liegt vor dem Beginn der Ruhezeit.</translation>
    </message>
    <message>
      <source>The planned resumption lies before the pause.</source>
      <translation>Die geplante Wiederaufnahme liegt vor der Ruhezeit.</translation>
    </message>
    <message>
      <source>The case has no start of support.</source>
      <translation>Der Fall hat keinen Beginn der Begleitung.</translation>
    </message>
    <message>
      <source>Not saved: %1</source>
      <translation>Nicht gespeichert: %1</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <source>Overview</source>
      <translation>Überblick</translation>
    </message>
    <message>
      <source>New session (Ctrl+N)</source>
      <translation>Neues Gespräch (Strg+N)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <source>No sessions yet.</source>
      <translation>Noch keine Beratungen.</translation>
    </message>
    <message>
      <source>Document the first session</source>
      <translation>Erstes Gespräch dokumentieren</translation>
    </message>
    <message>
      <source>Integration plan</source>
      <translation>Integrationsplan</translation>
    </message>
    <message>
      <source>Follow-ups</source>
      <translation>Wiedervorlagen</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Vermittlungen</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchronisierung</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Neues Gespräch</translation>
    </message>
  </context>
  <context>
    <name>ClosingDialog</name>
    <message>
      <source>Close case</source>
      <translation>Fall abschließen</translation>
    </message>
    <message>
      <source>Choose a reason…</source>
      <translation>Grund wählen…</translation>
    </message>
    <message>
      <source>No hand-over</source>
      <translation>Keine Übergabe</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Abgeschlossen am</translation>
    </message>
    <message>
      <source>Closing reason</source>
      <translation>Abschlussgrund</translation>
    </message>
    <message>
      <source>Handed over to</source>
      <translation>Übergeben an</translation>
    </message>
    <message>
      <source>Open items</source>
      <translation>Offene Punkte</translation>
    </message>
    <message>
      <source>Close each open item or carry it over: it then stays open and the closing notes it.</source>
      <translation>Schließen Sie jeden offenen Punkt ab oder übernehmen Sie ihn: Er bleibt dann offen und der Abschluss vermerkt ihn.</translation>
    </message>
    <message>
      <source>No open goals, follow-ups or referrals.</source>
      <translation>Keine offenen Ziele, Wiedervorlagen oder Vermittlungen.</translation>
    </message>
  </context>
  <context>
    <name>ClosingWords</name>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Vermittlung</translation>
    </message>
    <message>
      <source>Carry over (stays open)</source>
      <translation>Übernehmen (bleibt offen)</translation>
    </message>
    <message>
      <source>Close: done</source>
      <translation>Abschließen: erledigt</translation>
    </message>
    <message>
      <source>Close: %1</source>
      <translation>Abschließen: %1</translation>
    </message>
    <message>
      <source>Enter the day of closing.</source>
      <translation>Geben Sie den Tag des Abschlusses an.</translation>
    </message>
    <message>
      <source>The day of closing cannot be before the start of support.</source>
      <translation>Der Tag des Abschlusses kann nicht vor dem Beginn der Begleitung liegen.</translation>
    </message>
    <message>
      <source>The day of closing cannot be in the future.</source>
      <translation>Der Tag des Abschlusses kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>Choose a closing reason.</source>
      <translation>Wählen Sie einen Abschlussgrund.</translation>
    </message>
    <message>
      <source>Choose a hand-over target from the list.</source>
      <translation>Wählen Sie das Übergabeziel aus der Liste.</translation>
    </message>
  </context>
  <context>
    <name>ConflictBanner</name>
    <message>
      <source>Resolve conflicts…</source>
      <translation>Konflikte lösen…</translation>
    </message>
    <message>
      <source>Sync conflict: %1 record(s) of this case were changed here and elsewhere.</source>
      <translation>Synchronisierungskonflikt: %1 Eintrag/Einträge dieses Falls wurden hier und anderswo geändert.</translation>
    </message>
  </context>
  <context>
    <name>ConflictList</name>
    <message>
      <source>Two people changed the same field before their laptops synced. Choose per field which value stays, or combine both; nothing is lost until you resolve.</source>
      <translation>Zwei Personen haben dasselbe Feld geändert, bevor ihre Laptops synchronisiert haben. Wählen Sie je Feld, welcher Wert bleibt, oder kombinieren Sie beide; bis Sie den Konflikt lösen, geht nichts verloren.</translation>
    </message>
    <message>
      <source>No conflicts: everything is in step with the server.</source>
      <translation>Keine Konflikte: alles ist mit dem Server abgeglichen.</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Haushalt</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Beratung</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Vermittlung</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <source>Connect to server</source>
      <translation>Mit Server verbinden</translation>
    </message>
    <message>
      <source>Enrollment code from IT</source>
      <translation>Einladungscode von der IT</translation>
    </message>
    <message>
      <source>Sign in on another laptop</source>
      <translation>Anmeldung auf einem weiteren Laptop</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Serveradresse</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <source>Enrollment code</source>
      <translation>Einladungscode</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Wie</translation>
    </message>
    <message>
      <source>Connecting</source>
      <translation>Verbinde</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>Verbinden</translation>
    </message>
    <message>
      <source>Connect this vault to your team's server. Its case files are then uploaded into the team, encrypted; the server cannot read them. The vault's passphrase becomes your account's passphrase.</source>
      <translation>Verbinden Sie diesen Tresor mit dem Server Ihres Teams. Seine Fallakten werden dann verschlüsselt ins Team hochgeladen; der Server kann sie nicht lesen. Die Passphrase des Tresors wird die Passphrase Ihres Kontos.</translation>
    </message>
    <message>
      <source>Connect this laptop to your team's server. With the enrollment code from IT you choose your passphrase now; on a second laptop you only need user name and passphrase.</source>
      <translation>Verbinden Sie diesen Laptop mit dem Server Ihres Teams. Mit dem Einladungscode der IT wählen Sie jetzt Ihre Passphrase; auf einem weiteren Laptop brauchen Sie nur Benutzername und Passphrase.</translation>
    </message>
    <message>
      <source>Passphrase of this vault</source>
      <translation>Passphrase dieses Tresors</translation>
    </message>
    <message>
      <source>The server address starts with https://</source>
      <translation>Die Serveradresse beginnt mit https://</translation>
    </message>
    <message>
      <source>Enter your user name.</source>
      <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
      <source>Enter the enrollment code from IT.</source>
      <translation>Geben Sie den Einladungscode der IT ein.</translation>
    </message>
    <message>
      <source>Enter the passphrase.</source>
      <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
      <source>The passphrase needs at least 10 characters.</source>
      <translation>Die Passphrase braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
  </context>
  <context>
    <name>ConsentEditor</name>
    <message>
      <source>Selected consent</source>
      <translation>Gewählte Einwilligung</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Erteilt am</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Umfang</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <source>Revoked on</source>
      <translation>Widerrufen am</translation>
    </message>
  </context>
  <context>
    <name>ConsentSection</name>
    <message>
      <source>Consents</source>
      <translation>Einwilligungen</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Erteilt am</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Umfang</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <source>Revoked on</source>
      <translation>Widerrufen am</translation>
    </message>
    <message>
      <source>Valid today</source>
      <translation>Heute gültig</translation>
    </message>
    <message>
      <source>Consents of</source>
      <translation>Einwilligungen von</translation>
    </message>
    <message>
      <source>Record consent</source>
      <translation>Einwilligung erfassen</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Widerrufen…</translation>
    </message>
    <message>
      <source>Print release…</source>
      <translation>Schweigepflichtentbindung drucken…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Als PDF speichern…</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>gültig</translation>
    </message>
    <message>
      <source>not valid</source>
      <translation>nicht gültig</translation>
    </message>
    <message>
      <source>Release from confidentiality</source>
      <translation>Schweigepflichtentbindung</translation>
    </message>
    <message>
      <source>No valid consent: counselling without a valid consent is flagged.</source>
      <translation>Keine gültige Einwilligung: Beratung ohne gültige Einwilligung wird markiert.</translation>
    </message>
  </context>
  <context>
    <name>ConsentWarning</name>
    <message>
      <source>Record consent…</source>
      <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
      <source>Print release from confidentiality…</source>
      <translation>Schweigepflichtentbindung drucken…</translation>
    </message>
    <message>
      <source>Referral: %1</source>
      <translation>Vermittlung: %1</translation>
    </message>
    <message>
      <source>No valid consent of this person covers “%1”: before passing on any data, record a consent or print a release from confidentiality for signature.</source>
      <translation>Keine gültige Einwilligung dieser Person deckt „%1“ ab: Bevor Daten weitergegeben werden, eine Einwilligung erfassen oder eine Schweigepflichtentbindung zur Unterschrift drucken.</translation>
    </message>
  </context>
  <context>
    <name>CorrectionMessages</name>
    <message>
      <source>The text is missing</source>
      <translation>Der Text fehlt</translation>
    </message>
    <message>
      <source>The title is missing</source>
      <translation>Der Titel fehlt</translation>
    </message>
    <message>
      <source>The due date is missing</source>
      <translation>Das Fälligkeitsdatum fehlt</translation>
    </message>
    <message>
      <source>The due date is in the past</source>
      <translation>Das Fälligkeitsdatum liegt in der Vergangenheit</translation>
    </message>
    <message>
      <source>Not a date (DD.MM.YYYY)</source>
      <translation>Kein Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
      <source>A goal needs a field</source>
      <translation>Ein Ziel braucht ein Handlungsfeld</translation>
    </message>
    <message>
      <source>The review date is before the goal was set</source>
      <translation>Die Überprüfung liegt vor dem Tag, an dem das Ziel gesetzt wurde</translation>
    </message>
    <message>
      <source>The due date is before the plan began</source>
      <translation>Das Fälligkeitsdatum liegt vor dem Beginn des Plans</translation>
    </message>
    <message>
      <source>A revocation cannot lie in the future</source>
      <translation>Ein Widerruf kann nicht in der Zukunft liegen</translation>
    </message>
    <message>
      <source>Revoked before it was given</source>
      <translation>Widerrufen, bevor sie erteilt wurde</translation>
    </message>
    <message>
      <source>The revocation date is missing</source>
      <translation>Das Datum des Widerrufs fehlt</translation>
    </message>
    <message>
      <source>Please choose a status</source>
      <translation>Bitte einen Status wählen</translation>
    </message>
    <message>
      <source>Please choose a field</source>
      <translation>Bitte ein Handlungsfeld wählen</translation>
    </message>
    <message>
      <source>Please choose a target</source>
      <translation>Bitte ein Ziel der Vermittlung wählen</translation>
    </message>
    <message>
      <source>Please choose a category</source>
      <translation>Bitte eine Kategorie wählen</translation>
    </message>
    <message>
      <source>Please choose who is responsible</source>
      <translation>Bitte wählen, wer zuständig ist</translation>
    </message>
  </context>
  <context>
    <name>CreateVaultPage</name>
    <message>
      <source>Fallakte keeps your case files encrypted on this laptop. The passphrase protects them if the laptop is lost. Nobody can recover a forgotten passphrase on this laptop: choose one you will remember, at least 10 characters.</source>
      <translation>Fallakte speichert Ihre Fallakten verschlüsselt auf diesem Laptop. Die Passphrase schützt sie, wenn der Laptop verloren geht. Eine vergessene Passphrase kann auf diesem Laptop niemand wiederherstellen: Wählen Sie eine, die Sie sich merken können, mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <source>Repeat passphrase</source>
      <translation>Passphrase wiederholen</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Stärke der Passphrase</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Tresor anlegen</translation>
    </message>
    <message>
      <source>Connect to server…</source>
      <translation>Mit Server verbinden…</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Stärke</translation>
    </message>
    <message>
      <source>too short</source>
      <translation>zu kurz</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>schwach</translation>
    </message>
    <message>
      <source>good</source>
      <translation>gut</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>stark</translation>
    </message>
    <message>
      <source>The passphrase needs at least 10 characters.</source>
      <translation>Die Passphrase braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <source>Choose a document to view it here.</source>
      <translation>Wählen Sie ein Dokument, um es hier anzusehen.</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Bild</translation>
    </message>
    <message>
      <source>PDF document</source>
      <translation>PDF-Dokument</translation>
    </message>
    <message>
      <source>“%1” cannot be shown here. Use “Save as…” to open a copy.</source>
      <translation>„%1“ kann hier nicht angezeigt werden. Mit „Speichern unter…“ können Sie eine Kopie öffnen.</translation>
    </message>
    <message>
      <source>“%1” is not a readable PDF.</source>
      <translation>„%1“ ist kein lesbares PDF.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Added on</source>
      <translation>Hinzugefügt am</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <source>Description for the next file (optional)</source>
      <translation>Beschreibung für die nächste Datei (optional)</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
      <source>No documents yet. Add files or drop them here.</source>
      <translation>Noch keine Dokumente. Fügen Sie Dateien hinzu oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
      <source>View</source>
      <translation>Ansehen</translation>
    </message>
    <message>
      <source>Edit description…</source>
      <translation>Beschreibung ändern…</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Speichern unter…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <source>Drop files here to add them. They are stored encrypted.</source>
      <translation>Dateien hierher ziehen, um sie hinzuzufügen. Sie werden verschlüsselt gespeichert.</translation>
    </message>
    <message>
      <source>Image (%1)</source>
      <translation>Bild (%1)</translation>
    </message>
    <message>
      <source>Add documents</source>
      <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
      <source>Adding “%1”…</source>
      <translation>„%1“ wird hinzugefügt…</translation>
    </message>
    <message>
      <source>“%1” added.</source>
      <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
      <source>“%1” could not be added: %2</source>
      <translation>„%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
      <source>Opening “%1”…</source>
      <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
      <source>The document “%1” is damaged or incomplete and cannot be opened. Other documents are not affected.</source>
      <translation>Das Dokument „%1“ ist beschädigt oder unvollständig und kann nicht geöffnet werden. Andere Dokumente sind nicht betroffen.</translation>
    </message>
    <message>
      <source>“%1” could not be read: %2</source>
      <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
      <source>Save a copy as</source>
      <translation>Kopie speichern unter</translation>
    </message>
    <message>
      <source>A copy of “%1” was saved as %2.</source>
      <translation>Eine Kopie von „%1“ wurde als %2 gespeichert.</translation>
    </message>
    <message>
      <source>Delete document</source>
      <translation>Dokument löschen</translation>
    </message>
    <message>
      <source>Delete “%1” from this case?</source>
      <translation>„%1“ aus diesem Fall löschen?</translation>
    </message>
    <message>
      <source>“%1” deleted.</source>
      <translation>„%1“ gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>DurationPicker</name>
    <message>
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>%1 minutes</source>
      <translation>%1 Minuten</translation>
    </message>
  </context>
  <context>
    <name>EducationSection</name>
    <message>
      <source>Education</source>
      <translation>Bildung und Anerkennung</translation>
    </message>
    <message>
      <source>School education</source>
      <translation>Schulbildung</translation>
    </message>
    <message>
      <source>Vocational qualification</source>
      <translation>Berufsabschluss</translation>
    </message>
    <message>
      <source>Recognition</source>
      <translation>Anerkennung</translation>
    </message>
  </context>
  <context>
    <name>EmploymentSection</name>
    <message>
      <source>Employment</source>
      <translation>Beschäftigung</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Employer</source>
      <translation>Arbeitgeber</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <source>Earlier: %1</source>
      <translation>Früher: %1</translation>
    </message>
  </context>
  <context>
    <name>ExportTarget</name>
    <message>
      <source>The %1 file is not encrypted: it leaves the protected vault and can be read by anyone who gets hold of it. Save it only where it is safe, and delete it when it is no longer needed. Saving is recorded in the audit log.</source>
      <translation>Die %1-Datei ist nicht verschlüsselt: Sie verlässt den geschützten Tresor und kann von allen gelesen werden, die sie in die Hände bekommen. Speichern Sie sie nur an einem sicheren Ort und löschen Sie sie, sobald sie nicht mehr gebraucht wird. Das Speichern wird im Protokoll festgehalten.</translation>
    </message>
    <message>
      <source>This is an internal report: it shows small figures (fewer than 5 persons) without hiding them. Keep it inside the team; do not send it to the state or funders.</source>
      <translation>Dies ist ein interner Bericht: Er zeigt kleine Zahlen (weniger als 5 Personen), ohne sie zu verbergen. Behalten Sie ihn im Team; schicken Sie ihn nicht an das Land oder an Geldgeber.</translation>
    </message>
    <message>
      <source>Export report</source>
      <translation>Bericht exportieren</translation>
    </message>
    <message>
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV (zip) (*.zip)</source>
      <translation>CSV (zip) (*.zip)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>FieldChoice</name>
    <message>
      <source>Choice for %1</source>
      <translation>Auswahl für %1</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Meine Fassung behalten</translation>
    </message>
    <message>
      <source>Take the server's</source>
      <translation>Fassung vom Server übernehmen</translation>
    </message>
    <message>
      <source>Combine…</source>
      <translation>Kombinieren…</translation>
    </message>
  </context>
  <context>
    <name>FingerprintDialog</name>
    <message>
      <source>Compare fingerprints</source>
      <translation>Fingerabdrücke vergleichen</translation>
    </message>
    <message>
      <source>Read the fingerprints to each other (in person or by phone). Continue only if %1's screen shows exactly the fingerprint on the right, and yours the one on the left.</source>
      <translation>Lesen Sie einander die Fingerabdrücke vor (persönlich oder am Telefon). Fahren Sie nur fort, wenn der Bildschirm von %1 genau den Fingerabdruck rechts zeigt und Ihrer den links.</translation>
    </message>
    <message>
      <source>Your fingerprint</source>
      <translation>Ihr Fingerabdruck</translation>
    </message>
    <message>
      <source>Fingerprint of %1</source>
      <translation>Fingerabdruck von %1</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>Bestätigen</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>Vertrauen</translation>
    </message>
  </context>
  <context>
    <name>FollowUpList</name>
    <message>
      <source>Follow-ups</source>
      <translation>Wiedervorlagen</translation>
    </message>
    <message>
      <source>No follow-ups. A follow-up date in a session adds one.</source>
      <translation>Keine Wiedervorlagen. Ein Wiedervorlage-Datum im Gespräch legt eine an.</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Als erledigt markieren</translation>
    </message>
    <message>
      <source>New follow-up</source>
      <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
      <source>New follow-up (Ctrl+Shift+J)</source>
      <translation>Neue Wiedervorlage (Strg+Umschalt+J)</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Assigned to</source>
      <translation>Zuständig</translation>
    </message>
  </context>
  <context>
    <name>FollowUpModel</name>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>überfällig</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stand</translation>
    </message>
  </context>
  <context>
    <name>FormSection</name>
    <message>
      <source>The stored version changed meanwhile (e.g. by a sync). Save replaces it with your input; “Show stored version” drops your input.</source>
      <translation>Die gespeicherte Fassung hat sich inzwischen geändert (z. B. durch eine Synchronisierung). Speichern ersetzt sie durch Ihre Eingabe; „Gespeicherte Fassung zeigen“ verwirft Ihre Eingabe.</translation>
    </message>
    <message>
      <source>Show stored version</source>
      <translation>Gespeicherte Fassung zeigen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save %1</source>
      <translation>%1 speichern</translation>
    </message>
    <message>
      <source>DD.MM.YYYY</source>
      <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
      <source>Not a date (DD.MM.YYYY)</source>
      <translation>Kein Datum (TT.MM.JJJJ)</translation>
    </message>
  </context>
  <context>
    <name>FundingSection</name>
    <message>
      <source>Funding line</source>
      <translation>Förderlinie</translation>
    </message>
    <message>
      <source>Team default</source>
      <translation>Voreinstellung des Teams</translation>
    </message>
  </context>
  <context>
    <name>HandoverDialog</name>
    <message>
      <source>Hand over case</source>
      <translation>Zuständigkeit übertragen</translation>
    </message>
    <message>
      <source>New manager</source>
      <translation>Neue zuständige Person</translation>
    </message>
    <message>
      <source>Responsible from</source>
      <translation>Zuständig ab</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
  </context>
  <context>
    <name>HistoryLabels</name>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>Fallnummer</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Manager (user)</source>
      <translation>Zuständig (Benutzer)</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <source>Main client</source>
      <translation>Hauptperson</translation>
    </message>
    <message>
      <source>Start of support</source>
      <translation>Beginn der Begleitung</translation>
    </message>
    <message>
      <source>Planned end</source>
      <translation>Geplantes Ende</translation>
    </message>
    <message>
      <source>Reason for a 4th year</source>
      <translation>Grund für ein 4. Jahr</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>Abgeschlossen am</translation>
    </message>
    <message>
      <source>Closing reason</source>
      <translation>Abschlussgrund</translation>
    </message>
    <message>
      <source>Handed over to</source>
      <translation>Übergeben an</translation>
    </message>
    <message>
      <source>Carried over (still open)</source>
      <translation>Übernommen (weiter offen)</translation>
    </message>
    <message>
      <source>Reopened on</source>
      <translation>Wieder geöffnet am</translation>
    </message>
    <message>
      <source>Duplicate check</source>
      <translation>Dublettenprüfung</translation>
    </message>
    <message>
      <source>Funding line</source>
      <translation>Förderlinie</translation>
    </message>
    <message>
      <source>Responsible since (hand-over)</source>
      <translation>Zuständig seit (Übertragung)</translation>
    </message>
    <message>
      <source>Resting</source>
      <translation>Ruhend</translation>
    </message>
    <message>
      <source>Extended on</source>
      <translation>Verlängert am</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Familienname</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Vornamen</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Geschlecht</translation>
    </message>
    <message>
      <source>Nationalities</source>
      <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <source>Interpreter needed</source>
      <translation>Dolmetschung nötig</translation>
    </message>
    <message>
      <source>Interpreter language</source>
      <translation>Sprache für Dolmetschen</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>Relation to the client</source>
      <translation>Beziehung zur Klient:in</translation>
    </message>
    <message>
      <source>Residence status</source>
      <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Unterbringung</translation>
    </message>
    <message>
      <source>Language levels</source>
      <translation>Sprachstand</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Bildung und Anerkennung</translation>
    </message>
    <message>
      <source>Employment</source>
      <translation>Beschäftigung</translation>
    </message>
    <message>
      <source>Benefits</source>
      <translation>Leistungsbezug</translation>
    </message>
    <message>
      <source>Health notes</source>
      <translation>Gesundheit (Notizen)</translation>
    </message>
    <message>
      <source>Household members</source>
      <translation>Haushaltsmitglieder</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <source>Duration (minutes)</source>
      <translation>Dauer (Minuten)</translation>
    </message>
    <message>
      <source>Form of session</source>
      <translation>Form des Gesprächs</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Participants (earlier form)</source>
      <translation>Teilnehmende (frühere Form)</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Teilnehmende</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Handlungsfelder</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Nächste Schritte</translation>
    </message>
    <message>
      <source>Follow-up on</source>
      <translation>Wiedervorlage am</translation>
    </message>
    <message>
      <source>Finalised</source>
      <translation>Abgeschlossen</translation>
    </message>
    <message>
      <source>Finalised at</source>
      <translation>Abgeschlossen am</translation>
    </message>
    <message>
      <source>Amendments</source>
      <translation>Ergänzungen</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Handlungsfeld</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Ziel der Vermittlung</translation>
    </message>
    <message>
      <source>Measurable target</source>
      <translation>Messbarer Zielwert</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>Überprüfung am</translation>
    </message>
    <message>
      <source>Set on</source>
      <translation>Gesetzt am</translation>
    </message>
    <message>
      <source>Status changed on</source>
      <translation>Status geändert am</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Erledigt am</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Nummer</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Unterschrieben am</translation>
    </message>
    <message>
      <source>Signed by</source>
      <translation>Unterschrieben von</translation>
    </message>
    <message>
      <source>Signed at (place)</source>
      <translation>Unterschrieben in</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Träger</translation>
    </message>
    <message>
      <source>Counsellor</source>
      <translation>Beratungsperson</translation>
    </message>
    <message>
      <source>Counsellor's contact</source>
      <translation>Kontakt der Beratungsperson</translation>
    </message>
    <message>
      <source>Signed scan</source>
      <translation>Unterschriebener Scan</translation>
    </message>
    <message>
      <source>Interpreter present</source>
      <translation>Mit Dolmetschung</translation>
    </message>
    <message>
      <source>Client language</source>
      <translation>Sprache der Klient:in</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Referred on</source>
      <translation>Vermittelt am</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>From session</source>
      <translation>Aus Gespräch</translation>
    </message>
    <message>
      <source>Assigned to</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Dateiname</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Dateityp</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Checksum</source>
      <translation>Prüfsumme</translation>
    </message>
    <message>
      <source>Stored parts</source>
      <translation>Gespeicherte Teile</translation>
    </message>
    <message>
      <source>Key version</source>
      <translation>Schlüsselversion</translation>
    </message>
    <message>
      <source>Added on</source>
      <translation>Hinzugefügt am</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Träger</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Start dates</source>
      <translation>Starttermine</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Erteilt am</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Umfang</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Zweck</translation>
    </message>
    <message>
      <source>Revoked on</source>
      <translation>Widerrufen am</translation>
    </message>
    <message>
      <source>%1 from %2</source>
      <translation>%1 ab %2</translation>
    </message>
    <message>
      <source>Created despite possible duplicates (%1): %2</source>
      <translation>Angelegt trotz möglicher Dubletten (%1): %2</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>case</source>
      <translation>Fall</translation>
    </message>
    <message>
      <source>person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>household</source>
      <translation>Haushalt</translation>
    </message>
    <message>
      <source>session</source>
      <translation>Gespräch</translation>
    </message>
    <message>
      <source>goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>agreement</source>
      <translation>Vereinbarung</translation>
    </message>
    <message>
      <source>referral</source>
      <translation>Vermittlung</translation>
    </message>
    <message>
      <source>follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <source>consent</source>
      <translation>Einwilligung</translation>
    </message>
    <message>
      <source>document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>created</source>
      <translation>angelegt</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>geändert</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Wer</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <source>offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <source>restored</source>
      <translation>wiederhergestellt</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <source>History</source>
      <translation>Verlauf</translation>
    </message>
    <message>
      <source>No changes recorded yet.</source>
      <translation>Noch keine Änderungen festgehalten.</translation>
    </message>
    <message>
      <source>Part of the file</source>
      <translation>Teil der Akte</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Beratungen</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Vermittlungen</translation>
    </message>
    <message>
      <source>Follow-ups</source>
      <translation>Wiedervorlagen</translation>
    </message>
    <message>
      <source>Master data</source>
      <translation>Stammdaten</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Einwilligungen</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
  </context>
  <context>
    <name>HouseholdSection</name>
    <message>
      <source>Household</source>
      <translation>Haushalt</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <source>Relation</source>
      <translation>Beziehung</translation>
    </message>
    <message>
      <source>Household members</source>
      <translation>Haushaltsmitglieder</translation>
    </message>
    <message>
      <source>Edit member</source>
      <translation>Mitglied bearbeiten</translation>
    </message>
    <message>
      <source>Remove from household</source>
      <translation>Aus dem Haushalt entfernen</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Familienname</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Vornamen</translation>
    </message>
    <message>
      <source>Relation to the client</source>
      <translation>Beziehung zur Klient:in</translation>
    </message>
    <message>
      <source>Add member</source>
      <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
      <source>Save member</source>
      <translation>Mitglied speichern</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Removed.</source>
      <translation>Entfernt.</translation>
    </message>
    <message>
      <source>Only the person who removed them can undo this.</source>
      <translation>Nur die Person, die entfernt hat, kann das rückgängig machen.</translation>
    </message>
    <message>
      <source>A removal can be undone for one day only.</source>
      <translation>Das Entfernen kann nur einen Tag lang rückgängig gemacht werden.</translation>
    </message>
  </context>
  <context>
    <name>HousingSection</name>
    <message>
      <source>Housing</source>
      <translation>Unterbringung</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Gemeinde</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
  </context>
  <context>
    <name>LanguageNames</name>
    <message>
      <source>English</source>
      <translation>Englisch</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>Arabisch</translation>
    </message>
    <message>
      <source>Ukrainian</source>
      <translation>Ukrainisch</translation>
    </message>
    <message>
      <source>Dari</source>
      <translation>Dari</translation>
    </message>
    <message>
      <source>Farsi</source>
      <translation>Farsi</translation>
    </message>
    <message>
      <source>Pashto</source>
      <translation>Paschtu</translation>
    </message>
    <message>
      <source>Turkish</source>
      <translation>Türkisch</translation>
    </message>
    <message>
      <source>Kurmanji</source>
      <translation>Kurmandschi</translation>
    </message>
    <message>
      <source>Tigrinya</source>
      <translation>Tigrinya</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Russisch</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Französisch</translation>
    </message>
    <message>
      <source>Somali</source>
      <translation>Somali</translation>
    </message>
    <message>
      <source>Georgian</source>
      <translation>Georgisch</translation>
    </message>
  </context>
  <context>
    <name>LanguageSection</name>
    <message>
      <source>Language levels</source>
      <translation>Sprachstand</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>e.g. German</source>
      <translation>z. B. Deutsch</translation>
    </message>
    <message>
      <source>Level (CEFR)</source>
      <translation>Niveau (GER)</translation>
    </message>
    <message>
      <source>Course status</source>
      <translation>Kursstand</translation>
    </message>
    <message>
      <source>e.g. integration course B1</source>
      <translation>z. B. Integrationskurs B1</translation>
    </message>
    <message>
      <source>Assessed on</source>
      <translation>Eingestuft am</translation>
    </message>
    <message>
      <source>Add assessment</source>
      <translation>Einstufung hinzufügen</translation>
    </message>
    <message>
      <source>No language level recorded yet.</source>
      <translation>Noch kein Sprachstand erfasst.</translation>
    </message>
  </context>
  <context>
    <name>LeadInputsDialog</name>
    <message>
      <source>Figures entered by the team lead</source>
      <translation>Angaben der Teamleitung</translation>
    </message>
    <message>
      <source>Default funding line of the team</source>
      <translation>Voreingestellte Förderlinie des Teams</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Kommune</translation>
    </message>
    <message>
      <source>Persons in follow-up housing</source>
      <translation>Personen in Anschlussunterbringung</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Persons in follow-up housing per municipality</source>
      <translation>Personen in Anschlussunterbringung je Kommune</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Integrationsmanager:in</translation>
    </message>
    <message>
      <source>Funding line (%1)</source>
      <translation>Förderlinie (%1)</translation>
    </message>
    <message>
      <source>VZÄ</source>
      <translation>VZÄ</translation>
    </message>
    <message>
      <source>Full-time equivalents per manager</source>
      <translation>Vollzeitäquivalente je Integrationsmanager:in</translation>
    </message>
    <message>
      <source>Add municipality</source>
      <translation>Kommune hinzufügen</translation>
    </message>
    <message>
      <source>Period: %1</source>
      <translation>Zeitraum: %1</translation>
    </message>
    <message>
      <source>Full-time equivalents (VZÄ) per manager</source>
      <translation>Vollzeitäquivalente (VZÄ) je Integrationsmanager:in</translation>
    </message>
    <message>
      <source>Municipality row %1: name and a whole number</source>
      <translation>Kommune, Zeile %1: Name und eine ganze Zahl angeben</translation>
    </message>
    <message>
      <source>VZÄ row %1: manager, funding line and 0 to 10</source>
      <translation>VZÄ, Zeile %1: Integrationsmanager:in, Förderlinie und 0 bis 10 angeben</translation>
    </message>
  </context>
  <context>
    <name>LeasePage</name>
    <message>
      <source>Checking online</source>
      <translation>Online-Prüfung läuft</translation>
    </message>
    <message>
      <source>Check online now</source>
      <translation>Jetzt online prüfen</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <source>This laptop has not reached the server for more than %1 days. Connect it to the network and check in online before the case files open. (This is how a lost laptop learns that IT has blocked it.)</source>
      <translation>Dieser Laptop hat den Server seit mehr als %1 Tagen nicht erreicht. Verbinden Sie ihn mit dem Netz und prüfen Sie online, bevor sich die Fallakten öffnen. (So erfährt ein verlorener Laptop, dass die IT ihn gesperrt hat.)</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Fallakte – DEMO with fictional data</source>
      <translation>Fallakte – DEMO mit fiktiven Daten</translation>
    </message>
    <message>
      <source>Fallakte</source>
      <translation>Fallakte</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Sperren</translation>
    </message>
    <message>
      <source>Find case</source>
      <translation>Fall suchen</translation>
    </message>
    <message>
      <source>The language changes at the next start.</source>
      <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
  </context>
  <context>
    <name>MemberModel</name>
    <message>
      <source>this is you</source>
      <translation>das sind Sie</translation>
    </message>
    <message>
      <source>waiting for confirmation</source>
      <translation>wartet auf Bestätigung</translation>
    </message>
    <message>
      <source>confirmed, fingerprint compared</source>
      <translation>bestätigt, Fingerabdruck verglichen</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>bestätigt</translation>
    </message>
    <message>
      <source>lead</source>
      <translation>Teamleitung</translation>
    </message>
    <message>
      <source>admin</source>
      <translation>Verwaltung</translation>
    </message>
    <message>
      <source>member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Fingerprint</source>
      <translation>Fingerabdruck</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>New case</source>
      <translation>Neuer Fall</translation>
    </message>
    <message>
      <source>DD.MM.YYYY</source>
      <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
      <source>e.g. Syria, Afghanistan</source>
      <translation>z. B. Syrien, Afghanistan</translation>
    </message>
    <message>
      <source>e.g. Arabic, Dari</source>
      <translation>z. B. Arabisch, Dari</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Familienname</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Vorname(n)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <source>Start of support</source>
      <translation>Beginn der Begleitung</translation>
    </message>
    <message>
      <source>This person may already have a case:</source>
      <translation>Für diese Person gibt es vielleicht schon einen Fall:</translation>
    </message>
    <message>
      <source>Possible duplicates</source>
      <translation>Mögliche Doppelungen</translation>
    </message>
    <message>
      <source>Open existing case</source>
      <translation>Vorhandenen Fall öffnen</translation>
    </message>
    <message>
      <source>Reason to create a new case anyway</source>
      <translation>Grund, trotzdem einen neuen Fall anzulegen</translation>
    </message>
    <message>
      <source>e.g. another person, ID checked</source>
      <translation>z. B. andere Person, Ausweis geprüft</translation>
    </message>
    <message>
      <source>same birth date</source>
      <translation>gleiches Geburtsdatum</translation>
    </message>
    <message>
      <source>nearly the same birth date</source>
      <translation>fast gleiches Geburtsdatum</translation>
    </message>
    <message>
      <source>no birth date to compare</source>
      <translation>kein Geburtsdatum zum Vergleich</translation>
    </message>
    <message>
      <source>no manager</source>
      <translation>niemand zuständig</translation>
    </message>
    <message>
      <source>%1 · %2, %3 · born %4 · %5 (%6)</source>
      <translation>%1 · %2, %3 · geb. %4 · %5 (%6)</translation>
    </message>
    <message>
      <source>Not a date (DD.MM.YYYY)</source>
      <translation>Kein Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
      <source>Open the existing case, or give a reason to create a new case for this person anyway.</source>
      <translation>Öffnen Sie den vorhandenen Fall oder geben Sie einen Grund an, trotzdem einen neuen Fall für diese Person anzulegen.</translation>
    </message>
    <message>
      <source>This laptop does not hold the team key yet, so no case can be written. A team lead must confirm you: tell them the fingerprint shown on the Team page. Then verify your lead there (compare their fingerprint) and synchronise.</source>
      <translation>Dieser Laptop hat den Teamschlüssel noch nicht, daher kann noch kein Fall angelegt werden. Eine Teamleitung muss Sie bestätigen: Nennen Sie ihr den Fingerabdruck auf der Seite „Team“. Bestätigen Sie dort dann Ihre Teamleitung (Fingerabdruck vergleichen) und synchronisieren Sie.</translation>
    </message>
    <message>
      <source>No team key yet</source>
      <translation>Noch kein Teamschlüssel</translation>
    </message>
  </context>
  <context>
    <name>NewFollowUpDialog</name>
    <message>
      <source>New follow-up</source>
      <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
      <source>DD.MM.YYYY</source>
      <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Fällig am</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Assigned to</source>
      <translation>Zuständig</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <source>Passphrase changed</source>
      <translation>Passphrase geändert</translation>
    </message>
    <message>
      <source>The passphrase of your account was changed on another laptop. Enter the new passphrase once: this vault then opens with it. Until then it still opens with the previous one.</source>
      <translation>Die Passphrase Ihres Kontos wurde auf einem anderen Laptop geändert. Geben Sie die neue Passphrase einmal ein: Danach öffnet sich dieser Tresor mit ihr. Bis dahin öffnet er sich noch mit der bisherigen.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <source>Checking the passphrase</source>
      <translation>Passphrase wird geprüft</translation>
    </message>
    <message>
      <source>Use new passphrase</source>
      <translation>Neue Passphrase übernehmen</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Später</translation>
    </message>
    <message>
      <source>Enter the new passphrase.</source>
      <translation>Bitte die neue Passphrase eingeben.</translation>
    </message>
    <message>
      <source>This is not the new passphrase. Nothing was changed: the vault still opens with the previous one.</source>
      <translation>Das ist nicht die neue Passphrase. Es wurde nichts geändert: Der Tresor öffnet sich weiter mit der bisherigen.</translation>
    </message>
    <message>
      <source>Sign in again</source>
      <translation>Erneut anmelden</translation>
    </message>
    <message>
      <source>The server no longer accepts this laptop's sign-in, most likely because the passphrase was changed on another laptop. Synchronisation has stopped. Enter the current passphrase of your account: this laptop signs in again and the vault then opens with it. Nothing is lost meanwhile.</source>
      <translation>Der Server nimmt die Anmeldung dieses Laptops nicht mehr an, vermutlich wurde die Passphrase auf einem anderen Laptop geändert. Die Synchronisation ist angehalten. Geben Sie die aktuelle Passphrase Ihres Kontos ein: Dieser Laptop meldet sich erneut an, und der Tresor öffnet sich danach mit ihr. Bis dahin geht nichts verloren.</translation>
    </message>
    <message>
      <source>The server did not accept this passphrase. Nothing was changed; try again.</source>
      <translation>Der Server hat diese Passphrase nicht angenommen. Es wurde nichts geändert; bitte erneut versuchen.</translation>
    </message>
  </context>
  <context>
    <name>OfferConflicts</name>
    <message>
      <source>Not resolved</source>
      <translation>Nicht gelöst</translation>
    </message>
  </context>
  <context>
    <name>OffersPage</name>
    <message>
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Träger</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Kategorie</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Kontakt</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <source>Start dates</source>
      <translation>Starttermine</translation>
    </message>
    <message>
      <source>No offers yet. Add the first offer of your region above.</source>
      <translation>Noch keine Angebote. Tragen Sie oben das erste Angebot Ihrer Region ein.</translation>
    </message>
    <message>
      <source>Offers</source>
      <translation>Angebote</translation>
    </message>
    <message>
      <source>Languages, e.g. de, ar</source>
      <translation>Sprachen, z. B. de, ar</translation>
    </message>
    <message>
      <source>Add offer</source>
      <translation>Angebot hinzufügen</translation>
    </message>
    <message>
      <source>Show conflicts</source>
      <translation>Konflikte anzeigen</translation>
    </message>
    <message>
      <source>Conflicts: %1. Two people changed the same offer before their laptops synced.</source>
      <translation>Konflikte: %1. Zwei Personen haben dasselbe Angebot geändert, bevor ihre Laptops synchronisiert haben.</translation>
    </message>
    <message>
      <source>Hide conflicts</source>
      <translation>Konflikte ausblenden</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsBox</name>
    <message>
      <source>Client</source>
      <translation>Klient:in</translation>
    </message>
    <message>
      <source>Took part: %1</source>
      <translation>Hat teilgenommen: %1</translation>
    </message>
  </context>
  <context>
    <name>PdfTarget</name>
    <message>
      <source>Save as PDF</source>
      <translation>Als PDF speichern</translation>
    </message>
    <message>
      <source>The PDF file is not encrypted: it leaves the protected vault and can be read by anyone who gets hold of it. Save it only where it is safe, and delete it when it is no longer needed. Saving is recorded in the audit log.

To hand the document over, printing is safer.</source>
      <translation>Die PDF-Datei ist nicht verschlüsselt: Sie verlässt den geschützten Tresor und kann von allen gelesen werden, die sie in die Hände bekommen. Speichern Sie sie nur an einem sicheren Ort und löschen Sie sie, wenn sie nicht mehr gebraucht wird. Das Speichern wird im Protokoll vermerkt.

Zum Aushändigen ist Drucken sicherer.</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>PersonSection</name>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Familienname</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Vornamen</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Geburtsdatum</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Geschlecht</translation>
    </message>
    <message>
      <source>Nationalities</source>
      <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
      <source>e.g. Syria, Afghanistan</source>
      <translation>z. B. Syrien, Afghanistan</translation>
    </message>
    <message>
      <source>e.g. Arabic, Dari</source>
      <translation>z. B. Arabisch, Dari</translation>
    </message>
    <message>
      <source>e.g. Arabic</source>
      <translation>z. B. Arabisch</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>Braucht Dolmetschen</translation>
    </message>
    <message>
      <source>Interpreter language</source>
      <translation>Sprache für Dolmetschen</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>Goal / step</source>
      <translation>Ziel / Schritt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Responsible / target</source>
      <translation>Zuständig / Zielwert</translation>
    </message>
    <message>
      <source>Review / due</source>
      <translation>Überprüfung / fällig</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <source>Integration plan</source>
      <translation>Integrationsplan</translation>
    </message>
    <message>
      <source>No goals yet. Add the first goal of the integration plan.</source>
      <translation>Noch keine Ziele. Legen Sie das erste Ziel des Integrationsplans an.</translation>
    </message>
    <message>
      <source>Add goal</source>
      <translation>Ziel hinzufügen</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Schritt hinzufügen</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Handlungsfeld</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Measurable target</source>
      <translation>Messbarer Zielwert</translation>
    </message>
    <message>
      <source>Review on (DD.MM.YYYY)</source>
      <translation>Überprüfung am (TT.MM.JJJJ)</translation>
    </message>
    <message>
      <source>Not a date (DD.MM.YYYY)</source>
      <translation>Kein Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Zuständig</translation>
    </message>
    <message>
      <source>Due on (DD.MM.YYYY)</source>
      <translation>Fällig am (TT.MM.JJJJ)</translation>
    </message>
    <message>
      <source>Review on</source>
      <translation>Überprüfung am</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Fällig am</translation>
    </message>
  </context>
  <context>
    <name>RecordConflict</name>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>On this laptop</source>
      <translation>Auf diesem Laptop</translation>
    </message>
    <message>
      <source>From the server</source>
      <translation>Vom Server</translation>
    </message>
    <message>
      <source>(removed)</source>
      <translation>(entfernt)</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Lösen</translation>
    </message>
    <message>
      <source>A combined value is not valid; check its format.</source>
      <translation>Ein kombinierter Wert ist ungültig; prüfen Sie sein Format.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Changed meanwhile (another save or a sync): saving keeps the new values of the fields you did not change.</source>
      <translation>Inzwischen geändert (eine andere Speicherung oder eine Synchronisierung): Beim Speichern bleiben die neuen Werte der Felder, die Sie nicht geändert haben.</translation>
    </message>
    <message>
      <source>A final session or signed agreement cannot change.</source>
      <translation>Ein abgeschlossenes Gespräch oder eine unterschriebene Vereinbarung kann nicht geändert werden.</translation>
    </message>
    <message>
      <source>The main client cannot be deleted.</source>
      <translation>Die Hauptperson des Falls kann nicht gelöscht werden.</translation>
    </message>
    <message>
      <source>Delete this entry? You can undo this for one day.</source>
      <translation>Diesen Eintrag löschen? Sie können das einen Tag lang rückgängig machen.</translation>
    </message>
    <message>
      <source>A deletion can be undone for one day only.</source>
      <translation>Eine Löschung kann nur einen Tag lang rückgängig gemacht werden.</translation>
    </message>
    <message>
      <source>Deleted.</source>
      <translation>Gelöscht.</translation>
    </message>
    <message>
      <source>Only the person who deleted it can undo this.</source>
      <translation>Nur die Person, die gelöscht hat, kann das rückgängig machen.</translation>
    </message>
    <message>
      <source>Could not undo: %1</source>
      <translation>Rückgängig nicht möglich: %1</translation>
    </message>
  </context>
  <context>
    <name>RecoveryCodeDialog</name>
    <message>
      <source>Recovery code</source>
      <translation>Wiederherstellungscode</translation>
    </message>
    <message>
      <source>Write this recovery code down and keep it apart from this laptop. The vault is now tied to this laptop's keyring: if the keyring is lost (a new laptop, a reinstalled system), the vault opens only with this code and your passphrase. It is shown only now.</source>
      <translation>Notieren Sie diesen Wiederherstellungscode und bewahren Sie ihn getrennt von diesem Laptop auf. Der Tresor wird an den Schlüsselbund dieses Laptops gebunden: Geht der Schlüsselbund verloren (neuer Laptop, neu installiertes System), öffnet sich der Tresor nur noch mit diesem Code und Ihrer Passphrase. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
      <source>I have written it down</source>
      <translation>Ich habe ihn notiert</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Später</translation>
    </message>
  </context>
  <context>
    <name>ReferralTab</name>
    <message>
      <source>Target</source>
      <translation>Ziel der Vermittlung</translation>
    </message>
    <message>
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Referred on</source>
      <translation>Vermittelt am</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>No referrals yet. Choose a target and an offer above.</source>
      <translation>Noch keine Vermittlungen. Wählen Sie oben ein Ziel und ein Angebot.</translation>
    </message>
    <message>
      <source>Referrals</source>
      <translation>Vermittlungen</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <source>Recipient (if not the offer's)</source>
      <translation>Empfänger (falls nicht der des Angebots)</translation>
    </message>
    <message>
      <source>Refer</source>
      <translation>Vermitteln</translation>
    </message>
    <message>
      <source>New status</source>
      <translation>Neuer Status</translation>
    </message>
    <message>
      <source>Set status</source>
      <translation>Status setzen</translation>
    </message>
    <message>
      <source>(no offer)</source>
      <translation>(kein Angebot)</translation>
    </message>
    <message>
      <source>Referral</source>
      <translation>Vermittlung</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
  </context>
  <context>
    <name>ReportPickers</name>
    <message>
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Quartal</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Monat</translation>
    </message>
    <message>
      <source>Free range</source>
      <translation>Freier Zeitraum</translation>
    </message>
    <message>
      <source>Quarter or month</source>
      <translation>Quartal oder Monat</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Bis</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Umfang</translation>
    </message>
    <message>
      <source>Team name</source>
      <translation>Teamname</translation>
    </message>
    <message>
      <source>Team name, e.g. Nord</source>
      <translation>Teamname, z. B. Nord</translation>
    </message>
    <message>
      <source>Report mode</source>
      <translation>Art des Berichts</translation>
    </message>
    <message>
      <source>Key figures for the state (exact, no personal breakdowns)</source>
      <translation>Kennzahlen für das Land (exakt, ohne persönliche Merkmale)</translation>
    </message>
    <message>
      <source>Team evaluation (breakdowns, small cells hidden)</source>
      <translation>Auswertung im Team (Aufschlüsselungen, kleine Zellen gesperrt)</translation>
    </message>
    <message>
      <source>Internal (everything, not to be passed on)</source>
      <translation>intern (alles, nicht zur Weitergabe)</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Art des Berichts</translation>
    </message>
    <message>
      <source>Quarter %1</source>
      <translation>%1. Quartal</translation>
    </message>
    <message>
      <source>Team (all cases)</source>
      <translation>Team (alle Fälle)</translation>
    </message>
    <message>
      <source>My cases</source>
      <translation>Eigene Fälle</translation>
    </message>
    <message>
      <source>Manager: %1</source>
      <translation>Integrationsmanager:in: %1</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Report progress</source>
      <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Export Excel (XLSX)…</source>
      <translation>Als Excel (XLSX) exportieren…</translation>
    </message>
    <message>
      <source>Export CSV (zip)…</source>
      <translation>Als CSV (zip) exportieren…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>Als PDF exportieren…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Drucken…</translation>
    </message>
    <message>
      <source>Figures entered by the lead…</source>
      <translation>Angaben der Teamleitung…</translation>
    </message>
    <message>
      <source>Last exports</source>
      <translation>Letzte Exporte</translation>
    </message>
    <message>
      <source>No exports yet.</source>
      <translation>Noch keine Exporte.</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Berichte</translation>
    </message>
    <message>
      <source>Reading the case files…</source>
      <translation>Fallakten werden gelesen…</translation>
    </message>
    <message>
      <source>Cancelled. Nothing was changed.</source>
      <translation>Abgebrochen. Es wurde nichts verändert.</translation>
    </message>
    <message>
      <source>A helper process of the report ended unexpectedly (killed or out of memory). Nothing was written; the report can be made again.</source>
      <translation>Ein Hilfsprozess des Berichts wurde unerwartet beendet (abgebrochen oder kein Speicher mehr). Es wurde nichts geschrieben; der Bericht kann neu erstellt werden.</translation>
    </message>
    <message>
      <source>The report could not be made: %1</source>
      <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
      <source>Not exported: %1</source>
      <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
      <source>Exported to %1</source>
      <translation>Exportiert nach %1</translation>
    </message>
    <message>
      <source> (internal)</source>
      <translation> (intern)</translation>
    </message>
    <message>
      <source>Making the report…</source>
      <translation>Bericht wird erstellt …</translation>
    </message>
    <message>
      <source>Report ready: %1 tables</source>
      <translation>Bericht fertig: %1 Tabellen</translation>
    </message>
  </context>
  <context>
    <name>ResidenceSection</name>
    <message>
      <source>Residence status</source>
      <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Paragraph</source>
      <translation>Paragraf</translation>
    </message>
    <message>
      <source>Expires on</source>
      <translation>Gültig bis</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Seit</translation>
    </message>
    <message>
      <source>%1 does not fit %2 (usual: %3). Please check; you can still save.</source>
      <translation>%1 passt nicht zu %2 (üblich: %3). Bitte prüfen; Speichern ist trotzdem möglich.</translation>
    </message>
    <message>
      <source>Expired on %1</source>
      <translation>Abgelaufen am %1</translation>
    </message>
    <message>
      <source>Expires in %1 days (%2)</source>
      <translation>Läuft in %1 Tagen ab (%2)</translation>
    </message>
  </context>
  <context>
    <name>RevokeDialog</name>
    <message>
      <source>Revoke consent</source>
      <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
      <source>Revoked on</source>
      <translation>Widerrufen am</translation>
    </message>
    <message>
      <source>DD.MM.YYYY</source>
      <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
      <source>Consent for: %1</source>
      <translation>Einwilligung für: %1</translation>
    </message>
    <message>
      <source>Not a date (DD.MM.YYYY)</source>
      <translation>Kein Datum (TT.MM.JJJJ)</translation>
    </message>
  </context>
  <context>
    <name>SessionEditor</name>
    <message>
      <source>e.g. Arabic</source>
      <translation>z. B. Arabisch</translation>
    </message>
    <message>
      <source>DD.MM.YYYY (creates a follow-up)</source>
      <translation>TT.MM.JJJJ (legt eine Wiedervorlage an)</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Dolmetschung</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Handlungsfelder</translation>
    </message>
    <message>
      <source>Took part</source>
      <translation>Teilgenommen</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Agreed next steps</source>
      <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
      <source>Follow-up on</source>
      <translation>Wiedervorlage am</translation>
    </message>
    <message>
      <source>Show stored version</source>
      <translation>Gespeicherte Fassung zeigen</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Finalise</source>
      <translation>Abschließen</translation>
    </message>
    <message>
      <source>Amend…</source>
      <translation>Ergänzen…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>No valid consent on file: please record one under Overview → Consents.</source>
      <translation>Keine gültige Einwilligung: bitte unter Überblick → Einwilligungen erfassen.</translation>
    </message>
    <message>
      <source>Final – can only be amended (%1 amendment(s))</source>
      <translation>Abgeschlossen – nur Ergänzungen möglich (%1 Ergänzung(en))</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>Not a date</source>
      <translation>Kein Datum</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Wiedervorlage</translation>
    </message>
    <message>
      <source>Amend</source>
      <translation>Ergänzen</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Amendment</source>
      <translation>Ergänzung</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Beratung</translation>
    </message>
    <message>
      <source>This session was finalised elsewhere meanwhile (e.g. by a sync): your input was not saved. Copy what you need into an amendment.</source>
      <translation>Dieses Gespräch wurde inzwischen anderswo abgeschlossen (z. B. durch eine Synchronisierung): Ihre Eingabe wurde nicht gespeichert. Übernehmen Sie, was Sie brauchen, in einen Nachtrag.</translation>
    </message>
    <message>
      <source>This session was changed elsewhere meanwhile (e.g. by a sync). Save replaces the stored version with your input; “Show stored version” drops your input.</source>
      <translation>Dieses Gespräch wurde inzwischen anderswo geändert (z. B. durch eine Synchronisierung). Speichern ersetzt die gespeicherte Fassung durch Ihre Eingabe; „Gespeicherte Fassung zeigen“ verwirft Ihre Eingabe.</translation>
    </message>
  </context>
  <context>
    <name>SessionListModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Form</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Handlungsfelder</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>final</source>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>Entwurf</translation>
    </message>
    <message>
      <source>(amended)</source>
      <translation>(ergänzt)</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Lock after</source>
      <translation>Sperren nach</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Neue Passphrase</translation>
    </message>
    <message>
      <source>Repeat new passphrase</source>
      <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Passphrase ändern</translation>
    </message>
    <message>
      <source>Fallakte %1 – licence: %2</source>
      <translation>Fallakte %1 – Lizenz: %2</translation>
    </message>
    <message>
      <source>No machine-wide policy: the defaults apply.</source>
      <translation>Keine Richtlinie für diesen Rechner: Es gelten die Voreinstellungen.</translation>
    </message>
    <message>
      <source>Keyring</source>
      <translation>Schlüsselbund</translation>
    </message>
    <message>
      <source>Set by IT</source>
      <translation>Von der IT festgelegt</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Über</translation>
    </message>
    <message>
      <source>Passphrase only: no secure keyring (%1)</source>
      <translation>Nur Passphrase: kein sicherer Schlüsselbund (%1)</translation>
    </message>
    <message>
      <source>Secure keyring: %1</source>
      <translation>Sicherer Schlüsselbund: %1</translation>
    </message>
    <message>
      <source>Like the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Hoher Kontrast</translation>
    </message>
    <message>
      <source>Appearance</source>
      <translation>Darstellung</translation>
    </message>
    <message>
      <source>Passphrase only: the keyring (%1) is locked or unavailable</source>
      <translation>Nur Passphrase: der Schlüsselbund (%1) ist gesperrt oder nicht erreichbar</translation>
    </message>
    <message>
      <source>Passphrase only: not bound to the keyring (%1) yet (fallakte recovery-code)</source>
      <translation>Nur Passphrase: noch nicht an den Schlüsselbund (%1) gebunden (fallakte recovery-code)</translation>
    </message>
    <message>
      <source>Fixed by IT in %1:</source>
      <translation>Von der IT festgelegt in %1:</translation>
    </message>
    <message>
      <source>Server: %1</source>
      <translation>Server: %1</translation>
    </message>
    <message>
      <source>Recovery key: %1</source>
      <translation>Wiederherstellungsschlüssel: %1</translation>
    </message>
    <message>
      <source>Lock after at most %1 min</source>
      <translation>Sperren nach höchstens %1 min</translation>
    </message>
    <message>
      <source>Online check at least every %1 days</source>
      <translation>Online-Prüfung mindestens alle %1 Tage</translation>
    </message>
    <message>
      <source>Closed cases are deleted after %1 years</source>
      <translation>Abgeschlossene Fälle werden nach %1 Jahren gelöscht</translation>
    </message>
    <message>
      <source>A 4th year can be granted in the last %1 months of the third</source>
      <translation>Ein 4. Jahr ist in den letzten %1 Monaten des dritten möglich</translation>
    </message>
    <message>
      <source>Languages: %1</source>
      <translation>Sprachen: %1</translation>
    </message>
    <message>
      <source>Organisation on agreements: %1</source>
      <translation>Träger auf Vereinbarungen: %1</translation>
    </message>
    <message>
      <source>The passphrase needs at least 10 characters.</source>
      <translation>Die Passphrase braucht mindestens 10 Zeichen.</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
      <source>Changing…</source>
      <translation>Wird geändert…</translation>
    </message>
    <message>
      <source>Passphrase changed.</source>
      <translation>Passphrase geändert.</translation>
    </message>
    <message>
      <source>The current passphrase is wrong.</source>
      <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
      <source>Not connected to a server</source>
      <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Server key: not pinned yet (pinned at the next synchronisation)</source>
      <translation>Serverschlüssel: noch nicht festgelegt (wird bei der nächsten Synchronisation festgelegt)</translation>
    </message>
    <message>
      <source>Server key fingerprint: %1</source>
      <translation>Fingerabdruck des Serverschlüssels: %1</translation>
    </message>
    <message>
      <source>fixed by IT in the policy file</source>
      <translation>von der IT in der Richtliniendatei festgelegt</translation>
    </message>
    <message>
      <source>Refused records kept aside: %1</source>
      <translation>Abgelehnte, beiseitegelegte Einträge: %1</translation>
    </message>
  </context>
  <context>
    <name>SignatureDialog</name>
    <message>
      <source>Record signature</source>
      <translation>Unterschrift erfassen</translation>
    </message>
    <message>
      <source>An interpreter took part and signed</source>
      <translation>Eine Dolmetscherin / ein Dolmetscher war dabei und hat unterschrieben</translation>
    </message>
    <message>
      <source>No scan attached (optional).</source>
      <translation>Kein Scan angehängt (freiwillig).</translation>
    </message>
    <message>
      <source>Attach scan…</source>
      <translation>Scan anhängen…</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Unterschrieben am</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Client (signed)</source>
      <translation>Klient:in (unterschrieben)</translation>
    </message>
    <message>
      <source>Counsellor (signed)</source>
      <translation>Berater:in (unterschrieben)</translation>
    </message>
    <message>
      <source>Interpreter's name</source>
      <translation>Name der Dolmetscherin / des Dolmetschers</translation>
    </message>
    <message>
      <source>Interpreter's language</source>
      <translation>Sprache der Dolmetschung</translation>
    </message>
    <message>
      <source>Scan</source>
      <translation>Scan</translation>
    </message>
    <message>
      <source>Record as signed</source>
      <translation>Als unterschrieben erfassen</translation>
    </message>
    <message>
      <source>Record the signature only after the printed agreement was signed on paper. The signed version cannot be changed afterwards.</source>
      <translation>Erfassen Sie die Unterschrift erst, wenn die gedruckte Vereinbarung auf Papier unterschrieben ist. Die unterschriebene Fassung lässt sich danach nicht mehr ändern.</translation>
    </message>
    <message>
      <source>Attach scan</source>
      <translation>Scan anhängen</translation>
    </message>
    <message>
      <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
      <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
  </context>
  <context>
    <name>SignatureWords</name>
    <message>
      <source>The plan has no goals yet: add goals before the agreement.</source>
      <translation>Der Plan hat noch keine Ziele: Legen Sie zuerst Ziele an.</translation>
    </message>
    <message>
      <source>The plan was changed after the draft was printed. Print the draft again and have that one signed.</source>
      <translation>Der Plan wurde nach dem Druck des Entwurfs geändert. Bitte den Entwurf neu drucken und diesen unterschreiben lassen.</translation>
    </message>
    <message>
      <source>Enter the place where the agreement was signed.</source>
      <translation>Bitte den Ort eintragen, an dem unterschrieben wurde.</translation>
    </message>
    <message>
      <source>The day of signing cannot be in the future.</source>
      <translation>Der Tag der Unterschrift kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
      <source>Enter who signed.</source>
      <translation>Bitte eintragen, wer unterschrieben hat.</translation>
    </message>
    <message>
      <source>Enter the name of everyone who signed.</source>
      <translation>Bitte den Namen aller eintragen, die unterschrieben haben.</translation>
    </message>
    <message>
      <source>Every signer needs a role.</source>
      <translation>Jede unterschreibende Person braucht eine Rolle.</translation>
    </message>
    <message>
      <source>The client's signature is missing.</source>
      <translation>Die Unterschrift der Klientin / des Klienten fehlt.</translation>
    </message>
    <message>
      <source>The counsellor's signature is missing.</source>
      <translation>Die Unterschrift der Beraterin / des Beraters fehlt.</translation>
    </message>
    <message>
      <source>Choose the interpreter's language.</source>
      <translation>Bitte die Sprache der Dolmetschung wählen.</translation>
    </message>
  </context>
  <context>
    <name>StatusChip</name>
    <message>
      <source>Status: %1</source>
      <translation>Status: %1</translation>
    </message>
  </context>
  <context>
    <name>SyncErrors</name>
    <message>
      <source>The server cannot be reached. Check the address and the network connection.</source>
      <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und die Netzverbindung.</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Passphrase falsch.</translation>
    </message>
    <message>
      <source>Wrong user name or passphrase.</source>
      <translation>Benutzername oder Passphrase falsch.</translation>
    </message>
    <message>
      <source>The server no longer accepts this laptop's sign-in. Connect it again.</source>
      <translation>Der Server nimmt die Anmeldung dieses Laptops nicht mehr an. Verbinden Sie ihn erneut.</translation>
    </message>
    <message>
      <source>The fingerprints do not match. Nothing was granted.</source>
      <translation>Die Fingerabdrücke stimmen nicht überein. Es wurde nichts freigegeben.</translation>
    </message>
    <message>
      <source>This vault is already connected to a server account.</source>
      <translation>Dieser Tresor ist bereits mit einem Serverkonto verbunden.</translation>
    </message>
    <message>
      <source>This vault is not connected to a server.</source>
      <translation>Dieser Tresor ist nicht mit einem Server verbunden.</translation>
    </message>
    <message>
      <source>The policy provided by IT cannot be used: %1</source>
      <translation>Die Vorgaben der IT sind nicht verwendbar: %1</translation>
    </message>
    <message>
      <source>Sync failed: %1</source>
      <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
      <source>The enrollment code is wrong or has expired. Ask IT for a new one.</source>
      <translation>Der Einladungscode ist falsch oder abgelaufen. Bitten Sie die IT um einen neuen.</translation>
    </message>
    <message>
      <source>A team lead has not confirmed you yet.</source>
      <translation>Eine Teamleitung hat Sie noch nicht bestätigt.</translation>
    </message>
    <message>
      <source>Too many attempts. Wait a minute and try again.</source>
      <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The server has a problem (%1). Try again later.</source>
      <translation>Der Server hat ein Problem (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <source>The server refused: %1</source>
      <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
      <source>IT has revoked this laptop. Its vault and stored sign-in were deleted from it. The case files are still on the server: connect again with a new enrollment code.</source>
      <translation>Die IT hat diesen Laptop gesperrt. Sein Tresor und die gespeicherte Anmeldung wurden von ihm gelöscht. Die Fallakten liegen weiter auf dem Server: Verbinden Sie sich mit einem neuen Einladungscode erneut.</translation>
    </message>
  </context>
  <context>
    <name>SyncHistoryModel</name>
    <message>
      <source>received</source>
      <translation>empfangen</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>gesendet</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>zusammengeführt</translation>
    </message>
    <message>
      <source>conflict</source>
      <translation>Konflikt</translation>
    </message>
    <message>
      <source>conflict resolved</source>
      <translation>Konflikt gelöst</translation>
    </message>
    <message>
      <source>refused by the server</source>
      <translation>vom Server abgelehnt</translation>
    </message>
    <message>
      <source>deleted for good</source>
      <translation>endgültig gelöscht</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Eintrag</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <source>Sync progress</source>
      <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
      <source>Sync now (F5)</source>
      <translation>Jetzt synchronisieren (F5)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Sign in again…</source>
      <translation>Neu anmelden…</translation>
    </message>
    <message>
      <source>Conflicts: %1</source>
      <translation>Konflikte: %1</translation>
    </message>
    <message>
      <source>Not connected to a server</source>
      <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
      <source>%1 changes waiting</source>
      <translation>Wartende Änderungen: %1</translation>
    </message>
    <message>
      <source>Error: %1</source>
      <translation>Fehler: %1</translation>
    </message>
    <message>
      <source>Offline</source>
      <translation>Offline</translation>
    </message>
    <message>
      <source>Not synced yet</source>
      <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
      <source>Synced just now</source>
      <translation>Gerade synchronisiert</translation>
    </message>
    <message>
      <source>Synced %1 min ago</source>
      <translation>Synchronisiert vor %1 Min.</translation>
    </message>
    <message>
      <source>Syncing…</source>
      <translation>Synchronisiere…</translation>
    </message>
    <message>
      <source>sending again</source>
      <translation>sende erneut</translation>
    </message>
    <message>
      <source>receiving</source>
      <translation>empfange</translation>
    </message>
    <message>
      <source>documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>sende</translation>
    </message>
    <message>
      <source>log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <source>Syncing… %1 %2 of %3</source>
      <translation>Synchronisiere… %1 %2 von %3</translation>
    </message>
    <message>
      <source>Syncing… %1 %2</source>
      <translation>Synchronisiere… %1 %2</translation>
    </message>
    <message>
      <source>%1 refused records kept aside</source>
      <translation>%1 abgelehnte Einträge beiseitegelegt</translation>
    </message>
  </context>
  <context>
    <name>SyncTab</name>
    <message>
      <source>Sync history</source>
      <translation>Synchronisierungsverlauf</translation>
    </message>
    <message>
      <source>Nothing synchronised for this case yet.</source>
      <translation>Für diesen Fall wurde noch nichts synchronisiert.</translation>
    </message>
  </context>
  <context>
    <name>TablePreview</name>
    <message>
      <source>Chart: %1</source>
      <translation>Diagramm: %1</translation>
    </message>
  </context>
  <context>
    <name>TeamPage</name>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Connect to server…</source>
      <translation>Mit Server verbinden…</translation>
    </message>
    <message>
      <source>Team members</source>
      <translation>Teammitglieder</translation>
    </message>
    <message>
      <source>No team members shown. Connect to the team's server first.</source>
      <translation>Keine Teammitglieder. Verbinden Sie sich zuerst mit dem Server des Teams.</translation>
    </message>
    <message>
      <source>Confirm…</source>
      <translation>Bestätigen…</translation>
    </message>
    <message>
      <source>Trust…</source>
      <translation>Vertrauen…</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Entfernen…</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Neu laden</translation>
    </message>
    <message>
      <source>This vault is not connected to a server. Connect it to work with your team.</source>
      <translation>Dieser Tresor ist nicht mit einem Server verbunden. Verbinden Sie ihn, um mit Ihrem Team zu arbeiten.</translation>
    </message>
    <message>
      <source>Your fingerprint (%1):</source>
      <translation>Ihr Fingerabdruck (%1):</translation>
    </message>
    <message>
      <source>A team key from %1 is waiting: compare their fingerprint, then choose Trust.</source>
      <translation>Ein Teamschlüssel von %1 wartet: Vergleichen Sie den Fingerabdruck und wählen Sie dann „Vertrauen“.</translation>
    </message>
    <message>
      <source>%1 waiting for you: compare fingerprints, then choose Confirm.</source>
      <translation>Wartet auf Sie: %1. Vergleichen Sie die Fingerabdrücke und wählen Sie dann „Bestätigen“.</translation>
    </message>
    <message>
      <source>A team lead must confirm you. Tell them your fingerprint shown above.</source>
      <translation>Eine Teamleitung muss Sie bestätigen. Nennen Sie ihr Ihren Fingerabdruck (oben).</translation>
    </message>
    <message>
      <source>Remove member</source>
      <translation>Mitglied entfernen</translation>
    </message>
    <message>
      <source>Remove %1 from %2? They can no longer read anything written from now on; the team key is replaced.</source>
      <translation>%1 aus %2 entfernen? Alles, was ab jetzt geschrieben wird, kann diese Person nicht mehr lesen; der Teamschlüssel wird ersetzt.</translation>
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <source>Only my cases</source>
      <translation>Nur meine Fälle</translation>
    </message>
    <message>
      <source>Off: the whole team's cases</source>
      <translation>Aus: die Fälle des ganzen Teams</translation>
    </message>
    <message>
      <source>Today is being prepared…</source>
      <translation>Heute wird vorbereitet…</translation>
    </message>
    <message>
      <source>Nothing due. Follow-ups, reviews and deadlines appear here.</source>
      <translation>Nichts fällig. Wiedervorlagen, Überprüfungen und Fristen erscheinen hier.</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <source>Fallakte is locked</source>
      <translation>Fallakte ist gesperrt</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <source>Caps Lock is on</source>
      <translation>Feststelltaste ist aktiv</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Wird entsperrt</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Entsperren</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Wiederherstellungscode</translation>
    </message>
  </context>
  <context>
    <name>UnsavedMarker</name>
    <message>
      <source>● unsaved</source>
      <translation>● ungespeichert</translation>
    </message>
    <message>
      <source>unsaved changes</source>
      <translation>ungespeicherte Änderungen</translation>
    </message>
  </context>
  <context>
    <name>ValidationMessages</name>
    <message>
      <source>Date of birth is in the future</source>
      <translation>Das Geburtsdatum liegt in der Zukunft</translation>
    </message>
    <message>
      <source>Date of birth is before 1900</source>
      <translation>Das Geburtsdatum liegt vor 1900</translation>
    </message>
    <message>
      <source>Family name is missing</source>
      <translation>Familienname fehlt</translation>
    </message>
    <message>
      <source>Given names are missing</source>
      <translation>Vorname(n) fehlen</translation>
    </message>
    <message>
      <source>A session lasts at least 1 minute</source>
      <translation>Ein Gespräch dauert mindestens 1 Minute</translation>
    </message>
    <message>
      <source>A session cannot last longer than a day</source>
      <translation>Ein Gespräch kann nicht länger als einen Tag dauern</translation>
    </message>
    <message>
      <source>Date and time are missing</source>
      <translation>Datum und Uhrzeit fehlen</translation>
    </message>
    <message>
      <source>The follow-up date is before the session</source>
      <translation>Die Wiedervorlage liegt vor dem Gespräch</translation>
    </message>
    <message>
      <source>Unknown country code</source>
      <translation>Unbekannter Ländercode</translation>
    </message>
    <message>
      <source>Unknown language code</source>
      <translation>Unbekannter Sprachcode</translation>
    </message>
    <message>
      <source>Unknown topic</source>
      <translation>Unbekanntes Handlungsfeld</translation>
    </message>
    <message>
      <source>Start date is missing</source>
      <translation>Beginn fehlt</translation>
    </message>
    <message>
      <source>Date of consent is missing</source>
      <translation>Das Datum der Einwilligung fehlt</translation>
    </message>
    <message>
      <source>Revoked before it was given</source>
      <translation>Widerrufen, bevor sie erteilt wurde</translation>
    </message>
    <message>
      <source>Scope is missing</source>
      <translation>Der Umfang fehlt</translation>
    </message>
    <message>
      <source>Please choose a kind</source>
      <translation>Bitte eine Art wählen</translation>
    </message>
    <message>
      <source>Unknown language</source>
      <translation>Unbekannte Sprache</translation>
    </message>
    <message>
      <source>Unknown gender</source>
      <translation>Unbekanntes Geschlecht</translation>
    </message>
    <message>
      <source>Role is missing</source>
      <translation>Rolle fehlt</translation>
    </message>
    <message>
      <source>Unknown role</source>
      <translation>Unbekannte Rolle</translation>
    </message>
    <message>
      <source>Unknown relation</source>
      <translation>Unbekannte Beziehung</translation>
    </message>
    <message>
      <source>Language level is missing</source>
      <translation>Sprachniveau fehlt</translation>
    </message>
    <message>
      <source>Unknown language level</source>
      <translation>Unbekanntes Sprachniveau</translation>
    </message>
    <message>
      <source>Employment is missing</source>
      <translation>Beschäftigung fehlt</translation>
    </message>
    <message>
      <source>Unknown employment</source>
      <translation>Unbekannte Beschäftigung</translation>
    </message>
    <message>
      <source>Kind of benefits is missing</source>
      <translation>Art des Leistungsbezugs fehlt</translation>
    </message>
    <message>
      <source>Unknown kind of benefits</source>
      <translation>Unbekannte Art des Leistungsbezugs</translation>
    </message>
    <message>
      <source>Residence status is missing</source>
      <translation>Aufenthaltsstatus fehlt</translation>
    </message>
    <message>
      <source>Unknown residence status</source>
      <translation>Unbekannter Aufenthaltsstatus</translation>
    </message>
    <message>
      <source>Form of the session is missing</source>
      <translation>Gesprächsform fehlt</translation>
    </message>
    <message>
      <source>Unknown form of session</source>
      <translation>Unbekannte Gesprächsform</translation>
    </message>
    <message>
      <source>Unknown participant</source>
      <translation>Unbekannte teilnehmende Person</translation>
    </message>
    <message>
      <source>A goal needs a field</source>
      <translation>Ein Ziel braucht ein Handlungsfeld</translation>
    </message>
    <message>
      <source>Unknown field</source>
      <translation>Unbekanntes Handlungsfeld</translation>
    </message>
    <message>
      <source>Text is missing</source>
      <translation>Text fehlt</translation>
    </message>
    <message>
      <source>Status is missing</source>
      <translation>Status fehlt</translation>
    </message>
    <message>
      <source>Unknown status</source>
      <translation>Unbekannter Status</translation>
    </message>
    <message>
      <source>The review date is before the goal was set</source>
      <translation>Das Überprüfungsdatum liegt vor dem Anlegen des Ziels</translation>
    </message>
    <message>
      <source>Responsible party is missing</source>
      <translation>Zuständigkeit fehlt</translation>
    </message>
    <message>
      <source>Unknown responsible party</source>
      <translation>Unbekannte Zuständigkeit</translation>
    </message>
    <message>
      <source>The due date is before the plan began (%1)</source>
      <translation>Das Fälligkeitsdatum liegt vor dem Beginn des Plans (%1)</translation>
    </message>
    <message>
      <source>Unknown funding line</source>
      <translation>Unbekannte Förderlinie</translation>
    </message>
    <message>
      <source>A closed case needs a closing date</source>
      <translation>Ein abgeschlossener Fall braucht ein Abschlussdatum</translation>
    </message>
    <message>
      <source>Closing reason is missing</source>
      <translation>Abschlussgrund fehlt</translation>
    </message>
    <message>
      <source>Unknown closing reason</source>
      <translation>Unbekannter Abschlussgrund</translation>
    </message>
    <message>
      <source>The closing date is before the start</source>
      <translation>Das Abschlussdatum liegt vor dem Beginn</translation>
    </message>
    <message>
      <source>Target of the referral is missing</source>
      <translation>Ziel der Vermittlung fehlt</translation>
    </message>
    <message>
      <source>Unknown target of the referral</source>
      <translation>Unbekanntes Ziel der Vermittlung</translation>
    </message>
    <message>
      <source>Due date is missing</source>
      <translation>Fälligkeitsdatum fehlt</translation>
    </message>
    <message>
      <source>Title is missing</source>
      <translation>Titel fehlt</translation>
    </message>
    <message>
      <source>Category is missing</source>
      <translation>Kategorie fehlt</translation>
    </message>
    <message>
      <source>Unknown category</source>
      <translation>Unbekannte Kategorie</translation>
    </message>
  </context>
  <context>
    <name>VaultDoor</name>
    <message>
      <source>Wrong passphrase</source>
      <translation>Passphrase falsch</translation>
    </message>
    <message>
      <source>Changed the passphrase on another laptop? Enter the previous one here once; Fallakte then asks for the new one at the next synchronisation.</source>
      <translation>Passphrase auf einem anderen Laptop geändert? Dann hier noch einmal die bisherige eingeben; Fallakte fragt bei der nächsten Synchronisierung nach der neuen.</translation>
    </message>
    <message>
      <source>This recovery code does not open the vault. Check it (letters and digits, in groups of four) and try again; nothing was changed.</source>
      <translation>Dieser Wiederherstellungscode öffnet den Tresor nicht. Prüfen Sie ihn (Buchstaben und Ziffern in Vierergruppen) und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>This vault is tied to the keyring of the laptop it was set up on, and this laptop's keyring does not hold its key: the passphrase alone does not open it.</source>
      <translation>Dieser Tresor ist an den Schlüsselbund des Laptops gebunden, auf dem er eingerichtet wurde, und der Schlüsselbund dieses Laptops hat seinen Schlüssel nicht: Die Passphrase allein öffnet ihn nicht.</translation>
    </message>
    <message>
      <source>Enter the recovery code you noted when the vault was made, together with the passphrase.</source>
      <translation>Geben Sie den Wiederherstellungscode, den Sie beim Anlegen des Tresors notiert haben, zusammen mit der Passphrase ein.</translation>
    </message>
    <message>
      <source>Your synced data is on the server: connect this laptop to the server with a new data folder; changes never synced stay unreadable in this copy.</source>
      <translation>Ihre synchronisierten Daten liegen auf dem Server: Verbinden Sie diesen Laptop mit einem neuen Datenordner mit dem Server; nie synchronisierte Änderungen bleiben in dieser Kopie unlesbar.</translation>
    </message>
    <message>
      <source>It has no recovery code.</source>
      <translation>Er hat keinen Wiederherstellungscode.</translation>
    </message>
  </context>
  <context>
    <name>WindowSync</name>
    <message>
      <source>Sync now</source>
      <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
      <source>The passphrase was changed on another laptop. Enter that one when asked after the next sync, then change it here.</source>
      <translation>Die Passphrase wurde auf einem anderen Laptop geändert. Geben Sie diese ein, wenn nach der nächsten Synchronisierung danach gefragt wird, und ändern Sie sie dann hier.</translation>
    </message>
    <message>
      <source>This vault now opens with the new passphrase.</source>
      <translation>Dieser Tresor öffnet sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message>
      <source>Laptop revoked</source>
      <translation>Laptop gesperrt</translation>
    </message>
    <message>
      <source>Not resolved</source>
      <translation>Nicht gelöst</translation>
    </message>
  </context>
  <context>
    <name>WorkArea</name>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Heute</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Fälle</translation>
    </message>
    <message>
      <source>Follow-ups</source>
      <translation>Wiedervorlagen</translation>
    </message>
    <message>
      <source>Offers</source>
      <translation>Angebote</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Berichte</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>DEMO – fictional data only</source>
      <translation>DEMO – nur fiktive Daten</translation>
    </message>
  </context>
  <context>
    <name>_Texts</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <source>There are unsaved changes in: %1. Save them?</source>
      <translation>Ungespeicherte Änderungen in: %1. Speichern?</translation>
    </message>
    <message>
      <source>The stored version of %1 changed meanwhile (e.g. by a sync) while you were editing. Save your input onto the newest version?</source>
      <translation>Die gespeicherte Fassung von %1 wurde inzwischen geändert (z. B. durch eine Synchronisierung), während Sie bearbeitet haben. Ihre Eingabe auf die neueste Fassung speichern?</translation>
    </message>
    <message>
      <source>Not saved: %1. Your input is kept; please try again.</source>
      <translation>Nicht gespeichert: %1. Ihre Eingaben bleiben erhalten; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>der Datenträger ist voll</translation>
    </message>
  </context>
  <context>
    <name>policy</name>
    <message>
      <source>Fallakte cannot start</source>
      <translation>Fallakte kann nicht starten</translation>
    </message>
    <message>
      <source>The machine-wide policy file is invalid, so Fallakte does not start. Please tell your IT department.</source>
      <translation>Die Richtliniendatei dieses Rechners ist fehlerhaft, deshalb startet Fallakte nicht. Bitte wenden Sie sich an Ihre IT.</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <source>Demo vault with fictional data – passphrase: %1</source>
      <translation>Demo-Tresor mit fiktiven Daten – Passphrase: %1</translation>
    </message>
  </context>
  <context>
    <name>codes</name>
    <message>
      <source>individual</source>
      <comment>SessionForm</comment>
      <translation>Einzelberatung</translation>
    </message>
    <message>
      <source>family</source>
      <comment>SessionForm</comment>
      <translation>Familienberatung</translation>
    </message>
    <message>
      <source>home visit</source>
      <comment>SessionForm</comment>
      <translation>Hausbesuch</translation>
    </message>
    <message>
      <source>phone</source>
      <comment>SessionForm</comment>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>video</source>
      <comment>SessionForm</comment>
      <translation>Video</translation>
    </message>
    <message>
      <source>group</source>
      <comment>SessionForm</comment>
      <translation>Gruppenangebot</translation>
    </message>
    <message>
      <source>accompaniment</source>
      <comment>SessionForm</comment>
      <translation>Begleitung</translation>
    </message>
    <message>
      <source>language</source>
      <comment>Field</comment>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>work</source>
      <comment>Field</comment>
      <translation>Arbeit</translation>
    </message>
    <message>
      <source>training</source>
      <comment>Field</comment>
      <translation>Ausbildung</translation>
    </message>
    <message>
      <source>school childcare</source>
      <comment>Field</comment>
      <translation>Schule und Kita</translation>
    </message>
    <message>
      <source>housing</source>
      <comment>Field</comment>
      <translation>Wohnen</translation>
    </message>
    <message>
      <source>health</source>
      <comment>Field</comment>
      <translation>Gesundheit</translation>
    </message>
    <message>
      <source>finances benefits</source>
      <comment>Field</comment>
      <translation>Finanzen und Leistungen</translation>
    </message>
    <message>
      <source>residence authorities</source>
      <comment>Field</comment>
      <translation>Aufenthalt und Behörden</translation>
    </message>
    <message>
      <source>family</source>
      <comment>Field</comment>
      <translation>Familie</translation>
    </message>
    <message>
      <source>participation</source>
      <comment>Field</comment>
      <translation>Gesellschaftliche Teilhabe und Ehrenamt</translation>
    </message>
    <message>
      <source>other</source>
      <comment>Field</comment>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <source>open</source>
      <comment>CaseStatus</comment>
      <translation>offen</translation>
    </message>
    <message>
      <source>paused</source>
      <comment>CaseStatus</comment>
      <translation>ruhend</translation>
    </message>
    <message>
      <source>closed</source>
      <comment>CaseStatus</comment>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>open</source>
      <comment>GoalStatus</comment>
      <translation>offen</translation>
    </message>
    <message>
      <source>in progress</source>
      <comment>GoalStatus</comment>
      <translation>in Arbeit</translation>
    </message>
    <message>
      <source>reached</source>
      <comment>GoalStatus</comment>
      <translation>erreicht</translation>
    </message>
    <message>
      <source>partly reached</source>
      <comment>GoalStatus</comment>
      <translation>teilweise erreicht</translation>
    </message>
    <message>
      <source>not reached</source>
      <comment>GoalStatus</comment>
      <translation>nicht erreicht</translation>
    </message>
    <message>
      <source>dropped</source>
      <comment>GoalStatus</comment>
      <translation>entfallen</translation>
    </message>
    <message>
      <source>open</source>
      <comment>StepStatus</comment>
      <translation>offen</translation>
    </message>
    <message>
      <source>done</source>
      <comment>StepStatus</comment>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>dropped</source>
      <comment>StepStatus</comment>
      <translation>entfallen</translation>
    </message>
    <message>
      <source>client</source>
      <comment>Responsible</comment>
      <translation>Klient:in</translation>
    </message>
    <message>
      <source>manager</source>
      <comment>Responsible</comment>
      <translation>IM</translation>
    </message>
    <message>
      <source>third party</source>
      <comment>Responsible</comment>
      <translation>Dritte</translation>
    </message>
    <message>
      <source>referred</source>
      <comment>ReferralStatus</comment>
      <translation>vermittelt</translation>
    </message>
    <message>
      <source>accepted</source>
      <comment>ReferralStatus</comment>
      <translation>angenommen</translation>
    </message>
    <message>
      <source>started</source>
      <comment>ReferralStatus</comment>
      <translation>begonnen</translation>
    </message>
    <message>
      <source>completed</source>
      <comment>ReferralStatus</comment>
      <translation>abgeschlossen</translation>
    </message>
    <message>
      <source>aborted</source>
      <comment>ReferralStatus</comment>
      <translation>abgebrochen</translation>
    </message>
    <message>
      <source>integration course</source>
      <comment>ReferralTarget</comment>
      <translation>Integrationskurs</translation>
    </message>
    <message>
      <source>language course dff</source>
      <comment>ReferralTarget</comment>
      <translation>Sprachkurs „Deutsch für Flüchtlinge“</translation>
    </message>
    <message>
      <source>jobcenter</source>
      <comment>ReferralTarget</comment>
      <translation>Jobcenter</translation>
    </message>
    <message>
      <source>employment agency</source>
      <comment>ReferralTarget</comment>
      <translation>Agentur für Arbeit</translation>
    </message>
    <message>
      <source>recognition counselling</source>
      <comment>ReferralTarget</comment>
      <translation>Anerkennungsberatung</translation>
    </message>
    <message>
      <source>migration counselling</source>
      <comment>ReferralTarget</comment>
      <translation>Migrationsberatung (MBE/JMD)</translation>
    </message>
    <message>
      <source>school social work</source>
      <comment>ReferralTarget</comment>
      <translation>Schulsozialarbeit</translation>
    </message>
    <message>
      <source>volunteering</source>
      <comment>ReferralTarget</comment>
      <translation>Ehrenamt</translation>
    </message>
    <message>
      <source>health</source>
      <comment>ReferralTarget</comment>
      <translation>Gesundheit</translation>
    </message>
    <message>
      <source>other</source>
      <comment>ReferralTarget</comment>
      <translation>Sonstiges</translation>
    </message>
    <message>
      <source>none</source>
      <comment>Employment</comment>
      <translation>keine</translation>
    </message>
    <message>
      <source>course</source>
      <comment>Employment</comment>
      <translation>Kurs/Maßnahme</translation>
    </message>
    <message>
      <source>training</source>
      <comment>Employment</comment>
      <translation>Ausbildung</translation>
    </message>
    <message>
      <source>minijob</source>
      <comment>Employment</comment>
      <translation>Minijob</translation>
    </message>
    <message>
      <source>part time</source>
      <comment>Employment</comment>
      <translation>Teilzeit</translation>
    </message>
    <message>
      <source>full time</source>
      <comment>Employment</comment>
      <translation>Vollzeit</translation>
    </message>
    <message>
      <source>self employed</source>
      <comment>Employment</comment>
      <translation>selbstständig</translation>
    </message>
    <message>
      <source>sgb2</source>
      <comment>Benefits</comment>
      <translation>SGB II (Bürgergeld)</translation>
    </message>
    <message>
      <source>asylblg</source>
      <comment>Benefits</comment>
      <translation>AsylbLG</translation>
    </message>
    <message>
      <source>sgb12</source>
      <comment>Benefits</comment>
      <translation>SGB XII</translation>
    </message>
    <message>
      <source>none</source>
      <comment>Benefits</comment>
      <translation>keine</translation>
    </message>
    <message>
      <source>none</source>
      <comment>CefrLevel</comment>
      <translation>keine Kenntnisse</translation>
    </message>
    <message>
      <source>A1</source>
      <comment>CefrLevel</comment>
      <translation>A1</translation>
    </message>
    <message>
      <source>A2</source>
      <comment>CefrLevel</comment>
      <translation>A2</translation>
    </message>
    <message>
      <source>B1</source>
      <comment>CefrLevel</comment>
      <translation>B1</translation>
    </message>
    <message>
      <source>B2</source>
      <comment>CefrLevel</comment>
      <translation>B2</translation>
    </message>
    <message>
      <source>C1</source>
      <comment>CefrLevel</comment>
      <translation>C1</translation>
    </message>
    <message>
      <source>C2</source>
      <comment>CefrLevel</comment>
      <translation>C2</translation>
    </message>
    <message>
      <source>female</source>
      <comment>Gender</comment>
      <translation>weiblich</translation>
    </message>
    <message>
      <source>male</source>
      <comment>Gender</comment>
      <translation>männlich</translation>
    </message>
    <message>
      <source>diverse</source>
      <comment>Gender</comment>
      <translation>divers</translation>
    </message>
    <message>
      <source>unspecified</source>
      <comment>Gender</comment>
      <translation>keine Angabe</translation>
    </message>
    <message>
      <source>self</source>
      <comment>Relation</comment>
      <translation>Hauptperson</translation>
    </message>
    <message>
      <source>spouse</source>
      <comment>Relation</comment>
      <translation>Ehepartner:in</translation>
    </message>
    <message>
      <source>child</source>
      <comment>Relation</comment>
      <translation>Kind</translation>
    </message>
    <message>
      <source>parent</source>
      <comment>Relation</comment>
      <translation>Elternteil</translation>
    </message>
    <message>
      <source>sibling</source>
      <comment>Relation</comment>
      <translation>Geschwister</translation>
    </message>
    <message>
      <source>other</source>
      <comment>Relation</comment>
      <translation>sonstige</translation>
    </message>
    <message>
      <source>gestattung</source>
      <comment>ResidenceKind</comment>
      <translation>Aufenthaltsgestattung</translation>
    </message>
    <message>
      <source>duldung</source>
      <comment>ResidenceKind</comment>
      <translation>Duldung (§ 60a AufenthG)</translation>
    </message>
    <message>
      <source>aufenthaltserlaubnis</source>
      <comment>ResidenceKind</comment>
      <translation>Aufenthaltserlaubnis</translation>
    </message>
    <message>
      <source>niederlassungserlaubnis</source>
      <comment>ResidenceKind</comment>
      <translation>Niederlassungserlaubnis</translation>
    </message>
    <message>
      <source>temporary protection 24</source>
      <comment>ResidenceKind</comment>
      <translation>Vorübergehender Schutz (§ 24 AufenthG)</translation>
    </message>
    <message>
      <source>fiktionsbescheinigung</source>
      <comment>ResidenceKind</comment>
      <translation>Fiktionsbescheinigung (§ 81 AufenthG)</translation>
    </message>
    <message>
      <source>ausbildungsduldung</source>
      <comment>ResidenceKind</comment>
      <translation>Ausbildungsduldung (§ 60c AufenthG)</translation>
    </message>
    <message>
      <source>beschaeftigungsduldung</source>
      <comment>ResidenceKind</comment>
      <translation>Beschäftigungsduldung (§ 60d AufenthG)</translation>
    </message>
    <message>
      <source>chancen aufenthaltsrecht</source>
      <comment>ResidenceKind</comment>
      <translation>Chancen-Aufenthaltsrecht (§ 104c AufenthG)</translation>
    </message>
    <message>
      <source>eu citizen</source>
      <comment>ResidenceKind</comment>
      <translation>EU-Bürger:in</translation>
    </message>
    <message>
      <source>german</source>
      <comment>ResidenceKind</comment>
      <translation>deutsche Staatsangehörigkeit</translation>
    </message>
    <message>
      <source>other</source>
      <comment>ResidenceKind</comment>
      <translation>sonstiger Status</translation>
    </message>
    <message>
      <source>follow up housing</source>
      <comment>HousingKind</comment>
      <translation>Anschlussunterbringung</translation>
    </message>
    <message>
      <source>private flat</source>
      <comment>HousingKind</comment>
      <translation>eigene Wohnung</translation>
    </message>
    <message>
      <source>other</source>
      <comment>HousingKind</comment>
      <translation>sonstige</translation>
    </message>
    <message>
      <source>none</source>
      <comment>RecognitionStatus</comment>
      <translation>kein Verfahren</translation>
    </message>
    <message>
      <source>in progress</source>
      <comment>RecognitionStatus</comment>
      <translation>im Verfahren</translation>
    </message>
    <message>
      <source>recognised</source>
      <comment>RecognitionStatus</comment>
      <translation>anerkannt</translation>
    </message>
    <message>
      <source>partly</source>
      <comment>RecognitionStatus</comment>
      <translation>teilweise anerkannt</translation>
    </message>
    <message>
      <source>rejected</source>
      <comment>RecognitionStatus</comment>
      <translation>abgelehnt</translation>
    </message>
    <message>
      <source>goals reached</source>
      <comment>ClosingReason</comment>
      <translation>Ziele erreicht</translation>
    </message>
    <message>
      <source>moved away</source>
      <comment>ClosingReason</comment>
      <translation>weggezogen</translation>
    </message>
    <message>
      <source>no longer needed</source>
      <comment>ClosingReason</comment>
      <translation>kein Bedarf mehr</translation>
    </message>
    <message>
      <source>client ended</source>
      <comment>ClosingReason</comment>
      <translation>von Klient:in beendet</translation>
    </message>
    <message>
      <source>max duration</source>
      <comment>ClosingReason</comment>
      <translation>Höchstdauer erreicht</translation>
    </message>
    <message>
      <source>handed over mbe jmd</source>
      <comment>ClosingReason</comment>
      <translation>an MBE/JMD übergeben</translation>
    </message>
    <message>
      <source>handed over regular services</source>
      <comment>ClosingReason</comment>
      <translation>an Regeldienste übergeben</translation>
    </message>
    <message>
      <source>contact lost</source>
      <comment>ClosingReason</comment>
      <translation>Kontakt abgebrochen</translation>
    </message>
    <message>
      <source>left germany</source>
      <comment>ClosingReason</comment>
      <translation>Ausreise oder Abschiebung</translation>
    </message>
    <message>
      <source>naturalised</source>
      <comment>ClosingReason</comment>
      <translation>eingebürgert</translation>
    </message>
    <message>
      <source>died</source>
      <comment>ClosingReason</comment>
      <translation>verstorben</translation>
    </message>
    <message>
      <source>other</source>
      <comment>ClosingReason</comment>
      <translation>sonstiger Grund</translation>
    </message>
    <message>
      <source>mbe</source>
      <comment>HandOverTarget</comment>
      <translation>Migrationsberatung für Erwachsene (MBE)</translation>
    </message>
    <message>
      <source>jmd</source>
      <comment>HandOverTarget</comment>
      <translation>Jugendmigrationsdienst (JMD)</translation>
    </message>
    <message>
      <source>jobcenter</source>
      <comment>HandOverTarget</comment>
      <translation>Jobcenter</translation>
    </message>
    <message>
      <source>regular services</source>
      <comment>HandOverTarget</comment>
      <translation>Regeldienst</translation>
    </message>
    <message>
      <source>other im team</source>
      <comment>HandOverTarget</comment>
      <translation>anderes IM-Team</translation>
    </message>
    <message>
      <source>pakt</source>
      <comment>FundingLine</comment>
      <translation>Pakt für Integration</translation>
    </message>
    <message>
      <source>soforthilfe ukraine</source>
      <comment>FundingLine</comment>
      <translation>Soforthilfe Ukraine</translation>
    </message>
    <message>
      <source>other</source>
      <comment>FundingLine</comment>
      <translation>andere Förderung</translation>
    </message>
  </context>
</TS>