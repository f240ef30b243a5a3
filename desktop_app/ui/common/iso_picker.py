"""Country and language pickers: German names with type-ahead, storing ISO codes.

A picker is a line edit that shows names (*Syrien, Afghanistan*; *Dari*) and completes the name
being typed from a list model (:class:`IsoListModel`) as the person types part of a name, a code
or a language's three-letter code (``pus`` → *Paschtu*). :meth:`IsoPicker.codes` turns the names
back into codes; a value that is no name we know (an old stored value, a code) stays as it was,
so validation names it instead of it being lost.
"""

from __future__ import annotations

from enum import Enum

from desktop_app.domain.iso import (
    country_code,
    country_name,
    language_code,
    language_name,
)
from desktop_app.domain.iso_names import COUNTRIES, LANGUAGES
from desktop_app.ui.common.qt.core import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from desktop_app.ui.common.qt.widgets import QCompleter, QLineEdit, QWidget

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class IsoKind(Enum):
    """What a picker picks."""

    COUNTRY = "country"
    LANGUAGE = "language"


def _entries(kind: IsoKind) -> list[tuple[str, str, str]]:
    """(code, German name, alias) sorted by name."""
    if kind is IsoKind.COUNTRY:
        rows = [(code, name, "") for code, name in COUNTRIES.items()]
    else:
        rows = [(code, name, alias) for code, (name, alias) in LANGUAGES.items()]
    return sorted(rows, key=lambda row: row[1].casefold())


class IsoListModel(QAbstractListModel):
    """Countries or languages: the name shows, the code is ``CODE_ROLE``, and ``SEARCH_ROLE``
    holds what type-ahead matches (name, code, alias)."""

    def __init__(self, kind: IsoKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._rows = _entries(kind)

    def rowCount(self, parent: Index | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        code, name, alias = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return code
        if role == CODE_ROLE:
            return code
        if role == SEARCH_ROLE:
            return " ".join(x for x in (name, code, alias) if x)
        return None


class _TokenCompleter(QCompleter):
    """Completes the last comma-separated part of the line (all of it for a single value)."""

    def __init__(self, model: IsoListModel, edit: QLineEdit, multiple: bool) -> None:
        super().__init__(model, edit)
        self._edit, self._multiple = edit, multiple
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip() if self._multiple else path.strip()]

    def pathFromIndex(self, index: Index) -> str:
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        text = self._edit.text()
        if not self._multiple or "," not in text:
            return name
        return f"{text.rsplit(',', 1)[0]}, {name}"


class IsoPicker(QLineEdit):
    """A country or language field (``multiple``: a comma-separated list)."""

    def __init__(self, kind: IsoKind, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.multiple = kind, multiple
        self.model = IsoListModel(kind, self)
        self.setCompleter(_TokenCompleter(self.model, self, multiple))

    def display(self, codes: list[str] | str | None) -> str:
        """The names of ``codes`` as the field shows them."""
        values = [codes] if isinstance(codes, str) else list(codes or [])
        name = country_name if self.kind is IsoKind.COUNTRY else language_name
        return ", ".join(name(code) for code in values if code)

    def set_codes(self, codes: list[str] | str | None) -> None:
        """Show ``codes`` by their names."""
        self.setText(self.display(codes))

    def _code(self, token: str) -> str:
        if self.kind is IsoKind.COUNTRY:
            return country_code(token) or token.upper()
        return language_code(token) or token.lower()

    def codes(self) -> list[str]:
        """The codes of the names in the field (a token we do not know stays as typed)."""
        text = self.text().replace(";", ",")
        tokens = [t.strip() for t in (text.split(",") if self.multiple else [text]) if t.strip()]
        return [self._code(token) for token in tokens]

    def code(self) -> str | None:
        """The one code of a single-value field (None if empty)."""
        codes = self.codes()
        return codes[0] if codes else None
