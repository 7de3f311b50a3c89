"""Use cases: plain async functions that open the one transaction and record the events."""
