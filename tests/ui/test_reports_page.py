"""The *Berichte* page driven with qtbot over the hand-built team (tests/reports/fixture.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.reports.period import Period
from desktop_app.ui.common.qt.core import QModelIndex, Qt
from desktop_app.ui.reports.report_model import ReportTableModel
from desktop_app.ui.reports.reports_page import ReportsPage
from desktop_app.ui.shell.main_window import MainWindow
from tests.reports.conftest import report_of
from tests.reports.fixture import PASSPHRASE, Team, build_team


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path) -> Iterator[ReportsPage]:
    build_team(data_dir).vault.lock()
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        win.unlock_page.button.click()
    with qtbot.waitSignal(win.reports_page.report_ready, timeout=20_000):
        win.go("reports")
    assert win.pages.currentWidget() is win.reports_page
    yield win.reports_page
    win.close()


def _cell(page: ReportsPage, table: str, label: str, column: int = 1) -> str:
    model = page.preview.tables[table].model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == label:
            return str(model.index(row, column).data())
    raise AssertionError(f"no row {label!r} in {table}")


def _choose(qtbot: QtBot, page: ReportsPage, kind: str, year: int, part: int = 1) -> None:
    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.pickers.choose(kind, year, part)


def test_pick_a_period_and_see_the_figures(qtbot: QtBot, page: ReportsPage) -> None:
    page.pickers.choose_mode("team")  # the default outside January
    _choose(qtbot, page, "year", 2026)
    assert _cell(page, "overview", "Personen in Betreuung") == "7"  # A1 A2 A3 B1 C1 C2 D1
    assert _cell(page, "overview", "Fälle in Betreuung") == "•"  # 4 cases, suppressed
    assert _cell(page, "overview", "Beratungsstunden") == "5,5"
    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.pickers.choose_mode("intern")
    assert _cell(page, "overview", "Fälle in Betreuung") == "4"
    assert "INTERNEN" in page.status.text()
    _choose(qtbot, page, "quarter", 2026, 1)
    assert _cell(page, "overview", "Beratungsgespräche") == "4"  # three of A, one of B
    assert page.report is not None
    assert page.preview.count() == len(page.report.tables)  # every table, per-manager too
    assert "caseload" in [t.key for t in page.report.tables]
    chart = page.preview.tables["session_forms"].chart_view
    assert chart is not None and len(chart.chart().series()) == 1
    assert page.preview.tables["overview"].chart_view is None


def test_scope_picker_lists_the_managers(qtbot: QtBot, page: ReportsPage) -> None:
    scopes = [page.pickers.scope.itemData(i) for i in range(page.pickers.scope.count())]
    assert scopes == ["team", "mine", "manager:Anna Lead", "manager:Ben Berg"]
    _choose(qtbot, page, "year", 2026)
    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.pickers.scope.setCurrentIndex(3)
    assert "Ben Berg" in page.status.text()


def test_export_writes_a_file_and_lists_it(
    qtbot: QtBot,
    page: ReportsPage,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    _choose(qtbot, page, "year", 2026)
    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.pickers.team.setText("Nord")
    target = tmp_path / "out" / "bericht.xlsx"
    asked: list[str] = []

    def fake_dialog(*args: object) -> str:
        asked.append(str(args[2]))
        return str(target)

    # The native dialogs cannot be driven offscreen; everything after them is real.
    page.target.confirm = lambda *_args: True
    page.target.choose = fake_dialog
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.buttons["xlsx"].click()
    assert asked[0].endswith("Kennzahlen_Team-Nord_2026.xlsx")
    sheet = openpyxl.load_workbook(target)["Überblick"]
    assert {r[0]: r[1] for r in sheet.iter_rows(min_row=6, values_only=True)}[
        "Personen in Betreuung"
    ] == 7
    assert page.recent.count() == 1 and "bericht.xlsx" in page.recent.item(0).text()
    again = ReportsPage(page._settings, page.ops)  # a new page reads the same vault
    qtbot.addWidget(again)
    again.set_vault(page.vault)
    qtbot.waitUntil(lambda: again.recent.count() == 1)
    window_ini = (data_dir / "window.ini").read_bytes()
    assert b"bericht" not in window_ini and str(target).encode() not in window_ini  # sealed
    assert again.pickers.team_name() == "Nord"
    again.stop()


def test_export_failure_is_shown(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert page.export("csv", blocker / "r.zip") is False
    assert page.status.text().startswith("Not exported:")
    assert page.recent.count() == 0


def test_cancel_a_load(qtbot: QtBot, page: ReportsPage) -> None:
    gate = threading.Event()
    page.ops.write(lambda: gate.wait(10)).run()  # hold the executor: the load starts after cancel
    page.mark_stale()
    page.start()
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    page.cancel()
    with qtbot.waitSignal(page.load_failed, timeout=10_000) as blocker:
        gate.set()
    assert blocker.args == ["Cancelled. Nothing was changed."]
    assert page.data is None and not page.progress.isVisible()


def test_a_dead_report_worker_is_said_plainly(
    qtbot: QtBot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pool's reader raising stands in for a killed worker process (tests/reports/
    # test_facts_pool.py kills a real one); this test checks what the person reads.
    import desktop_app.app.report as app_report
    from desktop_app.reports.facts_pool import ReportWorkerDied

    def dead(*_args: object, **_kwargs: object) -> object:
        raise ReportWorkerDied

    monkeypatch.setattr(app_report, "read_cases_pooled", dead)
    page.mark_stale()
    with qtbot.waitSignal(page.load_failed, timeout=10_000) as blocker:
        page.start()
    (text,) = blocker.args
    assert "helper process" in text and "Nothing was written" in text
    assert "ReportWorkerDied" not in text and page.data is None


def test_lock_drops_the_figures(qtbot: QtBot, page: ReportsPage) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    window.lock()
    assert page.data is None and page.report is None and page.preview.count() == 0


def test_report_table_model_contract(qtmodeltester: object, team_for_model: Team) -> None:
    report = report_of(team_for_model, Period.year(2026), suppress=True)
    for key in ("overview", "referrals", "monthly"):
        model = ReportTableModel()
        model.set_table(report.table(key), True)
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_table(report.table("overview"), True)
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Wert"
    assert model.index(1, 1).data() == "•"  # 4 main clients
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert model.rowCount(model.index(0, 0)) == 0 and model.index(0, 0).parent() == QModelIndex()


@pytest.fixture
def team_for_model(tmp_path: Path) -> Iterator[Team]:
    built = build_team(tmp_path / "v")
    yield built
    built.vault.lock()


def test_print_goes_to_the_chosen_printer_only(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, data_dir: Path
) -> None:
    """*Drucken…* paints on the printer the dialog returns (here a print-to-file printer in a
    folder of the test's choosing, the dialog not shown); no other file appears."""
    from pypdf import PdfReader

    from desktop_app.ui.common.qt.printsupport import QPrinter

    _choose(qtbot, page, "year", 2026)
    before = {p for p in data_dir.rglob("*") if p.is_file()}
    chosen = tmp_path / "drucker"
    chosen.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(chosen / "bericht.pdf"))
    assert page.print_report(printer)
    del printer  # finishes the print job
    assert [p.name for p in chosen.iterdir()] == ["bericht.pdf"]
    pages = PdfReader(chosen / "bericht.pdf").pages
    text = " ".join((pages[0].extract_text() or "").split())
    assert "Zeitraum" in text and f"Seite 1 von {len(pages)}" in text
    assert {p for p in data_dir.rglob("*") if p.is_file()} - before == set()
    # Printing is logged: mode and period, no file, no name.
    qtbot.waitUntil(
        lambda: any(e["action"] == "printed" for e in _audit_events(page)), timeout=5000
    )
    [event] = [e for e in _audit_events(page) if e["action"] == "printed"]
    assert event["format"] == "print" and event["from"] == "2026-01-01" and "mode" in event


def _audit_events(page: ReportsPage) -> list[dict[str, object]]:
    """The vault's audit events, each opened with the team key (they are stored sealed)."""
    import orjson

    from desktop_app.crypto.envelope import open_record
    from desktop_app.storage.store import context_of

    vault = page.vault
    assert vault is not None
    keyring = vault.store.keyring_for(vault.team_id)
    rows = vault._conn.raw.execute("SELECT id, envelope FROM audit_events ORDER BY rowid")
    events = []
    for event_id, envelope in rows.fetchall():
        assert b"report_exported" not in bytes(envelope)  # sealed
        ctx = context_of(event_id, "audit", vault.team_id, "", 1, keyring.current_version)
        events.append(dict(orjson.loads(open_record(bytes(envelope), ctx, keyring))))
    return events


def test_saving_says_the_file_leaves_the_vault_and_is_logged(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, data_dir: Path
) -> None:
    """Each save of PDF, XLSX and CSV says once that the file leaves the encrypted vault (an
    *intern* one also that small figures are not hidden), writes only where the person chose
    and seals a ``report_exported`` event with mode, period and format but no path or name."""
    from pypdf import PdfReader

    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.pickers.choose_mode("intern")
    _choose(qtbot, page, "year", 2026)
    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.pickers.team.setText("Nord")
    said: list[str] = []
    answers = [False, True]
    asked: list[str] = []
    chosen = tmp_path / "gewählt"
    chosen.mkdir()

    def confirm(_parent: object, _title: str, text: str) -> bool:
        said.append(text)
        return answers.pop(0)

    def where(_parent: object, _title: str, suggested: str, _filter: str) -> str:
        asked.append(suggested)
        return str(chosen / "bericht")  # without a suffix: the format's is added

    page.target.confirm, page.target.choose = confirm, where
    before = {p for p in data_dir.rglob("*") if p.is_file()}
    page.buttons["pdf"].click()  # the person cancels after reading: nothing asked or written
    assert len(said) == 1 and asked == [] and list(chosen.iterdir()) == []
    assert "PDF file is not encrypted" in said[0] and "leaves the protected vault" in said[0]
    assert "internal report" in said[0] and "without hiding them" in said[0]
    assert _audit_events(page) == []
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.buttons["pdf"].click()
    assert len(said) == 2 and asked[0].endswith("_Team-Nord_2026_intern.pdf")
    assert [p.name for p in chosen.iterdir()] == ["bericht.pdf"]
    text = " ".join((PdfReader(chosen / "bericht.pdf").pages[0].extract_text() or "").split())
    assert "INTERNEN" in text
    assert {p for p in data_dir.rglob("*") if p.is_file()} - before == set()
    (event,) = _audit_events(page)
    vault = page.vault
    assert vault is not None
    assert set(event) == {"action", "user_id", "at", "document", "format", "mode", "from",
                          "to", "scope", "small_cells_suppressed", "via"}  # fmt: skip
    assert event["action"] == "report_exported" and event["user_id"] == vault.user_id
    assert (event["document"], event["format"], event["mode"], event["scope"]) == (
        "report", "pdf", "intern", "team",
    )  # fmt: skip
    assert (event["from"], event["to"], event["via"]) == ("2026-01-01", "2026-12-31", "app")
    assert event["small_cells_suppressed"] is False
    assert "bericht" not in str(event) and "Nord" not in str(event)

    page.target.confirm = lambda _p, _t, text: bool(said.append(text)) or True
    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.pickers.choose_mode("team")
    for fmt, name in (("xlsx", "bericht.xlsx"), ("csv", "bericht.zip")):
        with qtbot.waitSignal(page.exported, timeout=10_000):
            page.buttons[fmt].click()
        assert (chosen / name).is_file()
    assert "Excel file is not encrypted" in said[2] and "internal report" not in said[2]
    assert "CSV file is not encrypted" in said[3] and len(said) == 4  # once per save
    events = _audit_events(page)
    assert [(e["format"], e["mode"], e["small_cells_suppressed"]) for e in events[1:]] == [
        ("xlsx", "team", True),
        ("csv", "team", True),
    ]
    assert sorted(p.name for p in chosen.iterdir()) == [
        "bericht.pdf",
        "bericht.xlsx",
        "bericht.zip",
    ]
