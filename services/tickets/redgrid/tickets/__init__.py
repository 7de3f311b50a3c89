"""The tickets service (being built)."""
