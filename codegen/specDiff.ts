/**
 * `npm run spec:diff -- <other.yaml> [--base <ours.yaml>] [--only missing|extra|changed]`
 *
 * Prints the differences between our curated document and another OpenAPI document, grouped
 * by kind, and exits 1 when anything (within the `--only` selection) differs. `--only missing`
 * lists just what the other document has and ours lacks: the proof that no operation, parameter
 * or response field was lost while curating.
 */
import { parseArgs } from "node:util";
import { SOURCE_DOCUMENT } from "./format.js";
import { loadDocument } from "./loadDocument.js";
import { diffDocuments } from "./specDiffCore.js";
import { formatReport } from "./specDiffReport.js";

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: "string", default: SOURCE_DOCUMENT },
      only: { type: "string" },
      depth: { type: "string", default: "6" },
    },
  });
  const otherFile = positionals[0];
  const only = values.only;
  if (
    otherFile === undefined ||
    (only !== undefined && !["missing", "extra", "changed"].includes(only))
  ) {
    console.error(
      "usage: npm run spec:diff -- <other.yaml> [--base <file>] [--only missing|extra|changed] [--depth N]",
    );
    return 2;
  }
  const all = diffDocuments(loadDocument(values.base), loadDocument(otherFile), {
    maxDepth: Number(values.depth),
  });
  const changes = only === undefined ? all : all.filter((c) => c.direction === only);
  console.log(formatReport(changes, values.base, otherFile));
  return changes.length > 0 ? 1 : 0;
}

process.exitCode = main();
