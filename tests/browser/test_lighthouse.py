"""The resident's first page's budgets (issue 23): Lighthouse mobile's performance score and
time to interactive, measured in Debian's chromium against the built app and printed (a measure,
not a timed test: only that Lighthouse ran and gave numbers is asserted); and the JavaScript the
first page loads, held to its 200 KB."""

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


async def test_the_residents_first_page_loads_at_most_200_kb_of_javascript(site):
    """The scripts the first page really loads, gzipped: the script fails above the budget."""
    figures = json.loads((await run_node("first_page_js.mjs", BASE_URL=site.url))
                         .strip().splitlines()[-1])
    print(f"\nfirst page JavaScript: {figures['gzipped_kb']} KB gzipped "
          f"(budget {figures['budget_kb']} KB) in {len(figures['files'])} scripts")
    assert 0 < figures["gzipped_kb"] <= figures["budget_kb"]
