"""The printed *Schweigepflichtentbindung*: a person's release from confidentiality for named
recipients and purposes, in German, with lines for place, date and signatures (their labels
also in the person's language where the agreement texts have it).

A form to be signed on paper: the counsellor prints it (or saves it as a PDF after the warning
that the file leaves the vault), the client signs, and the consent is then recorded in the
*Überblick* with the day it was signed. Laid out by ``QTextDocument`` (paginated by it) on any
``QPagedPaintDevice``: a printer from the print dialog, or a ``QPdfWriter`` writing into memory.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from desktop_app.ui.case_file.agreement_pdf import FONT, Bilingual
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QSizeF
from desktop_app.ui.common.qt.gui import QFont, QPagedPaintDevice, QTextDocument

TITLE = "Schweigepflichtentbindung und Einwilligung in die Datenweitergabe"
LINE = "_" * 34


@dataclass
class Release:
    """What the form says: who releases whom towards which recipients, for what."""

    person_name: str
    birth_date: date | None = None
    case_number: str = ""
    organisation: str = ""
    manager_name: str = ""
    recipients: list[tuple[str, str]] = field(default_factory=list)
    """``(recipient, purpose)`` pairs, one row each."""
    language: str | None = None
    """The person's language for the signature labels (None: German only)."""

    @property
    def title(self) -> str:
        """The document's (and the suggested file's) name."""
        number = f"_{self.case_number}" if self.case_number else ""
        return f"Schweigepflichtentbindung{number}"


def release_html(release: Release) -> str:
    """The form as HTML: German, the signature labels also in the person's language; every
    value escaped."""
    e = html.escape
    b = Bilingual(release.language)
    born = f", geboren am {format_date(release.birth_date)}" if release.birth_date else ""
    counsellor = e(release.manager_name) or "der Integrationsmanagerin / dem Integrationsmanager"
    org = f" ({e(release.organisation)})" if release.organisation else ""
    rows = (
        "".join(
            f"<tr><td>{e(recipient)}</td><td>{e(purpose)}</td></tr>"
            for recipient, purpose in release.recipients
        )
        or f"<tr><td>{LINE}</td><td>{LINE}</td></tr>"
    )
    number = f"<p>Fall: {e(release.case_number)}</p>" if release.case_number else ""
    return (
        f"<html><body style='font-family: {FONT}; font-size: 10pt'>"
        f"<h2>{e(TITLE)}</h2>{number}"
        f"<p>Ich, <b>{e(release.person_name)}</b>{born}, entbinde {counsellor}{org} "
        "im Integrationsmanagement gegenüber den folgenden Stellen von der Schweigepflicht. "
        "Ich willige ein, dass sie und diese Stellen die Angaben über mich, die für den genannten "
        "Zweck nötig sind, einander mitteilen.</p>"
        "<table width='100%' border='1' cellspacing='0' cellpadding='5'>"
        "<tr><th align='left' width='50%'>Stelle (Empfänger)</th>"
        f"<th align='left' width='50%'>Zweck</th></tr>{rows}</table>"
        "<p>Die Entbindung gilt nur für die genannten Stellen und Zwecke. Sie ist freiwillig. "
        "Wenn ich sie nicht erteile oder widerrufe, entstehen mir daraus keine Nachteile in der "
        "Beratung.</p>"
        "<p>Ich kann sie jederzeit ohne Angabe von Gründen ganz oder für einzelne Stellen "
        "widerrufen, mündlich oder schriftlich, mit Wirkung für die Zukunft "
        "(Art. 7 Abs. 3 DSGVO). Was bis zum Widerruf weitergegeben wurde, bleibt rechtmäßig.</p>"
        "<table width='100%' cellpadding='4'>"
        f"<tr><td colspan='2'><br/>{b.word('place_date')}: {LINE}</td></tr>"
        f"<tr><td width='50%'><br/><br/>{LINE}<br/>{b.word('signature')} – {b.word('client')}"
        f"</td><td width='50%'><br/><br/>{LINE}<br/>{b.word('signature')} – "
        f"{b.word('manager')}</td></tr>"
        f"<tr><td colspan='2'><br/><br/>{LINE}<br/>Bei Minderjährigen: Unterschrift der "
        "gesetzlichen Vertretung</td></tr>"
        f"<tr><td colspan='2'><br/><br/>{LINE}<br/>{b.word('interpreter_line')}"
        "</td></tr></table></body></html>"
    )


def paint_release(device: QPagedPaintDevice, release: Release) -> None:
    """Paint the form's pages on ``device`` (page size and margins already set)."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont(FONT, 10))
    document.setHtml(release_html(release))
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(device)
