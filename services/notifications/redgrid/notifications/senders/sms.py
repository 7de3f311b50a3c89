"""SMS through a provider adapter: POST {to, text, id} as JSON to the configured URL, the key
as a bearer token and the delivery id as Idempotency-Key (a provider that honours it never
sends a retried message twice)."""

from __future__ import annotations

from uuid import UUID

import httpx

from redgrid.notifications.senders import NotConfigured, SendFailed
from redgrid.notifications.settings import NotificationSettings


class SmsSender:
    def __init__(self, settings: NotificationSettings, http: httpx.AsyncClient):
        self.s, self.http = settings, http

    async def send(self, to: str, text: str, delivery_id: UUID) -> None:
        if not self.s.sms_url:
            raise NotConfigured("SMS")
        headers = {"Idempotency-Key": str(delivery_id)}
        if self.s.sms_key:
            headers["Authorization"] = f"Bearer {self.s.sms_key}"
        try:
            r = await self.http.post(
                self.s.sms_url, headers=headers, timeout=self.s.sms_timeout,
                json={"to": to, "text": self.s.sms_signature + text, "id": str(delivery_id)},
            )
        except httpx.HTTPError as exc:
            raise SendFailed(f"SMS provider unreachable: {type(exc).__name__}") from None
        if r.is_success:
            return
        # 4xx (but 408 and 429) will not get better by trying again: bad number, bad key.
        permanent = 400 <= r.status_code < 500 and r.status_code not in (408, 429)
        raise SendFailed(f"SMS provider answered {r.status_code}", permanent=permanent)
