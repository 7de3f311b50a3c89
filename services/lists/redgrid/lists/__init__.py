"""The lists service (being built)."""
