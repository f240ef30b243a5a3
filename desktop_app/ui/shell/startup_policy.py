"""The machine-wide policy in the GUI: refuse to start on a malformed file, apply it to the window.

A malformed policy file is shown in a German message box and the app does not start: running with
defaults would be weaker than what IT wrote (``desktop_app.policy``).
"""

from __future__ import annotations

from typing import Protocol

from desktop_app.policy import Policy, PolicyError, load_policy
from desktop_app.ui.common.qt.core import QCoreApplication, QTimer
from desktop_app.ui.common.qt.widgets import QApplication, QMessageBox
from desktop_app.ui.shell.lazy_pages import LazyPages
from desktop_app.ui.shell.translations import install_translators


class Pages(Protocol):
    """The work area's pages built on first use."""

    lazy: LazyPages


class PolicyTarget(Protocol):
    """The parts of the main window a policy changes."""

    idle: QTimer

    @property
    def work(self) -> Pages: ...


def policy_error_box(error: PolicyError) -> QMessageBox:
    """The message box that explains why Fallakte does not start."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("policy", "Fallakte cannot start"),
        QCoreApplication.translate(
            "policy",
            "The machine-wide policy file is invalid, so Fallakte does not start. "
            "Please tell your IT department.",
        ),
    )
    box.setObjectName("policyErrorBox")
    box.setInformativeText(str(error))
    return box


def policy_or_refuse(app: QApplication) -> Policy | None:
    """The policy in force, or None after telling the user why the app cannot start."""
    try:
        return load_policy()
    except PolicyError as exc:
        install_translators(app, "de")
        policy_error_box(exc).exec()
        return None


def apply_policy(window: PolicyTarget, policy: Policy) -> None:
    """Cap the idle lock and show the policy on the settings page."""
    stored_minutes = window.idle.interval() // 60_000
    window.idle.setInterval(policy.idle_minutes(stored_minutes) * 60_000)
    window.work.lazy.when_built("settings", lambda page: page.show_policy(policy))
