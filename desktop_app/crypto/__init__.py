"""Key derivation, key pairs, grants, record envelopes (docs/CRYPTO_FORMATS.md). No Qt, no SQL."""
