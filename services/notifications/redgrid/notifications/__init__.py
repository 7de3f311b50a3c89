"""The notifications service (being built)."""
