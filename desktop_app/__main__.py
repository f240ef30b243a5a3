"""``python -m desktop_app`` and the ``fallakte-desktop`` command start the desktop app."""

from __future__ import annotations


def main() -> int:
    """Start the GUI."""
    from desktop_app.ui.app import run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
