"""In a real Chromium: a grid worker logs in through the identity provider, the page calls the
tickets API through the one origin, and the notice arrives on its EventSource (issue 18)."""

from __future__ import annotations

import pytest

from .conftest import RESULTS, run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_a_grid_worker_logs_in_reports_and_hears_of_it_live(site):
    login = site.city["login"]
    done = await run_node("login_live_inbox.mjs", BASE_URL=site.url, USERNAME=login["username"],
                    PASSWORD=login["password"], NAME=login["name"],
                    GRID_ID=site.city["grid"]["id"])
    assert "notice received" in done
    for shot in ("phone-1-login.png", "phone-2-notice.png", "desktop-notice.png"):
        assert (RESULTS / shot).stat().st_size > 5000, shot
    async with site.h["registry"].runtime.pool.acquire() as conn:  # linked on first login
        assert await conn.fetchval("SELECT idp_subject FROM people WHERE name = '王芳'") \
            == "demo-wangfang"
