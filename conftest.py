"""Fixtures for every test: real PostgreSQL and NATS JetStream (see redgrid.common.testing)."""

pytest_plugins = ["redgrid.common.testing"]
