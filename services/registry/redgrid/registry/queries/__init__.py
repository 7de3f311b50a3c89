"""SQL that reads the registry."""
