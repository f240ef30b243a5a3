"""Sync in the window: status, conflicts, team, connect, lease."""
