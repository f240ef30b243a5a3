"""*Heute*: the agenda of the day."""
