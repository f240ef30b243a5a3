"""Code lists of DOMAIN.md with their German (UI) and English labels."""

from __future__ import annotations

from enum import StrEnum


class SessionForm(StrEnum):
    """Form of a counselling conversation."""

    INDIVIDUAL = "individual"
    FAMILY = "family"
    HOME_VISIT = "home_visit"
    PHONE = "phone"
    VIDEO = "video"
    GROUP = "group"
    ACCOMPANIMENT = "accompaniment"


class Field(StrEnum):
    """Field of action (Handlungsfeld): the topic of a session, the field of a goal."""

    LANGUAGE = "language"
    WORK = "work"
    TRAINING = "training"
    SCHOOL_CHILDCARE = "school_childcare"
    HOUSING = "housing"
    HEALTH = "health"
    FINANCES_BENEFITS = "finances_benefits"
    RESIDENCE_AUTHORITIES = "residence_authorities"
    FAMILY = "family"
    PARTICIPATION = "participation"
    OTHER = "other"


class CaseStatus(StrEnum):
    """Status of a case."""

    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"


class GoalStatus(StrEnum):
    """Status of a goal."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    PARTLY_REACHED = "partly_reached"
    NOT_REACHED = "not_reached"
    DROPPED = "dropped"


class StepStatus(StrEnum):
    """Status of a step."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Responsible(StrEnum):
    """Who carries out a step."""

    CLIENT = "client"
    MANAGER = "manager"
    THIRD_PARTY = "third_party"


class ReferralStatus(StrEnum):
    """Status of a referral."""

    REFERRED = "referred"
    ACCEPTED = "accepted"
    STARTED = "started"
    COMPLETED = "completed"
    ABORTED = "aborted"


class ReferralTarget(StrEnum):
    """Kind of offer a client is referred to; also the category of an offer."""

    INTEGRATION_COURSE = "integration_course"
    LANGUAGE_COURSE_DFF = "language_course_dff"
    JOBCENTER = "jobcenter"
    EMPLOYMENT_AGENCY = "employment_agency"
    RECOGNITION_COUNSELLING = "recognition_counselling"
    MIGRATION_COUNSELLING = "migration_counselling"
    SCHOOL_SOCIAL_WORK = "school_social_work"
    VOLUNTEERING = "volunteering"
    HEALTH = "health"
    OTHER = "other"


class Employment(StrEnum):
    """Employment status."""

    NONE = "none"
    COURSE = "course"
    TRAINING = "training"
    MINIJOB = "minijob"
    PART_TIME = "part_time"
    FULL_TIME = "full_time"
    SELF_EMPLOYED = "self_employed"


class Benefits(StrEnum):
    """Kind of benefits received."""

    SGB2 = "sgb2"
    ASYLBLG = "asylblg"
    SGB12 = "sgb12"
    NONE = "none"


class CefrLevel(StrEnum):
    """Language level on the CEFR scale."""

    NONE = "none"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"


class Gender(StrEnum):
    """Gender (optional)."""

    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNSPECIFIED = "unspecified"


class Relation(StrEnum):
    """Relation of a household member to the main client."""

    SELF = "self"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class ResidenceKind(StrEnum):
    """Kind of residence status."""

    GESTATTUNG = "gestattung"
    DULDUNG = "duldung"
    AUFENTHALTSERLAUBNIS = "aufenthaltserlaubnis"
    NIEDERLASSUNGSERLAUBNIS = "niederlassungserlaubnis"
    TEMPORARY_PROTECTION_24 = "temporary_protection_24"
    FIKTIONSBESCHEINIGUNG = "fiktionsbescheinigung"
    AUSBILDUNGSDULDUNG = "ausbildungsduldung"
    BESCHAEFTIGUNGSDULDUNG = "beschaeftigungsduldung"
    CHANCEN_AUFENTHALTSRECHT = "chancen_aufenthaltsrecht"
    EU_CITIZEN = "eu_citizen"
    GERMAN = "german"
    OTHER = "other"


class HousingKind(StrEnum):
    """Kind of housing."""

    FOLLOW_UP_HOUSING = "follow_up_housing"
    PRIVATE_FLAT = "private_flat"
    OTHER = "other"


class RecognitionStatus(StrEnum):
    """Status of the recognition of a foreign qualification."""

    NONE = "none"
    IN_PROGRESS = "in_progress"
    RECOGNISED = "recognised"
    PARTLY = "partly"
    REJECTED = "rejected"


class ClosingReason(StrEnum):
    """Why a case was closed."""

    GOALS_REACHED = "goals_reached"
    MOVED_AWAY = "moved_away"
    NO_LONGER_NEEDED = "no_longer_needed"
    CLIENT_ENDED = "client_ended"
    MAX_DURATION = "max_duration"
    HANDED_OVER_MBE_JMD = "handed_over_mbe_jmd"
    HANDED_OVER_REGULAR_SERVICES = "handed_over_regular_services"
    CONTACT_LOST = "contact_lost"
    LEFT_GERMANY = "left_germany"
    NATURALISED = "naturalised"
    DIED = "died"
    OTHER = "other"


class HandOverTarget(StrEnum):
    """Where a closed case was handed over to (optional, with the closing)."""

    MBE = "mbe"
    JMD = "jmd"
    JOBCENTER = "jobcenter"
    REGULAR_SERVICES = "regular_services"
    OTHER_IM_TEAM = "other_im_team"


class FundingLine(StrEnum):
    """Which programme funds a case's integration management (reports split by it)."""

    PAKT = "pakt"
    SOFORTHILFE_UKRAINE = "soforthilfe_ukraine"
    OTHER = "other"


_DE: dict[type[StrEnum], dict[str, str]] = {
    SessionForm: {
        "individual": "Einzelberatung",
        "family": "Familienberatung",
        "home_visit": "Hausbesuch",
        "phone": "Telefon",
        "video": "Video",
        "group": "Gruppenangebot",
        "accompaniment": "Begleitung",
    },
    Field: {
        "language": "Sprache",
        "work": "Arbeit",
        "training": "Ausbildung",
        "school_childcare": "Schule und Kita",
        "housing": "Wohnen",
        "health": "Gesundheit",
        "finances_benefits": "Finanzen und Leistungen",
        "residence_authorities": "Aufenthalt und Behörden",
        "family": "Familie",
        "participation": "Gesellschaftliche Teilhabe und Ehrenamt",
        "other": "Sonstiges",
    },
    CaseStatus: {"open": "offen", "paused": "ruhend", "closed": "abgeschlossen"},
    GoalStatus: {
        "open": "offen",
        "in_progress": "in Arbeit",
        "reached": "erreicht",
        "partly_reached": "teilweise erreicht",
        "not_reached": "nicht erreicht",
        "dropped": "entfallen",
    },
    StepStatus: {"open": "offen", "done": "erledigt", "dropped": "entfallen"},
    Responsible: {"client": "Klient:in", "manager": "IM", "third_party": "Dritte"},
    ReferralStatus: {
        "referred": "vermittelt",
        "accepted": "angenommen",
        "started": "begonnen",
        "completed": "abgeschlossen",
        "aborted": "abgebrochen",
    },
    ReferralTarget: {
        "integration_course": "Integrationskurs",
        "language_course_dff": "Sprachkurs „Deutsch für Flüchtlinge“",
        "jobcenter": "Jobcenter",
        "employment_agency": "Agentur für Arbeit",
        "recognition_counselling": "Anerkennungsberatung",
        "migration_counselling": "Migrationsberatung (MBE/JMD)",
        "school_social_work": "Schulsozialarbeit",
        "volunteering": "Ehrenamt",
        "health": "Gesundheit",
        "other": "Sonstiges",
    },
    Employment: {
        "none": "keine",
        "course": "Kurs/Maßnahme",
        "training": "Ausbildung",
        "minijob": "Minijob",
        "part_time": "Teilzeit",
        "full_time": "Vollzeit",
        "self_employed": "selbstständig",
    },
    Benefits: {
        "sgb2": "SGB II (Bürgergeld)",
        "asylblg": "AsylbLG",
        "sgb12": "SGB XII",
        "none": "keine",
    },
    CefrLevel: {
        "none": "keine Kenntnisse",
        "A1": "A1",
        "A2": "A2",
        "B1": "B1",
        "B2": "B2",
        "C1": "C1",
        "C2": "C2",
    },
    Gender: {
        "female": "weiblich",
        "male": "männlich",
        "diverse": "divers",
        "unspecified": "keine Angabe",
    },
    Relation: {
        "self": "Hauptperson",
        "spouse": "Ehepartner:in",
        "child": "Kind",
        "parent": "Elternteil",
        "sibling": "Geschwister",
        "other": "sonstige",
    },
    ResidenceKind: {
        "gestattung": "Aufenthaltsgestattung",
        "duldung": "Duldung (§ 60a AufenthG)",
        "aufenthaltserlaubnis": "Aufenthaltserlaubnis",
        "niederlassungserlaubnis": "Niederlassungserlaubnis",
        "temporary_protection_24": "Vorübergehender Schutz (§ 24 AufenthG)",
        "fiktionsbescheinigung": "Fiktionsbescheinigung (§ 81 AufenthG)",
        "ausbildungsduldung": "Ausbildungsduldung (§ 60c AufenthG)",
        "beschaeftigungsduldung": "Beschäftigungsduldung (§ 60d AufenthG)",
        "chancen_aufenthaltsrecht": "Chancen-Aufenthaltsrecht (§ 104c AufenthG)",
        "eu_citizen": "EU-Bürger:in",
        "german": "deutsche Staatsangehörigkeit",
        "other": "sonstiger Status",
    },
    HousingKind: {
        "follow_up_housing": "Anschlussunterbringung",
        "private_flat": "eigene Wohnung",
        "other": "sonstige",
    },
    RecognitionStatus: {
        "none": "kein Verfahren",
        "in_progress": "im Verfahren",
        "recognised": "anerkannt",
        "partly": "teilweise anerkannt",
        "rejected": "abgelehnt",
    },
    ClosingReason: {
        "goals_reached": "Ziele erreicht",
        "moved_away": "weggezogen",
        "no_longer_needed": "kein Bedarf mehr",
        "client_ended": "von Klient:in beendet",
        "max_duration": "Höchstdauer erreicht",
        "handed_over_mbe_jmd": "an MBE/JMD übergeben",
        "handed_over_regular_services": "an Regeldienste übergeben",
        "contact_lost": "Kontakt abgebrochen",
        "left_germany": "Ausreise oder Abschiebung",
        "naturalised": "eingebürgert",
        "died": "verstorben",
        "other": "sonstiger Grund",
    },
    HandOverTarget: {
        "mbe": "Migrationsberatung für Erwachsene (MBE)",
        "jmd": "Jugendmigrationsdienst (JMD)",
        "jobcenter": "Jobcenter",
        "regular_services": "Regeldienst",
        "other_im_team": "anderes IM-Team",
    },
    FundingLine: {
        "pakt": "Pakt für Integration",
        "soforthilfe_ukraine": "Soforthilfe Ukraine",
        "other": "andere Förderung",
    },
}

GERMAN_LABELS: dict[type[StrEnum], dict[str, str]] = _DE


def label_de(member: StrEnum) -> str:
    """The German label the UI shows for a code."""
    return _DE[type(member)][member.value]


def label_en(member: StrEnum) -> str:
    """The English label: the code with underscores as spaces (``home_visit`` → home visit)."""
    return member.value.replace("_", " ")


def is_code(enum: type[StrEnum], value: object) -> bool:
    """True if ``value`` is one of the codes of ``enum``."""
    return isinstance(value, str) and value in enum._value2member_map_
