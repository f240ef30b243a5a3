"""PySide6 must not lose references to None when item models return None (decision 0003)."""

from __future__ import annotations

import os
import subprocess
import sys

REPRODUCER = """
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
class M(QAbstractTableModel):
    def rowCount(self, p=QModelIndex()): return 10
    def columnCount(self, p=QModelIndex()): return 2
    def data(self, i, role=Qt.ItemDataRole.DisplayRole): return None
model = M()
index = model.index(0, 0)
before = sys.getrefcount(None)
for _ in range(2000):
    index.data(Qt.ItemDataRole.DecorationRole)
print(before - sys.getrefcount(None))
"""


def test_returning_none_from_data_keeps_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", REPRODUCER],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lost = int(result.stdout.strip().splitlines()[-1])
    assert lost <= 0, f"PySide6 lost {lost} references to None (see docs/decisions/0003)"
