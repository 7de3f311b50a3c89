"""SQL reads of the notifications service, returning models."""
