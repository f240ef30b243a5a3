"""Frozen entry point of the ``fallakte`` command (PyInstaller, installer/fallakte.spec).

``fallakte --version`` answers before the CLI module (and with it the vault, SQLite and the
crypto stack) is imported: IT scripts call it often, and the target is under 0.5 s. The text is
the same as ``desktop_app.cli``'s ``--version`` (tests/installer checks both).
"""

import sys

if sys.argv[1:] == ["--version"]:
    from desktop_app import __version__

    print(f"fallakte {__version__}")
    raise SystemExit(0)

from desktop_app.cli import main

raise SystemExit(main())
