"""``python -m desktop_app`` and the ``fallakte-desktop`` command start the desktop app."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    """Start the GUI (or, for ``fallakte self-test``, only probe Qt's platform plugins)."""
    # A frozen build runs worker processes (a report's fact readers, the pull's decoder)
    # through this entry point: freeze_support lets them become that process, not a window.
    multiprocessing.freeze_support()
    if len(sys.argv) == 3 and sys.argv[1] == "--probe-qt":
        from desktop_app.ui.shell.platform_probe import probe_to_file

        return probe_to_file(Path(sys.argv[2]))
    from desktop_app.ui.shell.app import run

    return run()


if __name__ == "__main__":
    raise SystemExit(main())
