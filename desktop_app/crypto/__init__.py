"""Key derivation, key pairs, key grants and record envelopes (DESIGN.md §3). No Qt, no SQL."""
