"""The sync client: outbox, push/pull, three-way merge, enrollment and key rotation."""
