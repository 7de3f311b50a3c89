// Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G) of the resident's
// first page, in Debian's chromium launched by chrome-launcher with the CI flags browser.mjs uses.
// Prints one JSON line: the performance score (0–100) and time to interactive (ms). A measure,
// not a test: the figures are printed, no threshold is enforced.
//   BASE_URL node e2e/lighthouse.mjs
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const result = await lighthouse(process.env.BASE_URL, {
    port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"],
    locale: "zh",
  });
  const { categories, audits } = result.lhr;
  const ms = (id) => Math.round(audits[id]?.numericValue ?? NaN);
  console.log(JSON.stringify({
    url: result.lhr.finalDisplayedUrl, form_factor: result.lhr.configSettings.formFactor,
    performance: Math.round((categories.performance.score ?? NaN) * 100),
    tti_ms: ms("interactive"), fcp_ms: ms("first-contentful-paint"),
    lcp_ms: ms("largest-contentful-paint"), tbt_ms: ms("total-blocking-time"),
    lighthouse: result.lhr.lighthouseVersion, chromium: result.lhr.environment.hostUserAgent,
  }));
} finally {
  await chrome.kill();
}
