"""Use cases: one user action = one transaction; records in and out, typed errors raised."""
