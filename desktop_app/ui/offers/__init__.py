"""*Angebote*: the team's directory of local offers."""
