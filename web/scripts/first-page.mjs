// The JavaScript a phone's first page loads, gzipped: the built entry (dist/index.html), the home
// page's chunk and every chunk they import statically. Prints it and fails above the budget
// (200 KB), so the desk console's Element Plus and ECharts stay out of the residents' way.
//   node scripts/first-page.mjs [dist]
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const BUDGET = 200 * 1024;
const html = readFileSync(join(dist, "index.html"), "utf8");
const entry = html.match(/src="\/assets\/([^"]+\.js)"/)[1];
const home = readdirSync(join(dist, "assets")).find((f) => /^HomePage-.*\.js$/.test(f));
const seen = new Set();

function walk(file) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, "assets", file), "utf8");
  // static imports only: `import … from "./x.js"` and bare `import "./x.js"`, not import("…")
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) walk(m[1]);
}

walk(entry);
walk(home);
const bytes = [...seen].reduce((n, f) => n + gzipSync(readFileSync(join(dist, "assets", f))).length, 0);
console.log(`first page JS: ${(bytes / 1024).toFixed(1)} KB gzipped in ${seen.size} files (${[...seen].join(", ")}); budget ${BUDGET / 1024} KB`);
if (bytes > BUDGET) process.exit(1);
