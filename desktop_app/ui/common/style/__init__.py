"""The design system: tokens (``tokens.py``), the one style sheet made from them
(``sheet.py``), the theme that follows the OS (``theme.py``), the bundled icons (``icons.py``)
and the shared pieces of the look (``widgets.py``: roles, status chips, empty states)."""
