"""Frozen entry point of ``fallakte-desktop`` (PyInstaller, installer/fallakte.spec)."""

from desktop_app.__main__ import main

raise SystemExit(main())
