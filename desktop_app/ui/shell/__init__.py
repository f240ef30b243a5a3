"""The window's frame: start-up, the main window, navigation, unlock and lock, settings."""
