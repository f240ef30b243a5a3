"""The printed integration agreement: German beside the client's language, on A4 pages.

The body (organisation, manager with contact, parties, the voluntariness sentence, the goals
with field and status in both languages, their steps) is laid out by ``QTextDocument`` and
paginated; the signature block is a second document that is placed whole on the last page if
it fits there, or else at the top of a new page, so its lines are never split from their
labels. Every page has a header, a footer with *Seite n von N*, and on a draft the mark
ENTWURF (and the client language's word for it). Painted on any ``QPagedPaintDevice``: a
printer from the print dialog, or a ``QPdfWriter`` writing into memory.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from desktop_app.ui.case_file.agreement_texts import (
    LANGUAGE_NAMES_DE,
    RTL,
    TEXTS,
    texts,
)
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QPointF, QRectF, QSizeF, Qt
from desktop_app.ui.common.qt.gui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextDocument,
)

FONT = "DejaVu Sans"
Payload = dict[str, Any]


class Bilingual:
    """Builds the HTML of German text beside the client's language."""

    def __init__(self, language: str | None) -> None:
        self.language = language
        self.other = texts(language)
        self.rtl = language in RTL

    def word(self, key: str) -> str:
        """``Ziel · الهدف`` (German only without a second language)."""
        german = html.escape(TEXTS["de"][key])
        if self.other is None:
            return german
        direction = "rtl" if self.rtl else "ltr"
        # a left-to-right mark after right-to-left words keeps what follows (a phone number,
        # a date) in its own order instead of joining the right-to-left run
        mark = "\u200e" if self.rtl else ""
        return f"{german} · <span dir='{direction}'>{html.escape(self.other[key])}</span>{mark}"

    def code(self, prefix: str, value: object) -> str:
        """A code's label (field, status, responsible) in both languages."""
        key = f"{prefix}_{value}"
        return self.word(key) if key in TEXTS["de"] else html.escape(str(value or ""))

    def para(self, key: str) -> str:
        """A paragraph: German left, the client's language right (right-aligned if RTL)."""
        german = html.escape(TEXTS["de"][key])
        if self.other is None:
            return f"<p>{german}</p>"
        align, direction = ("right", "rtl") if self.rtl else ("left", "ltr")
        return (
            f"<table width='100%' cellpadding='3'><tr><td width='50%'>{german}</td>"
            f"<td width='50%' align='{align}' dir='{direction}'>"
            f"{html.escape(self.other[key])}</td></tr></table>"
        )


def _day(value: object) -> str:
    return format_date(date.fromisoformat(str(value))) if value else ""


def _goal_html(goal: Payload, b: Bilingual) -> str:
    steps = "".join(
        f"<li>{html.escape(str(s.get('text') or ''))} – {b.word('responsible')}: "
        f"{b.code('resp', s.get('responsible'))}"
        + (f"; {b.word('due')} {_day(s['due_date'])}" if s.get("due_date") else "")
        + "</li>"
        for s in goal.get("steps", [])
    )
    return (
        f"<h3>{b.code('field', goal.get('field'))}</h3>"
        f"<p><b>{b.word('goal')}:</b><br/>{html.escape(str(goal.get('text') or ''))}</p>"
        f"<p><b>{b.word('status')}:</b> {b.code('status', goal.get('status'))}</p>"
        + (
            f"<p><b>{b.word('target')}:</b><br/>{html.escape(str(goal.get('target')))}</p>"
            if goal.get("target")
            else ""
        )
        + (
            f"<p><b>{b.word('review')}:</b> {_day(goal['review_date'])}</p>"
            if goal.get("review_date")
            else ""
        )
        + (f"<p><b>{b.word('steps')}:</b></p><ul>{steps}</ul>" if steps else "")
    )


def body_html(agreement: Payload, client_name: str, case_number: str, draft: bool) -> str:
    """Everything above the signature block."""
    b = Bilingual(agreement.get("client_language"))
    title = html.escape(TEXTS["de"]["title"])
    if b.other is not None:
        align, direction = ("right", "rtl") if b.rtl else ("left", "ltr")
        title += (
            f"</h1><h1 align='{align}' dir='{direction}' style='color:#444'>"
            f"{html.escape(b.other['title'])}"
        )
    org = html.escape(str(agreement.get("organisation") or ""))
    manager = html.escape(str(agreement.get("manager_name") or ""))
    contact = html.escape(str(agreement.get("manager_contact") or ""))
    note = f"<p><b>{b.word('draft_note')}</b></p>" if draft else ""
    return (
        f"<html><body style='font-family: {FONT}; font-size: 10pt'>"
        f"<h1>{title}</h1>{note}"
        f"<p><b>{b.word('number')}:</b> {agreement.get('number')} · {html.escape(case_number)}"
        f"</p><p><b>{b.word('organisation')}:</b> {org}<br/>"
        f"<b>{b.word('manager')}:</b> {manager}<br/><b>{b.word('contact')}:</b> {contact}</p>"
        f"<p>{b.word('between')}: <b>{html.escape(client_name)}</b></p>"
        f"<p>{b.word('and')}</p>"
        f"{b.para('intro')}{b.para('voluntary')}"
        f"{''.join(_goal_html(goal, b) for goal in agreement.get('plan', []))}"
        "</body></html>"
    )


def _names(agreement: Payload, role: str) -> str:
    people = [s for s in agreement.get("signed_by") or [] if s.get("role") == role]
    return ", ".join(
        html.escape(str(s.get("name") or ""))
        + (
            f" ({LANGUAGE_NAMES_DE.get(str(s['language']), s['language'])})"
            if s.get("language")
            else ""
        )
        for s in people
    )


def signature_html(agreement: Payload) -> str:
    """The signature block: *Ort, Datum*, the lines of client and manager with their labels,
    the interpreter's line; on a signed agreement the recorded names, place and date."""
    b = Bilingual(agreement.get("client_language"))
    line = "_" * 30
    place = html.escape(str(agreement.get("signed_place") or ""))
    when = _day(agreement.get("signed_on"))
    filled = f"{place}, {when}" if place or when else line
    signed = f"<p><b>{b.word('signed_on')}:</b> {when}</p>" if agreement.get("signed_on") else ""

    def cell(role: str, label: str) -> str:
        return (
            f"<td width='50%'><br/><br/>{line}<br/>{b.word('signature')} – {b.word(label)}"
            f"<br/>{_names(agreement, role)}</td>"
        )

    return (
        f"<html><body style='font-family: {FONT}; font-size: 10pt'>{signed}"
        f"<table width='100%' cellpadding='4'>"
        f"<tr><td colspan='2'><b>{b.word('place_date')}:</b> {filled}</td></tr>"
        f"<tr>{cell('client', 'client')}{cell('manager', 'manager')}</tr>"
        f"<tr><td colspan='2'><br/><br/>{line}<br/>{b.word('interpreter_line')}<br/>"
        f"{_names(agreement, 'interpreter')}</td></tr></table></body></html>"
    )


class _Layout:
    """Where the body's pages end and where the signature block goes."""

    def __init__(self, device: QPagedPaintDevice, body: str, signature: str) -> None:
        self.dpi = device.logicalDpiY()
        rect = device.pageLayout().paintRectPixels(self.dpi)
        self.band = self.dpi * 0.35  # header and footer, in device pixels
        self.width = float(rect.width())
        self.height = float(rect.height()) - 2 * self.band
        self.body = self._document(body, device)
        self.signature = self._document(signature, device)
        self.body_pages = self.body.pageCount()
        last = self.body.documentLayout().blockBoundingRect(self.body.lastBlock()).bottom()
        used = last - (self.body_pages - 1) * self.height
        needed = self.signature.documentLayout().documentSize().height()
        gap = self.dpi * 0.15
        if used + gap + needed <= self.height:
            self.signature_page, self.signature_top = self.body_pages - 1, used + gap
        else:
            self.signature_page, self.signature_top = self.body_pages, 0.0
        self.pages = self.signature_page + 1

    def _document(self, markup: str, device: QPagedPaintDevice) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(QFont(FONT, 10))
        document.setHtml(markup)
        document.setPageSize(QSizeF(self.width, self.height))
        return document


def paint_agreement(
    device: QPagedPaintDevice,
    agreement: Payload,
    client_name: str,
    case_number: str,
    draft: bool,
) -> None:
    """Paint the agreement's pages on ``device`` (page size and margins already set)."""
    layout = _Layout(
        device,
        body_html(agreement, client_name, case_number, draft),
        signature_html(agreement),
    )
    painter = QPainter(device)
    try:
        for page in range(layout.pages):
            if page:
                device.newPage()
            _frame(painter, layout, agreement, page, draft)
            painter.save()
            painter.translate(0, layout.band)
            if page < layout.body_pages:
                painter.save()
                painter.translate(0, -page * layout.height)
                clip = QRectF(0, page * layout.height, layout.width, layout.height)
                layout.body.drawContents(painter, clip)
                painter.restore()
            if page == layout.signature_page:
                painter.translate(0, layout.signature_top)
                layout.signature.drawContents(painter)
            painter.restore()
    finally:
        painter.end()


def _frame(painter: QPainter, layout: _Layout, agreement: Payload, page: int, draft: bool) -> None:
    """Header, footer and, on a draft, the ENTWURF mark of one page."""
    b = Bilingual(agreement.get("client_language"))
    other = b.other or {}
    painter.setPen(QColor("#555"))
    painter.setFont(_points(QFont(FONT), 8, layout.dpi))
    mark = TEXTS["de"]["draft"] + (f" · {other['draft']}" if draft and other else "")
    head = f"{TEXTS['de']['title']} Nr. {agreement.get('number')}"
    if agreement.get("organisation"):
        head += f" · {agreement['organisation']}"
    if draft:
        head = f"{mark} – {head}"
    top = QRectF(0, 0, layout.width, layout.band * 0.8)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), head)
    foot = f"{TEXTS['de']['page']} {page + 1} von {layout.pages}"
    if other:
        foot += f" · {other['page']} {page + 1} / {layout.pages}"
    bottom = QRectF(0, layout.band + layout.height, layout.width, layout.band)
    painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), foot)
    if draft:
        painter.save()
        painter.setPen(QColor(200, 0, 0, 70))
        painter.setFont(_points(QFont(FONT, -1, QFont.Weight.Bold), 60, layout.dpi))
        painter.translate(QPointF(layout.width / 2, layout.band + layout.height / 2))
        painter.rotate(-40)
        wide = QRectF(-layout.width, -layout.dpi, 2 * layout.width, 2 * layout.dpi)
        painter.drawText(wide, int(Qt.AlignmentFlag.AlignCenter), TEXTS["de"]["draft"])
        painter.restore()


def _points(font: QFont, points: float, dpi: int) -> QFont:
    """``font`` at ``points`` on a device of ``dpi`` (pixel size, so it does not depend on
    the screen's resolution)."""
    font.setPixelSize(max(1, round(points * dpi / 72)))
    return font
