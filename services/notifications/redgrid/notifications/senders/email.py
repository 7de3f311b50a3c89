"""E-mail over real SMTP (aiosmtplib): host, port, user, password, sender from the settings."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid
from uuid import UUID

import aiosmtplib

from redgrid.notifications.senders import NotConfigured, SendFailed
from redgrid.notifications.settings import NotificationSettings


class SmtpSender:
    def __init__(self, settings: NotificationSettings):
        self.s = settings

    async def send(self, to: str, subject: str, text: str, delivery_id: UUID) -> None:
        if not self.s.smtp_host:
            raise NotConfigured("e-mail")
        message = EmailMessage()
        message["From"] = self.s.smtp_from
        message["To"] = to
        message["Subject"] = subject
        # The same delivery always has the same Message-ID, so mail clients fold a resend.
        message["Message-ID"] = make_msgid(idstring=delivery_id.hex, domain="redgrid")
        message["X-Redgrid-Delivery"] = str(delivery_id)
        message.set_content(text + "\n\n——红网格 党建引领网格化治理平台（本邮件由系统自动发送）")
        try:
            await aiosmtplib.send(
                message,
                hostname=self.s.smtp_host,
                port=self.s.smtp_port,
                username=self.s.smtp_user,
                password=self.s.smtp_password,
                start_tls=self.s.smtp_starttls,
                use_tls=self.s.smtp_tls,
                timeout=self.s.smtp_timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = sorted({r.code for r in exc.recipients})
            raise SendFailed(f"recipient refused (SMTP {codes})", permanent=True) from None
        except aiosmtplib.SMTPResponseException as exc:
            # 5xx: the server will not take it (bad address, policy); 4xx: try again later.
            raise SendFailed(f"SMTP {exc.code}", permanent=500 <= exc.code < 600) from None
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise SendFailed(f"SMTP unreachable: {type(exc).__name__}") from None
