"""Records, codes and validation of the case file. No Qt, no SQL, no cryptography."""
