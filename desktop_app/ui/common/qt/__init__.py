"""The one place through which the UI imports Qt, so the binding is named once.

Split by Qt module (as qutebrowser's ``qutebrowser/qt/``) so that an importer pays only for what
it uses: ``from desktop_app.ui.common.qt.core import QObject, Signal``. The headless PDF export
(``fallakte report --format pdf``) loads QtCore and QtGui only.
"""
