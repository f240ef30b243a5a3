"""The design system: tokens (``tokens.py``), the proxy style over Fusion that draws the shapes
and decorates roles and chips (``proxy.py``), the two small per-widget sheets (``sheet.py``), the
theme that follows the OS (``theme.py``), the bundled icons (``icons.py``) and the shared pieces
of the look (``widgets.py``: roles, status chips, empty states)."""
