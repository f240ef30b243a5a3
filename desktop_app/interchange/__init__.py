"""The JSON interchange format (docs/FORMAT.md): validation with JSON paths, import, export."""
