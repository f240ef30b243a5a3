"""What Orca hears: walk the running app's accessible tree through AT-SPI and record its events.

Runs with Debian's ``/usr/bin/python3`` (``python3-pyatspi``), not the project's venv, inside the
private D-Bus session of ``tests/a11y/test_atspi.py``::

    /usr/bin/python3 tests/a11y/atspi_probe.py OUT.json -- VENV_PYTHON -m tests.a11y.atspi_app

It starts the app driver (``atspi_app.py``) as its child. The driver shows one page after the
other; for each it prints ``STEP <name> [tab-out] [tab-cycle]`` and waits. The probe then walks
the app's tree (every showing object: role, name, description, value, states, linked labels),
keeps the app's AT-SPI events (announcements, focus, caret) the step caused, notes where focus
is (the last object that said it gained focus), does what the step asks of a keyboard user
(``tab-out``: one Tab key through the X server; ``tab-cycle``: Tab until focus comes back) and
answers ``next``. At the end it writes OUT.json; the test judges it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

INSIDE = ("object:text-caret-moved", "object:text-selection-changed")
EVENTS = (
    *INSIDE,
    "object:announcement",
    "object:state-changed:focused",
    "object:property-change:accessible-name",
    "object:text-changed:insert",
    "window:activate",
)
TAB_KEYCODE = 23  # X keycode of Tab (evdev)
LEAVES = {"table", "tree table", "list", "list box", "tree"}  # their items are not walked
MAX_OBJECTS = 4000
MAX_TABS = 120


def _role(acc: Atspi.Accessible) -> str:
    return str(acc.get_role_name())


def _states(acc: Atspi.Accessible) -> list[str]:
    state_set = acc.get_state_set()
    return sorted(
        pyatspi.stateToString(s)
        for s in state_set.get_states()  # type: ignore[attr-defined]
    )


def _text_of(acc: Atspi.Accessible) -> str:
    try:
        text = acc.get_text_iface()
        if text is not None:
            return str(text.get_text(0, min(text.get_character_count(), 200)))
    except GLib.Error:
        pass
    return ""


def _value_of(acc: Atspi.Accessible) -> str:
    try:
        value = acc.get_value_iface()
        if value is not None:
            return str(value.get_current_value())
    except GLib.Error:
        pass
    return ""


def _labelled_by(acc: Atspi.Accessible) -> str:
    """The names of the labels linked to ``acc`` (Orca reads them before its name)."""
    names = []
    for relation in acc.get_relation_set() or []:
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
            for index in range(relation.get_n_targets()):
                target = relation.get_target(index)
                if target is not None:
                    names.append(str(target.get_name() or ""))
    return " ".join(n for n in names if n)


def _current_item(combo: Atspi.Accessible) -> str:
    """The text a combo box shows: its selected item (Qt: the list inside the combo box)."""
    for index in range(combo.get_child_count()):
        part = combo.get_child_at_index(index)
        if part is None:
            continue
        try:
            selection = part.get_selection_iface()
        except GLib.Error:
            selection = None
        if selection is not None and selection.get_n_selected_children() > 0:
            return str(selection.get_selected_child(0).get_name() or "")
        for item_index in range(part.get_child_count()):
            item = part.get_child_at_index(item_index)
            if item is not None and item.get_state_set().contains(Atspi.StateType.SELECTED):
                return str(item.get_name() or "")
    return ""


def describe(acc: Atspi.Accessible, path: str) -> dict[str, object]:
    entry: dict[str, object] = {
        "path": path,
        "role": _role(acc),
        "name": str(acc.get_name() or ""),
        "description": str(acc.get_description() or ""),
        "states": _states(acc),
        "text": _text_of(acc),
        "value": _value_of(acc),
    }
    try:
        entry["id"] = str(acc.get_accessible_id() or "")
    except (GLib.Error, AttributeError):
        entry["id"] = ""
    entry["label"] = _labelled_by(acc)
    if entry["role"] == "combo box":
        entry["current"] = _current_item(acc)
    if entry["role"] in LEAVES:
        entry["children"] = acc.get_child_count()
        try:
            table = acc.get_table_iface()
            if table is not None:
                entry["rows"] = table.get_n_rows()
                entry["columns"] = table.get_n_columns()
        except GLib.Error:
            pass
    return entry


def walk(app: Atspi.Accessible) -> list[dict[str, object]]:
    """Every showing object under the app (items of tables and lists left out)."""
    found: list[dict[str, object]] = []
    todo: list[tuple[Atspi.Accessible, str]] = [(app, "app")]
    while todo and len(found) < MAX_OBJECTS:
        acc, path = todo.pop()
        try:
            entry = describe(acc, path)
        except GLib.Error:
            continue
        if path != "app" and "showing" not in entry["states"]:  # type: ignore[operator]
            continue
        found.append(entry)
        if entry["role"] in LEAVES:
            continue
        try:
            count = acc.get_child_count()
        except GLib.Error:
            continue
        for index in reversed(range(count)):
            child = acc.get_child_at_index(index)
            if child is not None:
                todo.append((child, f"{path}/{index}:{_role(child)}"))
    return found


def find_app(pid: int, deadline: float) -> Atspi.Accessible:
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_process_id() == pid:
                return app
        _pump(0.2)
    raise SystemExit(f"probe: the app (pid {pid}) never appeared on the AT-SPI bus")


def _pump(seconds: float) -> None:
    """Let GLib deliver what is queued (events), and go on doing so for ``seconds``."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def focused(app: Atspi.Accessible) -> dict[str, object] | None:
    for entry in walk(app):
        if "focused" in entry["states"]:  # type: ignore[operator]
            return entry
    return None


def _gained(event: dict[str, object]) -> bool:
    return event["type"] == "object:state-changed:focused" and event["detail1"] == 1


def _wait_for_focus_event(
    events: list[dict[str, object]], start: int, deadline: float, inside: bool = False
) -> None:
    """Run GLib's loop until the app says some object gained focus (with ``inside``: or that
    the caret or selection moved inside the focused object), or until the deadline."""
    context = GLib.MainContext.default()
    heartbeat = GLib.timeout_add(100, lambda: True)  # so the deadline is looked at
    try:
        while time.monotonic() < deadline:
            if any(_gained(e) or (inside and e["type"] in INSIDE) for e in events[start:]):
                return
            context.iteration(True)
    finally:
        GLib.source_remove(heartbeat)


def _round_trip(app: Atspi.Accessible) -> None:
    """One call the app answers: every event it sent before is then in our queue."""
    try:
        frame = app.get_child_at_index(0)
        if frame is not None:
            frame.get_component_iface().get_extents(Atspi.CoordType.SCREEN)
    except (GLib.Error, AttributeError):
        pass
    _pump(0.0)


def _press_tab(events: list[dict[str, object]], app: Atspi.Accessible) -> dict[str, object] | None:
    """Press Tab; the object that then gains focus (from its focus event), or the caret or
    selection event of the object Tab moved inside (``"inside": True``: a date field's
    sections, a table's cells)."""
    start = len(events)
    Atspi.generate_keyboard_event(TAB_KEYCODE, None, Atspi.KeySynthType.PRESSRELEASE)
    _wait_for_focus_event(events, start, time.monotonic() + 30, inside=True)
    _round_trip(app)  # a focus event that follows a caret event is in now too
    gained = [e for e in events[start:] if _gained(e)]
    if gained:
        return gained[-1]
    moved = [e for e in events[start:] if e["type"] in INSIDE]
    return {**moved[-1], "inside": True} if moved else None


def tab_cycle(events: list[dict[str, object]], app: Atspi.Accessible) -> list[dict[str, object]]:
    """Press Tab until focus comes back to where the first Tab put it: every stop a keyboard
    user makes on the page, as the screen reader announces it."""
    stops: list[dict[str, object]] = []
    first = None
    for _ in range(MAX_TABS):
        stop = _press_tab(events, app)
        if stop is None:
            break
        if stop.get("inside"):
            stops.append(stop)
            continue
        key = (stop["id"], stop["role"], stop["name"])
        if key == first:
            break
        first = first or key
        stops.append(stop)
    return stops


def main(argv: list[str]) -> int:
    out = argv[1]
    command = argv[argv.index("--") + 1 :]
    report: dict[str, object] = {"steps": {}, "events": []}
    steps: dict[str, dict[str, object]] = report["steps"]  # type: ignore[assignment]
    events: list[dict[str, object]] = report["events"]  # type: ignore[assignment]
    current = ["start"]
    mark = [0]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdin is not None and child.stdout is not None

    def on_event(event: Atspi.Event) -> None:
        source = event.source
        try:
            if source.get_process_id() != child.pid:
                return
            role, name = _role(source), str(source.get_name() or "")
            ident = str(source.get_accessible_id() or "")
            label = _labelled_by(source) if event.type.endswith("focused") else ""
        except GLib.Error:
            role, name, ident, label = "?", "", "", ""
        data = event.any_data
        events.append(
            {
                "step": current[0],
                "type": str(event.type),
                "detail1": event.detail1,
                "data": data if isinstance(data, (str, int)) else "",
                "role": role,
                "name": name,
                "id": ident,
                "label": label,
            }
        )

    listener = Atspi.EventListener.new(on_event)
    for kind in EVENTS:
        listener.register(kind)
    app = find_app(child.pid, time.monotonic() + 120)
    report["application"] = {"name": str(app.get_name() or ""), "role": _role(app)}
    for line in child.stdout:
        words = line.split()
        if not words or words[0] != "STEP":
            continue
        name = words[1]
        current[0] = name
        step: dict[str, object] = {"objects": walk(app)}
        # The app sent the step's events before it answered the walk's calls (one connection,
        # in order): what is queued now is what the step caused.
        _pump(0.0)
        step["events"] = events[mark[0] :]
        mark[0] = len(events)
        # Where focus is: the last object that said it gained focus, as Orca follows it (the
        # current tab of a tab bar in another window keeps a "focused" state).
        gained = [e for e in events if _gained(e)]
        step["focus"] = gained[-1] if gained else focused(app)
        if "tab-out" in words[2:]:
            step["focus_after_tab"] = _press_tab(events, app)
            mark[0] = len(events)
        if "tab-cycle" in words[2:]:
            step["tab_cycle"] = tab_cycle(events, app)
            mark[0] = len(events)
        steps[name] = step
        child.stdin.write("next\n")
        child.stdin.flush()
    code = child.wait(timeout=60)
    report["app_exit"] = code
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
