// The typed API clients: one TypeScript module of types per service, from its OpenAPI document.
//   ../.venv/bin/redgrid openapi all --out ../.redgrid/openapi && npm run clients
//   node scripts/clients.mjs [--in DIR] [--out DIR]   (defaults: ../.redgrid/openapi, src/api/generated)
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const here = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    in: { type: "string", default: join(here, "..", ".redgrid", "openapi") },
    out: { type: "string", default: join(here, "src", "api", "generated") },
  },
});

const documents = (await readdir(values.in)).filter((f) => f.endsWith(".json")).sort();
if (documents.length === 0) throw new Error(`no OpenAPI documents (*.json) in ${values.in}`);
await mkdir(values.out, { recursive: true });
for (const file of documents) {
  const service = basename(file, ".json");
  const document = JSON.parse(await readFile(join(values.in, file), "utf8"));
  const ast = await openapiTS(document, { alphabetize: true });
  const header = `// Generated from the ${service} service's OpenAPI by scripts/clients.mjs: do not edit.\n\n`;
  await writeFile(join(values.out, `${service}.ts`), header + astToString(ast));
  console.log(`${service}.ts`);
}
