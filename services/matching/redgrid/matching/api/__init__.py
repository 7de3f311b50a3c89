"""HTTP entry points (thin)."""
