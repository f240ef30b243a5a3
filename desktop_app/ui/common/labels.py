"""Labels of codes in the UI language, through Qt's translation system (context ``codes``).

The English label is the source text; the German translations in ``fallakte_de.ts`` are made
from the domain's German labels by ``tools/make_translations.py``, one message per code list
(its class name is the disambiguation: ``family`` is *Familienberatung* as a session form and
*Familie* as a topic).
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.domain.codes import is_code, label_en
from desktop_app.ui.common.qt.core import QCoreApplication


def code_label(enum: type[StrEnum], value: str | None) -> str:
    """The label of a code, or the raw value if it is not one of ``enum``'s codes."""
    if value is None:
        return ""
    if not is_code(enum, value):
        return value
    return QCoreApplication.translate("codes", label_en(enum(value)), enum.__name__)
