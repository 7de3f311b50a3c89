"""The notifications service: people told what concerns them, other city systems fed with events."""
