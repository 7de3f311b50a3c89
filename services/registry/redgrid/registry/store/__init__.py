"""SQL that changes the registry (never commits: the use case owns the transaction)."""
