"""*Berichte*: period and scope pickers, a live preview, exports and the last exports.

The vault's records are decrypted once into a report dataset on the window's one executor
(with progress and cancel); every change of a picker recomputes the report from that dataset
there too. The last exports are kept sealed in the vault (:mod:`desktop_app.app.window_memory`).
Locking the vault drops the dataset, the report and the list of exports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from desktop_app.app.errors import PeriodError, ReportCancelled, ReportWorkerDied
from desktop_app.app.report import (
    INTERN,
    Dataset,
    LeadInputs,
    Report,
    ReportUser,
    load_report_data,
    make_report,
    record_report_export,
    report_file_name,
    report_title,
    report_user,
)
from desktop_app.app.report_inputs import lead_inputs, save_lead_inputs
from desktop_app.app.types import Vault
from desktop_app.app.window_memory import recent_exports, remember_export
from desktop_app.ui.common.accessibility import announce
from desktop_app.ui.common.events import EventRelay
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.printing import print_document
from desktop_app.ui.common.qt.core import QSettings, QTimer, Signal
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.common.qt.widgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import EmptyState, set_role
from desktop_app.ui.reports.lead_inputs_dialog import LeadInputsDialog
from desktop_app.ui.reports.report_export import WRITERS, ExportTarget
from desktop_app.ui.reports.report_pdf import paint_report
from desktop_app.ui.reports.report_pickers import ReportPickers
from desktop_app.ui.reports.report_preview import ReportPreview

TEAM_KEY = "reports/team_name"


class ReportsPage(QWidget):
    """The team-lead report page. ``report_ready`` fires after each preview, ``exported`` after
    each file written and its audit event sealed (with its path)."""

    report_ready = Signal(object)  # Report
    load_failed = Signal(str)
    exported = Signal(str)

    def __init__(
        self, settings: Callable[[], QSettings], ops: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._settings = settings
        self.ops = ops
        self.recent_entries: list[dict[str, object]] = []
        self.vault: Vault | None = None
        self.user: ReportUser | None = None
        self.data: Dataset | None = None
        self.report: Report | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self._relay = EventRelay(self)  # (done, total) from the executor's thread
        self._relay.fired.connect(self._progressed)
        self.pickers = ReportPickers(str(settings().value(TEAM_KEY, "") or ""))
        self.pickers.changed.connect(self._schedule)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelReport")
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("reportStatus")
        self.preview = ReportPreview()
        self.buttons = {
            fmt: QPushButton(label)
            for fmt, label in (
                ("xlsx", self.tr("Export Excel (XLSX)…")),
                ("csv", self.tr("Export CSV (zip)…")),
                ("pdf", self.tr("Export PDF…")),
                ("print", self.tr("Print…")),
            )
        }
        for fmt, button in self.buttons.items():
            button.setObjectName(f"export_{fmt}")
            button.clicked.connect(lambda _=False, f=fmt: self._export_clicked(f))
        self.inputs_button = QPushButton(self.tr("Figures entered by the lead…"))
        self.inputs_button.setObjectName("leadInputsButton")
        self.inputs_button.clicked.connect(self.edit_lead_inputs)
        self.inputs_dialog: LeadInputsDialog | None = None
        self.target = ExportTarget(self)  # asks where, saying the file leaves the vault
        self.recent = QListWidget()
        self.recent.setObjectName("recentExports")
        self.recent.setAccessibleName(self.tr("Last exports"))
        self.recent.setMaximumHeight(110)
        self.empty = EmptyState(self.recent, self.tr("No exports yet."), icon="")
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.recompute)
        self._layout()
        self._set_busy(False)

    def _layout(self) -> None:
        # The page scrolls rather than growing the window beyond a laptop screen at 200 %.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        title = QLabel(self.tr("Reports"))
        set_role(title, "title")
        layout.addWidget(title)
        layout.addWidget(self.pickers)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout.addLayout(busy)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.inputs_button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Last exports")))
        layout.addWidget(self.recent)

    # -- life cycle -----------------------------------------------------------------------
    def set_vault(self, vault: Vault | None, lead_ids: Iterable[str] | None = None) -> None:
        """Use this vault (None: locked). ``lead_ids`` from sync; None for a standalone vault."""
        if vault is self.vault:
            return
        self.clear()
        self.vault = vault
        if vault is not None:
            self.user = report_user(vault, lead_ids)
            self.ops.query(lambda: recent_exports(vault)).success(self._show_recent).run()

    def clear(self) -> None:
        """Drop every decrypted figure (on lock)."""
        self._cancel.set()
        self._generation += 1
        self.vault, self.user, self.data, self.report = None, None, None, None
        self.preview.show_report(None)
        self.pickers.set_managers([])
        self.status.clear()
        self._show_recent([])
        self._set_busy(False)

    def stop(self) -> None:
        """Cancel any load (when the window closes)."""
        self._cancel.set()

    def mark_stale(self) -> None:
        """The vault changed: load again the next time the page is shown."""
        self.data = None

    def start(self) -> None:
        """Load the dataset if needed (progress, cancellable), then show the preview."""
        vault = self.vault
        if vault is None:
            return
        if self.data is not None:
            self.recompute()
            return
        self._cancel = threading.Event()
        cancel, relay = self._cancel, self._relay
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.status.setText(self.tr("Reading the case files…"))
        self.ops.query(
            lambda: load_report_data(vault, lambda done, total: relay((done, total)), cancel.is_set)
        ).success(lambda data: self._loaded(generation, data)).failure(
            lambda error: self._load_error(generation, error)
        ).run()

    def cancel(self) -> None:
        """Stop a running load."""
        self._cancel.set()

    def _loaded(self, generation: int, data: Dataset) -> None:
        if generation != self._generation or self.vault is None:
            return
        self.data = data
        self._set_busy(False)
        self.pickers.set_managers(
            sorted(
                {c.manager_name for c in data.cases.values() if c.manager_name}, key=str.casefold
            )
        )
        self.recompute()

    def _load_error(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if isinstance(error, ReportCancelled):
            self.status.setText(self.tr("Cancelled. Nothing was changed."))
        elif isinstance(error, ReportWorkerDied):
            self.status.setText(
                self.tr(
                    "A helper process of the report ended unexpectedly (killed or out of"
                    " memory). Nothing was written; the report can be made again."
                )
            )
        else:
            self.status.setText(
                self.tr("The report could not be made: %1").replace("%1", str(error))
            )
        self.load_failed.emit(self.status.text())
        announce(self.status, self.status.text(), assertive=True)

    def _progressed(self, progress: object) -> None:
        done, total = progress if isinstance(progress, tuple) else (0, 0)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            announce(self.progress, self.tr("Making the report…"))
        for button in self.buttons.values():
            button.setEnabled(not busy and self.report is not None)

    # -- computing ------------------------------------------------------------------------
    def _schedule(self) -> None:
        self._settings().setValue(TEAM_KEY, self.pickers.team_name())
        self._debounce.start()

    def recompute(self) -> None:
        """Compute the report for the pickers' period and scope on the executor."""
        data, user = self.data, self.user
        if data is None or user is None:
            return
        try:
            period = self.pickers.period()
        except PeriodError as exc:
            self.status.setText(str(exc))
            return
        scope, team = self.pickers.scope_text(), self.pickers.team_name()
        mode = self.pickers.mode()
        self._generation += 1
        generation = self._generation
        vault = self.vault

        def compute() -> Report:
            inputs = lead_inputs(vault) if vault is not None else None
            return make_report(data, period, scope, user, team, mode, inputs)

        self.ops.query(compute).success(lambda report: self._computed(generation, report)).failure(
            lambda error: self._load_error(generation, error)
        ).run()

    def _computed(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return
        self.report = report
        self.preview.show_report(report)
        self.status.setText(
            f"{report.meta.period.label_de()} · {report.meta.scope_label} · "
            f"{report.meta.suppression_note}"
        )
        self._set_busy(False)
        announce(
            self.status, self.tr("Report ready: %1 tables").replace("%1", str(len(report.tables)))
        )
        self.report_ready.emit(report)

    # -- what the lead enters (denominators, VZÄ, default funding line) ------------------
    def edit_lead_inputs(self) -> None:
        """Open the lead's figures for the chosen period (read on the executor)."""
        vault = self.vault
        if vault is None:
            return
        self.ops.query(lambda: lead_inputs(vault)).success(self._open_inputs).run()

    def _open_inputs(self, inputs: LeadInputs) -> None:
        try:
            period = self.pickers.period()
        except PeriodError as exc:
            self.status.setText(str(exc))
            return
        names = sorted({c.manager_name for c in (self.data.cases.values() if self.data else [])
                        if c.manager_name}, key=str.casefold)  # fmt: skip
        dialog = LeadInputsDialog(inputs, period, names, self)
        dialog.accepted.connect(lambda: self._save_inputs(dialog.result_inputs()))
        self.inputs_dialog = dialog
        dialog.open()

    def _save_inputs(self, inputs: LeadInputs) -> None:
        vault = self.vault
        if vault is not None:
            op = self.ops.write(lambda: save_lead_inputs(vault, inputs))
            op.success(lambda _: self.recompute()).run()

    # -- exporting ------------------------------------------------------------------------
    def _export_clicked(self, fmt: str) -> None:
        report = self.report
        if report is None or fmt == "print":
            self.print_report()
            return
        name = report_file_name(report.meta, fmt)
        path = self.target.ask(fmt, name, report.meta.mode == INTERN)
        if path is not None:
            self.export(fmt, path)

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the report through the system print dialog (no file; audit: ``printed``)."""
        report, vault = self.report, self.vault
        if report is None:
            return False
        paint, title = (lambda d: paint_report(report, d)), report_title(report)
        done = print_document(self, paint, title, printer)
        if done and vault is not None:
            self.ops.write(lambda: record_report_export(vault, report.meta, "print")).run()
        return done

    def export(self, fmt: str, path: Path) -> bool:
        """Write the current report (aggregates only, small already) where the person chose,
        then record the audit event and remember the file (sealed, on the executor)."""
        report = self.report
        if report is None:
            return False
        try:
            WRITERS[fmt](report, path)
        except OSError as exc:
            self.status.setText(self.tr("Not exported: %1").replace("%1", exc.strerror or str(exc)))
            return False
        self.status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        self._remember(path, fmt, report)
        return True

    def _remember(self, path: Path, fmt: str, report: Report) -> None:
        entry: dict[str, object] = {
            "path": str(path),
            "format": fmt,
            "period": report.meta.period.label_de(),
            "scope": report.meta.scope_label,
            "at": datetime.now().strftime("%d.%m.%Y %H:%M"),
            "suppressed": report.meta.suppress_small,
            "mode": report.meta.mode,
        }
        vault = self.vault
        if vault is None:
            self.exported.emit(str(path))
            return

        def remembered(entries: list[dict[str, object]]) -> None:
            self._show_recent(entries)
            self.exported.emit(str(path))

        def not_remembered(_error: Exception) -> None:
            self.exported.emit(str(path))  # the file is written; only the list did not change

        def audit_and_remember() -> list[dict[str, object]]:
            record_report_export(vault, report.meta, fmt)
            return remember_export(vault, entry)

        op = self.ops.write(audit_and_remember)
        op.success(remembered).failure(not_remembered).run()

    def recent_exports(self) -> list[dict[str, object]]:
        """The last exports, newest first (kept sealed in the vault, never in plaintext)."""
        return list(self.recent_entries)

    def _show_recent(self, entries: list[dict[str, object]]) -> None:
        self.recent_entries = entries
        self.recent.clear()
        for e in entries:
            internal = self.tr(" (internal)") if e.get("mode", "team") == "intern" else ""
            self.recent.addItem(
                f"{e.get('at')} · {Path(str(e.get('path'))).name} · {e.get('period')} · "
                f"{e.get('scope')}{internal}"
            )
