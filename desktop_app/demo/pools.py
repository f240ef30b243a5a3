"""Name and text pools for the demo generator, drawn once per seed.

Names are combined at random from common given and family names (the built-in German and
Turkish lists of :mod:`desktop_app.demo.names` plus transliterated names as German authorities
spell them), so no generated person is a real one. No Faker: the package ships no demo-data
library (issue 19).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop_app.demo.names import GERMAN, TURKISH

# Common names as transliterated on German documents; combined at random they describe nobody.
ORIGIN_NAMES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    # country: (family names, female given, male given, languages)
    "SY": (
        [
            "Al-Hassan",
            "Haddad",
            "Khalil",
            "Darwish",
            "Sabbagh",
            "Mansour",
            "Nasser",
            "Othman",
            "Qasem",
            "Hamdan",
        ],
        ["Lina", "Rania", "Fatima", "Noor", "Amal", "Hiba", "Yasmin", "Rasha"],
        ["Mohammed", "Ahmad", "Yusuf", "Khaled", "Omar", "Hussein", "Mustafa", "Samer"],
        ["ar", "ku"],
    ),
    "AF": (
        ["Ahmadi", "Hosseini", "Rahimi", "Karimi", "Sultani", "Noori", "Haidari", "Amiri"],
        ["Zahra", "Maryam", "Parisa", "Soraya", "Fereshta", "Nilofar"],
        ["Ali", "Reza", "Omid", "Farid", "Jawad", "Hamid", "Mahmood"],
        ["fa", "ps"],
    ),
    "IQ": (
        ["Al-Jabouri", "Hassan", "Saleh", "Abbas", "Kareem", "Jaber"],
        ["Zainab", "Huda", "Sara", "Dunya"],
        ["Mustafa", "Haidar", "Ali", "Abdullah"],
        ["ar", "ku"],
    ),
    "UA": (
        [
            "Kovalenko",
            "Shevchenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchenko",
            "Melnyk",
            "Boyko",
            "Oliynyk",
        ],
        ["Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yulia"],
        ["Andrii", "Oleksandr", "Dmytro", "Serhii", "Mykola"],
        ["uk", "ru"],
    ),
    "ER": (
        ["Tesfay", "Gebremedhin", "Haile", "Tekle", "Berhane", "Kidane"],
        ["Senait", "Helen", "Luwam", "Selam"],
        ["Yonas", "Dawit", "Mehari", "Filmon"],
        ["ti"],
    ),
    "TR": ([], [], [], ["tr", "ku"]),
    "NG": (
        ["Okafor", "Adeyemi", "Eze", "Ogunleye", "Nwosu"],
        ["Chioma", "Blessing", "Amaka"],
        ["Emeka", "Tunde", "Chinedu"],
        ["en", "yo", "ig"],
    ),
    "GE": (
        ["Beridze", "Kapanadze", "Gelashvili", "Lomidze"],
        ["Nino", "Tamar", "Mariam"],
        ["Giorgi", "Levan", "Davit"],
        ["ka", "ru"],
    ),
}
ORIGIN_WEIGHTS = {"SY": 30, "AF": 20, "IQ": 10, "UA": 20, "ER": 6, "TR": 8, "NG": 3, "GE": 3}

MUNICIPALITIES = [
    "Ulm",
    "Reutlingen",
    "Tübingen",
    "Esslingen",
    "Ludwigsburg",
    "Heilbronn",
    "Pforzheim",
    "Offenburg",
    "Ravensburg",
    "Göppingen",
    "Aalen",
    "Sindelfingen",
]
PLACES = [
    "Büro Rathaus",
    "Gemeinschaftsunterkunft",
    "Wohnung der Familie",
    "Jobcenter",
    "Ausländerbehörde",
    "Telefon",
    "Beratungsstelle",
    "Schule",
]
MANAGERS = [
    "Katrin Vogel",
    "Jonas Brenner",
    "Selin Aydın",
    "Miriam Hofstetter",
    "David Krämer",
    "Aylin Demir",
]

NOTE_SNIPPETS = {
    "language": [
        "Anmeldung zum Integrationskurs besprochen.",
        "Kursplatz ab nächstem Monat.",
        "Prüfung B1 steht an, Lernmaterial mitgegeben.",
    ],
    "work": [
        "Lebenslauf gemeinsam überarbeitet.",
        "Bewerbung bei Pflegedienst vorbereitet.",
        "Termin bei der Arbeitsvermittlung vereinbart.",
    ],
    "training": ["Ausbildungsmesse besucht.", "Praktikum im Handwerk angefragt."],
    "school_childcare": ["Kita-Platz beantragt.", "Elterngespräch in der Schule begleitet."],
    "housing": [
        "Wohnungsanzeigen durchgesehen.",
        "Mietvertrag erklärt.",
        "Wohnberechtigungsschein beantragt.",
    ],
    "health": ["Hausarzttermin vereinbart.", "Krankenkassenkarte fehlt, nachgefragt."],
    "finances_benefits": [
        "Weiterbewilligungsantrag Jobcenter ausgefüllt.",
        "Kontoeröffnung besprochen.",
    ],
    "residence_authorities": [
        "Verlängerung der Aufenthaltserlaubnis vorbereitet.",
        "Termin Ausländerbehörde wahrgenommen.",
    ],
    "family": ["Familiennachzug: Unterlagen gesichtet.", "Kindergeldantrag gestellt."],
    "participation": ["Kontakt zum Sportverein hergestellt.", "Ehrenamtliche Patin vermittelt."],
    "other": ["Allgemeine Fragen geklärt."],
}
GOAL_TEXTS = {
    "language": ("Deutschkenntnisse auf B1 verbessern", "Zertifikat B1 (DTZ)"),
    "work": ("Sozialversicherungspflichtige Arbeit aufnehmen", "Arbeitsvertrag liegt vor"),
    "training": ("Ausbildungsplatz finden", "Ausbildungsvertrag unterschrieben"),
    "school_childcare": ("Kita-Platz für jüngstes Kind", "Platzzusage der Kita"),
    "housing": ("Eigene Wohnung finden", "Mietvertrag unterschrieben"),
    "health": ("Hausärztliche Versorgung sichern", "Hausarzt gefunden"),
    "finances_benefits": ("Leistungsbezug unabhängig regeln", "Eigenes Einkommen deckt Bedarf"),
    "residence_authorities": ("Aufenthalt sichern", "Aufenthaltserlaubnis verlängert"),
    "family": ("Familiennachzug vorbereiten", "Antrag gestellt"),
    "participation": ("Kontakte im Stadtteil knüpfen", "Mitglied in einem Verein"),
}
STEP_TEXTS = [
    "Unterlagen zusammenstellen",
    "Antrag stellen",
    "Termin vereinbaren",
    "Beratungsstelle aufsuchen",
    "Nachweis einreichen",
    "Rückmeldung abwarten",
]


@dataclass
class NamePools:
    """Family and given names per origin country, drawn from the lists above."""

    by_origin: dict[str, tuple[list[str], list[str], list[str], list[str]]]


def _draw(
    rng: random.Random, lists: tuple[list[str], list[str], list[str]], langs: list[str]
) -> tuple[list[str], list[str], list[str], list[str]]:
    family, female, male = lists
    return (
        rng.sample(family, 20),
        rng.sample(female, min(15, len(female))),
        rng.sample(male, min(15, len(male))),
        langs,
    )


def build_pools(seed: int) -> NamePools:
    """Name pools for one seed (drawn with a seeded generator, so they are reproducible)."""
    pools = dict(ORIGIN_NAMES)
    pools["TR"] = _draw(random.Random(seed + 1), TURKISH, ["tr", "ku"])
    pools["DE"] = _draw(random.Random(seed), GERMAN, ["de"])
    return NamePools(pools)


def pick_origin(rng: random.Random) -> str:
    """An origin country by the weights above."""
    return rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
