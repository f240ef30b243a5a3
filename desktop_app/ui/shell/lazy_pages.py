"""Pages built when they are first shown (or first asked for), not when the window opens: until
then an empty placeholder holds each one's place in the work area's stack. Starting the app
builds only what the unlock screen and the case list need."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.ui.common.accessibility import name_from_labels
from desktop_app.ui.common.qt.widgets import QStackedWidget, QWidget


class LazyPages:
    """The pages of ``stack`` registered with :meth:`add`, each built on its first :meth:`get`;
    :meth:`when_built` wires a page (now if it is built, else right after it is)."""

    def __init__(self, stack: QStackedWidget) -> None:
        self._stack = stack
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._slots: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        self._wiring: dict[str, list[Callable[[Any], None]]] = {}

    def add(self, key: str, factory: Callable[[], QWidget]) -> None:
        """Hold a place for the page ``factory`` builds."""
        slot = QWidget()
        slot.setObjectName(f"{key}Placeholder")
        self._factories[key] = factory
        self._slots[key] = slot
        self._stack.addWidget(slot)

    def built(self, key: str) -> Any:
        """The page of ``key`` if it is built, else None (nothing is built)."""
        return self._built.get(key)

    def get(self, key: str) -> Any:
        """The page of ``key``, built (and put in its place) on the first call."""
        page = self._built.get(key)
        if page is not None:
            return page
        page = self._factories[key]()
        self._built[key] = page
        slot = self._slots.pop(key)
        self._stack.insertWidget(self._stack.indexOf(slot), page)
        self._stack.removeWidget(slot)
        slot.deleteLater()
        name_from_labels(page)
        for wire in self._wiring.pop(key, []):
            wire(page)
        return page

    def when_built(self, key: str, wire: Callable[[Any], None]) -> None:
        """Call ``wire(page)`` once the page of ``key`` is built (now, if it is)."""
        page = self._built.get(key)
        if page is not None:
            wire(page)
        else:
            self._wiring.setdefault(key, []).append(wire)
