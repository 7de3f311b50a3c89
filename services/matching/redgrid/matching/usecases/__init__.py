"""Use cases: the only place a transaction opens."""
