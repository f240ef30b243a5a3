"""The written definition of every figure, in German, as the cover sheet and the PDF print it.

docs/REPORTS.md holds the same rules in English; the code in ``activity``, ``outcomes`` and
``series`` computes exactly these.
"""

from __future__ import annotations

GENERAL: tuple[tuple[str, str], ...] = (
    (
        "Zeitraum",
        "Alle Tage von Beginn bis Ende einschließlich. Ein Ereignis zählt, wenn sein Datum im"
        " Zeitraum liegt (Gespräch: Tag des Gesprächs; Vermittlung: Tag der Vermittlung).",
    ),
    (
        "Umfang",
        "Team: alle Fälle; Eigene Fälle: Fälle, für die die angemeldete Person zuständig ist;"
        " Integrationsmanager:in: Fälle dieser zuständigen Person. Wurde ein Fall übergeben,"
        " zählt er bei beiden Umfängen nur für die Tage, an denen die Person zuständig war:"
        " Gespräche, Integrationspläne, Vereinbarungen, Vermittlungen und Ziele nach ihrem"
        " Datum, neue Fälle am Tag des Beginns, abgeschlossene am Tag des Abschlusses; als Fall"
        " in Betreuung zählt er für jede Person, die ihn im Zeitraum betreut hat.",
    ),
    (
        "Fall in Betreuung",
        "Beginn der Unterstützung spätestens am Ende des Zeitraums und kein Abschluss vor"
        " seinem Beginn (ohne Abschlussdatum gilt der Fall als laufend).",
    ),
    (
        "Personen in Betreuung",
        "Alle Personen (Hauptklient:innen und Haushaltsangehörige) der Fälle in Betreuung.",
    ),
    (
        "Kleine Fallzahlen",
        "Nur in der Auswertung im Team: ein Wert, der auf 1 bis 4 verschiedenen Personen"
        " beruht, erscheint als „•“, ebenso jeder Wert, aus dem sich ein solcher über Summen"
        " (Gesamt-Zeilen und -Spalten) errechnen ließe. 0 wird gezeigt. Ein Anteil wird"
        " gesperrt, wenn Zähler oder Nenner klein sind. Die Kennzahlen für das Land zeigen"
        " exakte Zahlen ohne Aufschlüsselung nach persönlichen Merkmalen.",
    ),
    (
        "Zuordnung zu Integrationsmanager:innen",
        "Fälle und ihre Personen zählen bei der zuständigen Person am letzten Tag des Zeitraums"
        " (neue und abgeschlossene Fälle: am Tag des Beginns bzw. Abschlusses). Gespräche,"
        " Integrationspläne, Vereinbarungen und Vermittlungen zählen bei der Person, die sie"
        " angelegt hat, sonst bei der zuständigen Person des Falls an diesem Tag.",
    ),
    (
        "Förderlinie",
        "Je Fall: Pakt für Integration, Soforthilfe Ukraine oder andere Förderung; ohne"
        " Angabe gilt die Voreinstellung des Teams.",
    ),
)

KENNZAHLEN: tuple[tuple[str, str], ...] = (
    ("Neue Fälle", "Fälle, deren Unterstützung im Zeitraum begann."),
    (
        "Abgeschlossene Fälle",
        "Fälle mit Status abgeschlossen und Abschlussdatum im Zeitraum, nach Abschlussgrund.",
    ),
    (
        "Integrationspläne erstellt",
        "Fälle, deren erstes Ziel (frühestes Erstellungsdatum) im Zeitraum angelegt wurde.",
    ),
    (
        "Integrationsvereinbarungen unterzeichnet",
        "Unterzeichnete Vereinbarungen mit Unterschriftsdatum im Zeitraum (jede Fassung zählt).",
    ),
    (
        "Beratungsgespräche, Beratungsstunden",
        "Gespräche mit Datum im Zeitraum (auch noch nicht abgeschlossene Entwürfe);"
        " Stunden = Summe der Dauer / 60, auf eine Nachkommastelle.",
    ),
    ("Gespräche mit Dolmetscher:in", "Gespräche, bei denen eine Dolmetschsprache angegeben ist."),
    ("Hausbesuche", "Gespräche der Form Hausbesuch."),
    (
        "Nach Handlungsfeld",
        "Ein Gespräch zählt bei jedem seiner Themen einmal; die Summe kann daher größer sein"
        " als die Zahl der Gespräche.",
    ),
    (
        "Vermittlungen",
        "Vermittlungen mit Vermittlungsdatum im Zeitraum, nach Ziel und heutigem Status.",
    ),
    (
        "Personen erreicht, Erreichungsquote",
        "Personen in Betreuung, die an mindestens einem Gespräch im Zeitraum teilgenommen haben"
        " (Teilnehmende des Gesprächs, ohne Angabe die Hauptklient:in); Erreichungsquote ="
        " Personen erreicht / Personen in Betreuung (aus den Fallakten).",
    ),
    (
        "Betreuungsquote",
        "Personen in Betreuung mit Wohnort in der Kommune (Unterbringung der Person) / Personen"
        " in der Anschlussunterbringung der Kommune, wie die Teamleitung sie für genau diesen"
        " Zeitraum eingetragen hat (mit Quelle). Nicht zu verwechseln mit der Erreichungsquote.",
    ),
    ("Erstgespräche", "Fälle, deren erstes Gespräch überhaupt im Zeitraum stattfand."),
    (
        "VZÄ, Fälle und Personen je VZÄ",
        "Vollzeitäquivalente, von der Teamleitung je Integrationsmanager:in, Förderlinie und"
        " genau diesem Zeitraum eingetragen; je VZÄ = Fälle bzw. Personen in Betreuung / VZÄ.",
    ),
    (
        "Arbeit je Integrationsmanager:in, Auswertung Zeitraum",
        "Je Integrationsmanager:in (Zuordnung oben); nur für die Teamleitung. Die Spalten der"
        " Auswertung Zeitraum kommen aus einer anpassbaren Zuordnungsdatei (siehe Quellen).",
    ),
)

WIRKUNG: tuple[tuple[str, str], ...] = (
    (
        "Ziele nach Handlungsfeld",
        "Ziele, deren Status im Zeitraum auf erreicht, teilweise erreicht oder nicht erreicht"
        " wechselte (Datum der Statusänderung im Zeitraum).",
    ),
    (
        "Aufenthaltsstatus gesichert",
        "Personen, deren Aufenthaltsstatus im Zeitraum im Rang stieg: Gestattung, Duldung,"
        " sonstiger → vorübergehender Schutz, Aufenthaltserlaubnis → Niederlassungserlaubnis,"
        " EU-Bürger:in, deutsch. Datum: „seit“ des neuen Status, sonst Tag der Änderung.",
    ),
    (
        "Sprachniveau Deutsch gestiegen",
        "Personen, deren letzte Einstufung bis Zeitraumende höher liegt als die letzte vor dem"
        " Zeitraum (ohne eine solche: die erste im Zeitraum); GER-Stufen = Summe der Anstiege.",
    ),
    (
        "Schul- oder Kitaplatz gefunden",
        "Fälle mit einem Ziel im Handlungsfeld Schule und Kita, das im Zeitraum erreicht wurde.",
    ),
    (
        "Ausbildung begonnen",
        "Personen mit einem Beschäftigungseintrag Ausbildung im Zeitraum nach einem anderen.",
    ),
    (
        "Beschäftigung aufgenommen",
        "Personen mit einem Eintrag Minijob, Teilzeit, Vollzeit oder selbstständig im Zeitraum"
        " nach einem Eintrag ohne Beschäftigung (keine, Kurs, Ausbildung).",
    ),
    (
        "Leistungsbezug beendet",
        "Personen mit einem Leistungseintrag „keine“ im Zeitraum nach SGB II, AsylbLG"
        " oder SGB XII.",
    ),
    (
        "Gesundheitsziel erreicht",
        "Fälle mit einem Ziel im Handlungsfeld Gesundheit, das im Zeitraum erreicht wurde.",
    ),
    (
        "Eigene Wohnung gefunden",
        "Personen, deren Unterbringung im Zeitraum von Anschlussunterbringung oder sonstiger"
        " zu eigener Wohnung wechselte (aus dem Verlauf der Personendaten).",
    ),
    (
        "Anteile Plan, Vereinbarung, Überprüfung",
        "Fälle in Betreuung mit einem Ziel bis Zeitraumende, mit einer bis dahin unterzeichneten"
        " Vereinbarung, mit einem offenen Ziel, dessen Überprüfungsdatum vor dem Zeitraumende"
        " (oder vor dem Erstellungstag, wenn früher) liegt.",
    ),
)

VERLAUF: tuple[tuple[str, str], ...] = (
    (
        "Monatlicher Verlauf",
        "Je Kalendermonat im Zeitraum: Gespräche und Stunden in diesem Monat, aktive Fälle ="
        " Fälle in Betreuung in diesem Monat.",
    ),
)


def all_definitions() -> tuple[tuple[str, str], ...]:
    """Every definition in print order."""
    return GENERAL + KENNZAHLEN + WIRKUNG + VERLAUF
