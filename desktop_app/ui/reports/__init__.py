"""*Berichte*: pickers, preview, exports."""
