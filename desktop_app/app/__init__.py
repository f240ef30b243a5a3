"""The use cases of the desktop app, without Qt: what a person does, written against storage.

``desktop_app.ui`` calls these; tests call them headless (``tests/app``). Layers:
``ui → app → (reports, sync, storage) → (crypto, domain)`` (docs/ARCHITECTURE.md).
"""
