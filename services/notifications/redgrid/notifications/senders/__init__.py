"""Adapters to the outside: SMTP, the SMS provider, webhook receivers.

A failed send raises SendFailed with a reason that carries no address or phone number (reasons
are stored, shown to staff and put in events), and says whether trying again can help.
"""

from __future__ import annotations


class SendFailed(Exception):
    def __init__(self, reason: str, permanent: bool = False):
        super().__init__(reason)
        self.reason = reason[:300]
        self.permanent = permanent


class NotConfigured(SendFailed):
    def __init__(self, channel: str):
        super().__init__(f"{channel} is not configured", permanent=True)
