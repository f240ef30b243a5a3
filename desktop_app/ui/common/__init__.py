"""Shared pieces of the window: the Qt import module, the event relay, model bases, form helpers."""
