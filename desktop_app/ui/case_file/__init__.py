"""One open case file: overview, sessions, plan, agreement, referrals, follow-ups,
documents, history."""
