"""Wire messages shared by the sync client and the server (docs/PROTOCOL.md)."""
