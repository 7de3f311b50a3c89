"""Lighthouse mobile on the resident's first page (issue 23's budgets): its performance score and
time to interactive, measured in Debian's chromium against the built app and printed. A measure,
not a timed test: only that Lighthouse ran and gave numbers is asserted."""

from __future__ import annotations

import json
import math

import pytest

from .conftest import run_node

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_lighthouse_mobile_scores_the_residents_first_page(site):
    out = await run_node("lighthouse.mjs", BASE_URL=site.url)
    figures = json.loads(out.strip().splitlines()[-1])
    print(f"\nLighthouse mobile {figures['lighthouse']} on {figures['url']}: performance "
          f"{figures['performance']}, TTI {figures['tti_ms']} ms, FCP {figures['fcp_ms']} ms, "
          f"LCP {figures['lcp_ms']} ms, TBT {figures['tbt_ms']} ms")
    assert figures["form_factor"] == "mobile"
    for name in ("performance", "tti_ms"):
        assert isinstance(figures[name], int) and math.isfinite(figures[name]), figures
