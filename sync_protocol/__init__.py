"""Wire messages shared by the sync client and the server (DESIGN.md §4)."""
