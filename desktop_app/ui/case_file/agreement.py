"""*Vereinbarung*: a numbered, signed, unchangeable version of the current plan, and its PDF.

The PDF is written by Qt's own PDF writer (A4), German beside the client's language for the
fixed texts (right-to-left for Arabic); the plan's own words are printed as written.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.app.case_work import signed_agreement
from desktop_app.domain.codes import Field, GoalStatus, Responsible, is_code, label_de
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.agreement_texts import RTL, TEXTS, texts
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QMarginsF, Signal
from desktop_app.ui.common.qt.gui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from desktop_app.ui.common.qt.widgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.record_table import RecordTableModel
from desktop_app.ui.common.style.widgets import EmptyState


def _de(enum: type[Field] | type[GoalStatus] | type[Responsible], value: object) -> str:
    """German label for the printed document, whatever the UI language."""
    return label_de(enum(str(value))) if is_code(enum, value) else str(value or "")


def _label(key: str, other: dict[str, str] | None, lang: str | None) -> str:
    """A short bilingual label: ``Ziel · الهدف``."""
    german = html.escape(TEXTS["de"][key])
    if other is None:
        return german
    direction = "rtl" if lang in RTL else "ltr"
    return f"{german} · <span dir='{direction}'>{html.escape(other[key])}</span>"


def _para(key: str, other: dict[str, str] | None, lang: str | None, extra: str = "") -> str:
    """A bilingual paragraph: German left, the client's language right (right-aligned if RTL)."""
    german = html.escape(TEXTS["de"][key]) + extra
    if other is None:
        return f"<p>{german}</p>"
    align, direction = ("right", "rtl") if lang in RTL else ("left", "ltr")
    return (
        f"<table width='100%' cellpadding='4'><tr><td width='50%'>{german}</td>"
        f"<td width='50%' align='{align}' dir='{direction}'>"
        f"{html.escape(other[key])}</td></tr></table>"
    )


def _goal_html(goal: dict[str, Any], other: dict[str, str] | None, lang: str | None) -> str:
    steps = "".join(
        f"<li>{html.escape(str(s.get('text') or ''))} – {_label('responsible', other, lang)}: "
        f"{html.escape(_de(Responsible, s.get('responsible')))}"
        + (
            f"; {_label('due', other, lang)} {format_date(date.fromisoformat(s['due_date']))}"
            if s.get("due_date")
            else ""
        )
        + "</li>"
        for s in goal.get("steps", [])
    )
    review = goal.get("review_date")
    return (
        f"<h3>{html.escape(_de(Field, goal.get('field')))}</h3>"
        f"<p><b>{_label('goal', other, lang)}:</b><br/>"
        f"{html.escape(str(goal.get('text') or ''))} "
        f"<i>({html.escape(_de(GoalStatus, goal.get('status')))})</i></p>"
        + (
            f"<p><b>{_label('target', other, lang)}:</b><br/>"
            f"{html.escape(str(goal.get('target')))}</p>"
            if goal.get("target")
            else ""
        )
        + (
            f"<p><b>{_label('review', other, lang)}:</b> "
            f"{format_date(date.fromisoformat(review))}</p>"
            if review
            else ""
        )
        + (f"<p><b>{_label('steps', other, lang)}:</b></p><ul>{steps}</ul>" if steps else "")
    )


def agreement_html(agreement: dict[str, Any], client_name: str, case_number: str) -> str:
    """The agreement as HTML for QTextDocument."""
    lang = agreement.get("client_language")
    other = texts(lang)
    signed = agreement.get("signed_on")
    signers = ", ".join(html.escape(str(s.get("name"))) for s in agreement.get("signed_by", []))
    title = html.escape(TEXTS["de"]["title"])
    if other is not None:
        align = "right" if lang in RTL else "left"
        direction = "rtl" if lang in RTL else "ltr"
        title += (
            f"</h1><h1 align='{align}' dir='{direction}' style='color:#444'>"
            f"{html.escape(other['title'])}"
        )
    interpreter = (
        f"<p>{_label('interpreter', other, lang)}</p>"
        if agreement.get("interpreter_present")
        else ""
    )
    return (
        "<html><body style='font-family: DejaVu Sans; font-size: 10pt'>"
        f"<h1>{title}</h1>"
        f"<p><b>{_label('number', other, lang)}:</b> {agreement.get('number')} · "
        f"{html.escape(case_number)}</p>"
        f"<p>{_label('between', other, lang)}: <b>{html.escape(client_name)}</b></p>"
        f"<p>{_label('and', other, lang)}</p>"
        f"{_para('intro', other, lang)}"
        f"{''.join(_goal_html(goal, other, lang) for goal in agreement.get('plan', []))}"
        f"<p><b>{_label('signed_on', other, lang)}:</b> "
        f"{format_date(date.fromisoformat(signed)) if signed else ''} – {signers}</p>"
        f"{interpreter}"
        "<table width='100%' style='margin-top: 40px'><tr>"
        f"<td>______________________<br/>{_label('signature', other, lang)}<br/>"
        f"{_label('client', other, lang)}</td>"
        f"<td>______________________<br/>{_label('signature', other, lang)}<br/>"
        f"{_label('manager', other, lang)}</td></tr></table>"
        "</body></html>"
    )


def write_agreement_pdf(
    agreement: dict[str, Any], client_name: str, case_number: str, path: Path
) -> None:
    """Print the agreement to an A4 PDF file."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{TEXTS['de']['title']} {agreement.get('number')}")
    document = QTextDocument()
    document.setHtml(agreement_html(agreement, client_name, case_number))
    document.print_(writer)


class AgreementTab(QWidget):
    """Lists the signed agreements of a case; makes a new one from the current plan."""

    save_requested = Signal(object)  # list[Record]

    def __init__(self, team_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementTab")
        self.team_id, self.author, self.case_id = team_id, author, ""
        self.records: list[Record] = []
        self.client_name, self.case_number = "", ""
        self.model = RecordTableModel(
            [
                (self.tr("Number"), lambda r: str(r.payload.get("number", ""))),
                (
                    self.tr("Signed on"),
                    lambda r: (
                        format_date(date.fromisoformat(r.payload["signed_on"]))
                        if r.payload.get("signed_on")
                        else ""
                    ),
                ),
                (self.tr("Goals"), lambda r: str(len(r.payload.get("plan") or []))),
                (self.tr("Client language"), lambda r: str(r.payload.get("client_language") or "")),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("agreementTable")
        self.table.setAccessibleName(self.tr("Agreement versions"))
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr("No signed agreement yet. Sign the first version of the plan."),
            icon="list-checks",
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.signers = QLineEdit()
        self.signers.setPlaceholderText(self.tr("Signed by (names, comma-separated)"))
        self.signers.setAccessibleName(self.tr("Signed by"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Client language"))
        for code, name in (
            ("", self.tr("German only")),
            ("en", "English"),
            ("ar", "العربية"),
            ("uk", "Українська"),
        ):
            self.language.addItem(name, code)
        self.interpreter = QCheckBox(self.tr("Interpreter present"))
        make = QPushButton(self.tr("Sign new version"))
        make.setObjectName("signAgreementButton")
        make.clicked.connect(
            lambda: self.sign(
                [n.strip() for n in self.signers.text().split(",") if n.strip()],
                str(self.language.currentData() or "") or None,
                self.interpreter.isChecked(),
            )
        )
        pdf = QPushButton(self.tr("Print as PDF…"))
        pdf.setObjectName("agreementPdfButton")
        pdf.clicked.connect(self._print_clicked)
        row = QHBoxLayout()
        for widget in (self.signers, self.language, self.interpreter, make, pdf):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)

    def load(self, case_id: str, records: list[Record], client_name: str, case_number: str) -> None:
        """Show a case's agreements."""
        self.case_id, self.records = case_id, records
        self.client_name, self.case_number = client_name, case_number
        self.model.set_records(
            sorted(
                (r for r in records if r.kind == "agreement"),
                key=lambda r: int(r.payload.get("number") or 0),
            )
        )

    def sign(self, signers: list[str], language: str | None, interpreter: bool) -> Record | None:
        """Make the next numbered agreement from the current plan (None if there is no plan)."""
        record = signed_agreement(
            self.team_id,
            self.case_id,
            self.records,
            signers,
            language,
            interpreter,
            self.author,
            date.today(),
        )
        if record is not None:
            self.save_requested.emit([record])
        return record

    def _print_clicked(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self.model.record(index.row())
        name = f"Integrationsvereinbarung_{self.case_number}_{record.payload.get('number')}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print as PDF"), name, "PDF (*.pdf)")
        if path:
            write_agreement_pdf(record.payload, self.client_name, self.case_number, Path(path))
