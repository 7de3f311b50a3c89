"""SQL writes of the matching service."""
