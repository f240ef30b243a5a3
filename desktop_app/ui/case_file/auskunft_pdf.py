"""The printed Art. 15 copy: the German document of :mod:`desktop_app.app.auskunft`, its
headings also in the client's language (:mod:`auskunft_texts`; right to left as the agreement
prints it), on A4 pages with a header (title, case number, date) and *Seite n von N*.

Laid out by ``QTextDocument`` and paginated; painted on any ``QPagedPaintDevice`` (a printer
from the print dialog, or a ``QPdfWriter`` writing into memory).
"""

from __future__ import annotations

import html

from desktop_app.app.auskunft import Auskunft, Entry, Section
from desktop_app.ui.case_file.agreement_pdf import FONT, _points
from desktop_app.ui.case_file.agreement_texts import RTL
from desktop_app.ui.case_file.auskunft_texts import HEADINGS, headings
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QRectF, QSizeF, Qt
from desktop_app.ui.common.qt.gui import QColor, QFont, QPagedPaintDevice, QPainter, QTextDocument

GERMAN = HEADINGS["de"]


class _Words:
    """German headings beside the client's language."""

    def __init__(self, language: str | None) -> None:
        self.other = headings(language)
        self.rtl = language in RTL

    def heading(self, key: str) -> str:
        """``Beratungen · جلسات الاستشارة`` (German only without a second language)."""
        german = html.escape(GERMAN[key])
        if self.other is None:
            return german
        direction, mark = ("rtl", "\u200e") if self.rtl else ("ltr", "")
        return f"{german} · <span dir='{direction}'>{html.escape(self.other[key])}</span>{mark}"

    def title(self) -> str:
        """The title, the client's language on a line of its own (right-aligned if RTL)."""
        out = f"<h1>{html.escape(GERMAN['title'])}</h1>"
        if self.other is not None:
            align, direction = ("right", "rtl") if self.rtl else ("left", "ltr")
            out += f"<h2 align='{align}' dir='{direction}'>{html.escape(self.other['title'])}</h2>"
        return out


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br/>")


def _entry_html(entry: Entry) -> str:
    rows = "".join(
        f"<tr><td width='30%'><b>{_text(r.label)}</b></td><td>{_text(r.value)}</td></tr>"
        for r in entry.rows
    )
    title = f"<h3>{_text(entry.title)}</h3>" if entry.title else ""
    return f"{title}<table width='100%' cellpadding='2'>{rows}</table>"


def _section_html(section: Section, words: _Words) -> str:
    body = "".join(_entry_html(e) for e in section.entries) or "<p><i>Keine Einträge.</i></p>"
    return f"<h2>{words.heading(section.key)}</h2>{body}"


def auskunft_html(copy: Auskunft) -> str:
    """The whole copy as HTML."""
    words = _Words(copy.language)
    made = format_date(copy.made_on)
    intro = (
        f"<p><b>{_text(copy.person_name)}</b> · Fallnummer {_text(copy.case_number)} · "
        f"Stand {made}</p><p>Diese Auskunft enthält alle Daten, die in Ihrer Fallakte im "
        "Integrationsmanagement über Sie gespeichert sind. Dokumente sind mit Namen und Datum "
        "aufgeführt, nicht mit ihrem Inhalt; eine Kopie erhalten Sie auf Wunsch. Gelöschte "
        "Einträge erscheinen nur im Verlauf der Änderungen.</p>"
    )
    return (
        f"<html><body style='font-family: {FONT}; font-size: 10pt'>{words.title()}{intro}"
        f"{''.join(_section_html(s, words) for s in copy.sections)}</body></html>"
    )


def document_title(copy: Auskunft) -> str:
    """The document's (and the suggested file's) name: no name of the person in it."""
    return f"Auskunft_Art15_{copy.case_number or copy.case_id}"


def paint_auskunft(device: QPagedPaintDevice, copy: Auskunft) -> None:
    """Paint the copy's pages on ``device`` (page size and margins already set)."""
    dpi = device.logicalDpiY()
    rect = device.pageLayout().paintRectPixels(dpi)
    band = dpi * 0.35  # header and footer, in device pixels
    width, height = float(rect.width()), float(rect.height()) - 2 * band
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont(FONT, 10))
    document.setHtml(auskunft_html(copy))
    document.setPageSize(QSizeF(width, height))
    pages = document.pageCount()
    other = headings(copy.language)
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.setPen(QColor("#555"))
            painter.setFont(_points(QFont(FONT), 8, dpi))
            head = f"Auskunft nach Art. 15 DSGVO · {copy.case_number} · {format_date(copy.made_on)}"
            top = QRectF(0, 0, width, band * 0.8)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), head)
            foot = f"Seite {page + 1} von {pages}"
            if other is not None:
                foot += f" · {other['page']} {page + 1} / {pages}"
            bottom = QRectF(0, band + height, width, band)
            flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            painter.drawText(bottom, flags, foot)
            painter.save()
            painter.translate(0, band - page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
