"""Fixed texts of the printed integration agreement, in German and the client's language.

These are document texts, printed side by side; the UI itself is translated through Qt.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Integrationsvereinbarung",
        "number": "Nummer",
        "between": "zwischen",
        "and": "und dem Integrationsmanagement",
        "intro": "Wir vereinbaren die folgenden Ziele und Schritte. Beide Seiten tragen dazu bei, "
        "sie zu erreichen. Die Vereinbarung wird regelmäßig gemeinsam überprüft.",
        "goal": "Ziel",
        "target": "Messbares Ziel",
        "review": "Überprüfung am",
        "steps": "Schritte",
        "responsible": "zuständig",
        "due": "bis",
        "signed_on": "Unterschrieben am",
        "interpreter": "Mit Dolmetschung",
        "signature": "Unterschrift",
        "client": "Klient:in",
        "manager": "Integrationsmanagement",
        "page": "Seite",
    },
    "en": {
        "title": "Integration agreement",
        "number": "Number",
        "between": "between",
        "and": "and the integration management",
        "intro": "We agree on the following goals and steps. Both sides help to reach them. "
        "We review this agreement together regularly.",
        "goal": "Goal",
        "target": "Measurable target",
        "review": "Review on",
        "steps": "Steps",
        "responsible": "responsible",
        "due": "by",
        "signed_on": "Signed on",
        "interpreter": "With an interpreter",
        "signature": "Signature",
        "client": "Client",
        "manager": "Integration manager",
        "page": "Page",
    },
    "ar": {
        "title": "اتفاقية الاندماج",
        "number": "الرقم",
        "between": "بين",
        "and": "وإدارة الاندماج",
        "intro": "نتفق على الأهداف والخطوات التالية. يساهم الطرفان في تحقيقها. "
        "نراجع هذه الاتفاقية معًا بانتظام.",
        "goal": "الهدف",
        "target": "الهدف القابل للقياس",
        "review": "المراجعة في",
        "steps": "الخطوات",
        "responsible": "المسؤول",
        "due": "حتى",
        "signed_on": "وُقّعت في",
        "interpreter": "بحضور مترجم",
        "signature": "التوقيع",
        "client": "العميل",
        "manager": "مديرة/مدير الاندماج",
        "page": "صفحة",
    },
    "uk": {
        "title": "Угода про інтеграцію",
        "number": "Номер",
        "between": "між",
        "and": "та службою інтеграційного менеджменту",
        "intro": "Ми домовляємося про такі цілі та кроки. Обидві сторони сприяють їх досягненню. "
        "Ми регулярно разом переглядаємо цю угоду.",
        "goal": "Ціль",
        "target": "Вимірювана ціль",
        "review": "Перевірка",
        "steps": "Кроки",
        "responsible": "відповідальний",
        "due": "до",
        "signed_on": "Підписано",
        "interpreter": "За участі перекладача",
        "signature": "Підпис",
        "client": "Клієнт",
        "manager": "Інтеграційний менеджер",
        "page": "Сторінка",
    },
}
RTL = frozenset({"ar", "fa", "ps", "ur"})


def texts(language: str | None) -> dict[str, str] | None:
    """The fixed texts of a language, or None if there is no translation (German only)."""
    if not language or language == "de":
        return None
    return TEXTS.get(language)
