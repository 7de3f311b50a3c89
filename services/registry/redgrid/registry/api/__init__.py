"""HTTP entrypoints: parse, call the use case, answer."""
