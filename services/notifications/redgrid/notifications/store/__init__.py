"""SQL writes of the notifications service; no function here commits."""
