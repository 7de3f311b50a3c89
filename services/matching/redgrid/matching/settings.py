"""Matching's settings: the common ones (prefix REDGRID_) and how often the sweeper looks."""

from __future__ import annotations

from datetime import timedelta

from redgrid.common.settings import Settings


class MatchingSettings(Settings):
    # REDGRID_MATCHING_SWEEP_SECONDS: how often lapsed offers, undispatched orders and passed
    # windows are looked for.
    matching_sweep_seconds: float = 5.0
    # REDGRID_MATCHING_SERVICE_MARGIN_HOURS: how early before its window an order's service may
    # start, and how many hours beyond the window's length its completion may record.
    matching_service_margin_hours: float = 2.0

    @property
    def margin(self) -> timedelta:
        return timedelta(hours=self.matching_service_margin_hours)

    # REDGRID_REMINDER_LEAD_HOURS: how long before a booked window or duty its person is
    # reminded (redgrid.matching.reminder.due).
    reminder_lead_hours: float = 2.0
