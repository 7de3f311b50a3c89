"""Shared foundation of every Redgrid service: settings, logs, events, outbox, inbox, HTTP, auth."""
