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
        " Integrationsmanager:in: Fälle dieser zuständigen Person.",
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
        "Ein Wert, der auf 1 bis 4 verschiedenen Personen beruht, erscheint als „< 5“, wenn"
        " die Unterdrückung eingeschaltet ist (Standard). 0 wird gezeigt. Ein Anteil wird"
        " unterdrückt, wenn Zähler oder Nenner klein sind.",
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
        "Betreuungsquote",
        "Personen in Betreuung mit mindestens einem Gespräch im Zeitraum (Teilnehmende des"
        " Gesprächs, ohne Angabe die Hauptklient:in) geteilt durch Personen in Betreuung.",
    ),
    (
        "Fallbelastung",
        "Je zuständiger Integrationsmanager:in; nur für die Teamleitung.",
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
