"""SQL reads of the matching service."""
