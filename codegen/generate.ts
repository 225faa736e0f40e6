/**
 * `npm run generate` / `npm run generate:check`: openapi/spotify.yaml -> generated/.
 *
 * Options (for development and tests): `--input <file>` and `--out <dir>` override the defaults.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { SOURCE_DOCUMENT } from "./format.js";
import { checkOutputs, generateAll, writeOutputs } from "./writeOutputs.js";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      input: { type: "string", default: SOURCE_DOCUMENT },
      out: { type: "string", default: "generated" },
    },
  });
  const output = await generateAll(readFileSync(values.input, "utf8"));
  for (const warning of output.warnings) console.warn(`warning: ${warning}`);
  if (values.check) {
    const { stale, missing, extra } = checkOutputs(values.out, output.files);
    const problems = [
      ...stale.map((f) => `stale:   ${values.out}/${f}`),
      ...missing.map((f) => `missing: ${values.out}/${f}`),
      ...extra.map((f) => `extra:   ${values.out}/${f}`),
    ];
    if (problems.length > 0) {
      console.error(
        `${values.out}/ is out of date with ${values.input}; run \`npm run generate\`.`,
      );
      for (const line of problems) console.error(`  ${line}`);
      return 1;
    }
    console.log(`${values.out}/ is up to date with ${values.input}.`);
    return 0;
  }
  writeOutputs(values.out, output.files);
  const { stats } = output;
  const tiers = Object.entries(stats.tiers)
    .map(([tier, count]) => `${tier} ${count}`)
    .join(", ");
  console.log(
    `Wrote ${output.files.size} files to ${values.out}/: ${stats.operations} operations (${tiers}), ` +
      `${stats.components} component schemas, ${stats.sharedResponses} shared response schemas, ` +
      `${stats.lazyReferences} lazy references.`,
  );
  return 0;
}

process.exitCode = await main();
