// The resident's first page's JavaScript budget (issue 23: ≤ 200 KB gzipped): opens BASE_URL
// (the built app under `vite preview`), records every script it loads and prints the total
// gzipped from dist/; fails above the budget.
//   BASE_URL node e2e/first_page_js.mjs
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { PHONE, launch } from "./browser.mjs";

const BUDGET_KB = 200;

const browser = await launch();
try {
  const page = await browser.newPage({ viewport: PHONE });
  const scripts = new Set();
  page.on("response", (r) => r.request().resourceType() === "script" && scripts.add(new URL(r.url()).pathname));
  await page.goto(process.env.BASE_URL, { waitUntil: "networkidle" });
  let total = 0;
  const files = {};
  for (const path of scripts) {
    const size = gzipSync(await readFile(`dist${path}`), { level: 9 }).length;
    files[path] = size;
    total += size;
  }
  console.log(JSON.stringify({ files, gzipped_kb: Math.round(total / 102.4) / 10, budget_kb: BUDGET_KB }));
  if (total > BUDGET_KB * 1024) process.exitCode = 1; // the desk's Element Plus and ECharts stay lazy
} finally {
  await browser.close();
}
