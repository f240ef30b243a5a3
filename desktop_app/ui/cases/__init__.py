"""The case list: search, filter and the new-case dialog."""
