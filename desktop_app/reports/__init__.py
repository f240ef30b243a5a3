"""Team-lead reports: aggregates over the decrypted case data and their exports."""
