<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessibilityGuard</name>
    <message>
        <source>Clear text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPrompts</name>
    <message>
        <source>New device signed in: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this was not you, revoke the device now and change your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not expect this device, ask IT to revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 revoked: it wipes itself when it next connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Handed over to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
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
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session still a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan reviews long overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue for more than 90 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed agreement yet. Print the draft, then record the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft printed. Record the signature once it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement %1 recorded as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a signed agreement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved unencrypted as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Case file opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s events, pulled at each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own events on this laptop. Team leads see the team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitsSection</name>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseAuskunft</name>
    <message>
        <source>Create copy for the client (Art. 15)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for the client (Art. 15 GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy lists everything stored about %1 in this case: master data, household, sessions with their notes, plan, agreements, referrals, consents, documents (by name) and the history of changes. Print it to hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved unencrypted as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHandover</name>
    <message>
        <source>Hand over case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed case cannot be handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already managed by this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies before the current manager took the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period of this case ended on %1. It cannot be reopened; the team lead deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search by name, case number or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Create the first case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePause</name>
    <message>
        <source>Set to resting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend (4th year)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already extended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible from %1 (the last %2 months of the third year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only possible until %1, the end of the third year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend support into a fourth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set case to resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check resumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend into a fourth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was already extended; a fourth year is granted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is only possible in the last %1 months of the third year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already resting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not resting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies before the start of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies before the end of the last pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies before the start of the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned resumption lies before the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no start of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close each open item or carry it over: it then stays open and the closing notes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open goals, follow-ups or referrals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingWords</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over (stays open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day of closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of closing cannot be before the start of support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of closing cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a closing reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a hand-over target from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict: %1 record(s) of this case were changed here and elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <source>Two people changed the same field before their laptops synced. Choose per field which value stays, or combine both; nothing is lost until you resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: everything is in step with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code from IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this vault to your team&apos;s server. Its case files are then uploaded into the team, encrypted; the server cannot read them. The vault&apos;s passphrase becomes your account&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this laptop to your team&apos;s server. With the enrollment code from IT you choose your passphrase now; on a second laptop you only need user name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address starts with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrollment code from IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release from confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid consent: counselling without a valid consent is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentWarning</name>
    <message>
        <source>Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print release from confidentiality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid consent of this person covers “%1”: before passing on any data, record a consent or print a release from confidentiality for signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionMessages</name>
    <message>
        <source>The text is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal needs a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the goal was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the plan began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation cannot lie in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked before it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Fallakte keeps your case files encrypted on this laptop. The passphrase protects them if the laptop is lost. Nobody can recover a forgotten passphrase on this laptop: choose one you will remember, at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Choose a document to view it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be shown here. Use “Save as…” to open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a readable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description for the next file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet. Add files or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to add them. They are stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” is damaged or incomplete and cannot be opened. Other documents are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1” was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationPicker</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EducationSection</name>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmploymentSection</name>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>The %1 file is not encrypted: it leaves the protected vault and can be read by anyone who gets hold of it. Save it only where it is safe, and delete it when it is no longer needed. Saving is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an internal report: it shows small figures (fewer than 5 persons) without hiding them. Keep it inside the team; do not send it to the state or funders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (zip) (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <source>Choice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Compare fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the fingerprints to each other (in person or by phone). Continue only if %1&apos;s screen shows exactly the fingerprint on the right, and yours the one on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups. A follow-up date in a session adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message>
        <source>The stored version changed meanwhile (e.g. by a sync). Save replaces it with your input; “Show stored version” drops your input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundingSection</name>
    <message>
        <source>Funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryLabels</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a 4th year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over (still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible since (hand-over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (earlier form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at (place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created despite possible duplicates (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdSection</name>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who removed them can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removal can be undone for one day only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingSection</name>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurmanji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (CEFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. integration course B1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language level recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadInputsDialog</name>
    <message>
        <source>Figures entered by the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default funding line of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in follow-up housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons in follow-up housing per municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VZÄ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time equivalents per manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time equivalents (VZÄ) per manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality row %1: name and a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VZÄ row %1: manager, funding line and 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeasePage</name>
    <message>
        <source>Checking online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check online now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has not reached the server for more than %1 days. Connect it to the network and check in online before the case files open. (This is how a lost laptop learns that IT has blocked it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fallakte – DEMO with fictional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallakte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>this is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed, fingerprint compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Syria, Afghanistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Arabic, Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person may already have a case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to create a new case anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. another person, ID checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly the same birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no birth date to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3 · born %4 · %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing case, or give a reason to create a new case for this person anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop does not hold the team key yet, so no case can be written. A team lead must confirm you: tell them the fingerprint shown on the Team page. Then verify your lead there (compare their fingerprint) and synchronise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team key yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of your account was changed on another laptop. Enter the new passphrase once: this vault then opens with it. Until then it still opens with the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the new passphrase. Nothing was changed: the vault still opens with the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop&apos;s sign-in, most likely because the passphrase was changed on another laptop. Synchronisation has stopped. Enter the current passphrase of your account: this laptop signs in again and the vault then opens with it. Nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this passphrase. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferConflicts</name>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet. Add the first offer of your region above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages, e.g. de, ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1. Two people changed the same offer before their laptops synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsBox</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfTarget</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file is not encrypted: it leaves the protected vault and can be read by anyone who gets hold of it. Save it only where it is safe, and delete it when it is no longer needed. Saving is recorded in the audit log.

To hand the document over, printing is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Syria, Afghanistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Arabic, Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Goal / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review / due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Integration plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. Add the first goal of the integration plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordConflict</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A combined value is not valid; check its format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed meanwhile (another save or a sync): saving keeps the new values of the fields you did not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A final session or signed agreement cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main client cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry? You can undo this for one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion can be undone for one day only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who deleted it can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it apart from this laptop. The vault is now tied to this laptop&apos;s keyring: if the keyring is lost (a new laptop, a reinstalled system), the vault opens only with this code and your passphrase. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTab</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet. Choose a target and an offer above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (if not the offer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPickers</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name, e.g. Nord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures for the state (exact, no personal breakdowns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team evaluation (breakdowns, small cells hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (everything, not to be passed on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team (all cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV (zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures entered by the lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A helper process of the report ended unexpectedly (killed or out of memory). Nothing was written; the report can be made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report ready: %1 tables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidenceSection</name>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit %2 (usual: %3). Please check; you can still save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>e.g. Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY (creates a follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid consent on file: please record one under Overview → Consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final – can only be amended (%1 amendment(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was finalised elsewhere meanwhile (e.g. by a sync): your input was not saved. Copy what you need into an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was changed elsewhere meanwhile (e.g. by a sync). Save replaces the stored version with your input; “Show stored version” drops your input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(amended)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallakte %1 – licence: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No machine-wide policy: the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase only: no secure keyring (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase only: the keyring (%1) is locked or unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase only: not bound to the keyring (%1) yet (fallakte recovery-code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by IT in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after at most %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online check at least every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases are deleted after %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4th year can be granted in the last %1 months of the third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation on agreements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key: not pinned yet (pinned at the next synchronisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed by IT in the policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused records kept aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Record signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interpreter took part and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan attached (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the signature only after the printed agreement was signed on paper. The signed version cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureWords</name>
    <message>
        <source>The plan has no goals yet: add goals before the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was changed after the draft was printed. Print the draft again and have that one signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place where the agreement was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of signing cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of everyone who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signer needs a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s signature is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counsellor&apos;s signature is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the interpreter&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this laptop&apos;s sign-in. Connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints do not match. Nothing was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already connected to a server account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy provided by IT cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code is wrong or has expired. Ask IT for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead has not confirmed you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT has revoked this laptop. Its vault and stored sign-in were deleted from it. The case files are still on the server: connect again with a new enrollment code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused records kept aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing synchronised for this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePreview</name>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team members shown. Connect to the team&apos;s server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not connected to a server. Connect it to work with your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team key from %1 is waiting: compare their fingerprint, then choose Trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for you: compare fingerprints, then choose Confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead must confirm you. Tell them your fingerprint shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? They can no longer read anything written from now on; the team key is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the whole team&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is being prepared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due. Follow-ups, reviews and deadlines appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Fallakte is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsavedMarker</name>
    <message>
        <source>● unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationMessages</name>
    <message>
        <source>Date of birth is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts at least 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot last longer than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date is before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of consent is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked before it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language level is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of benefits is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of the session is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal needs a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the goal was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible party is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown responsible party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is before the plan began (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed case needs a closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing reason is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown closing reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of the referral is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target of the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDoor</name>
    <message>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the passphrase on another laptop? Enter the previous one here once; Fallakte then asks for the new one at the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code does not open the vault. Check it (letters and digits, in groups of four) and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is tied to the keyring of the laptop it was set up on, and this laptop&apos;s keyring does not hold its key: the passphrase alone does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery code you noted when the vault was made, together with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your synced data is on the server: connect this laptop to the server with a new data folder; changes never synced stay unreadable in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed on another laptop. Enter that one when asked after the next sync, then change it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault now opens with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO – fictional data only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are unsaved changes in: %1. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored version of %1 changed meanwhile (e.g. by a sync) while you were editing. Save your input onto the newest version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your input is kept; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>Fallakte cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-wide policy file is invalid, so Fallakte does not start. Please tell your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Demo vault with fictional data – passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
