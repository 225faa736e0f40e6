/**
 * `npm run conformance -- <folder>`: runs captured Spotify response bodies through the generated
 * valibot schemas and reports, per endpoint, which bodies are accepted and which field fails.
 *
 * The folder holds `METHOD_path_with_{params}/` subfolders of `<name>[__HTTP<status>].json`
 * bodies and an INDEX.tsv with capture years. Exit status 1 when a success body captured in 2022
 * or later is rejected: older captures predate fields Spotify sends today, so they only inform.
 *
 * Options: `--generated <dir>` validates with another generated/ folder (for development).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import * as v from "valibot";
import { describeIssues } from "../src/core/issuePath.js";

type Schema = v.GenericSchema<unknown, unknown>;
type StatusMap = Readonly<Record<string, Schema>>;

/** The parts of generated/ this script reads, loaded at run time so it can target any folder. */
interface Generated {
  table: Readonly<Record<string, { method: string; path: string }>>;
  responses: Readonly<Record<string, StatusMap>>;
  components: Readonly<Record<string, unknown>>;
}

/** One captured body and what happened to it. */
interface Outcome {
  file: string;
  status: number;
  year: number | undefined;
  verdict: "accepted" | "rejected" | "skipped";
  detail: string;
}

/** The first year at which a rejected success body fails the run. */
const STRICT_FROM_YEAR = 2022;

async function loadGenerated(dir: string): Promise<Generated> {
  const load = (file: string) => import(pathToFileURL(resolve(dir, file)).href);
  const [operations, table, schemas] = await Promise.all([
    load("operations.ts"),
    load("schemaTable.ts"),
    load("schemas.ts"),
  ]);
  return {
    table: operations.operationTable,
    responses: table.responseSchemas,
    components: schemas,
  };
}

/** `GET_playlists_{playlist_id}_items` -> `GET` and `/playlists/{}/items` (names erased). */
function parseSlug(slug: string): { method: string; template: string } {
  const cut = slug.indexOf("_");
  const segments = slug.slice(cut + 1).match(/\{[^}]*\}|[^_]+/g) ?? [];
  return { method: slug.slice(0, cut), template: eraseNames(`/${segments.join("/")}`) };
}

function eraseNames(path: string): string {
  // Our document and the captures' source name path parameters differently ({id} vs {playlist_id}).
  return path.replace(/\{[^}]*\}/g, "{}");
}

function describeFailure(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = describeIssues(issues);
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : "";
  return `${first.path}: ${first.message}${more}`;
}

/** Finds a component schema by the properties it declares (names differ between documents). */
function componentWith(generated: Generated, probe: Record<string, unknown>): Schema | undefined {
  for (const [name, value] of Object.entries(generated.components).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    if (!name.endsWith("Schema") || !v.isOfKind("schema", value as Schema)) continue;
    if (v.is(value as Schema, probe)) {
      const entries = (value as { entries?: Record<string, unknown> }).entries ?? {};
      if (Object.keys(probe).every((key) => key in entries)) return value as Schema;
    }
  }
  return undefined;
}

/** Picks the schema a body should match: the operation's own status, else its error schema. */
function schemaFor(map: StatusMap, status: number): { schema?: Schema; note: string } {
  const exact = map[String(status)] ?? map[`${String(status)[0]}XX`] ?? map.default;
  if (exact !== undefined) return { schema: exact, note: "" };
  // Captures name no status when it was 2xx (201 bodies arrive as plain files), and error
  // bodies share one shape, so fall back to a sibling status of the same class.
  const sibling = Object.keys(map).find((s) =>
    status < 400 ? s.startsWith("2") : Number(s) >= 400,
  );
  if (sibling === undefined) return { note: "" };
  return { schema: map[sibling], note: `checked against the HTTP ${sibling} schema` };
}

function readIndex(folder: string): Map<string, number> {
  const years = new Map<string, number>();
  const index = join(folder, "INDEX.tsv");
  if (!existsSync(index)) return years;
  const [head, ...rows] = readFileSync(index, "utf8").trim().split("\n");
  const columns = (head ?? "").split("\t");
  const fileColumn = columns.indexOf("file");
  const yearColumn = columns.findIndex((c) => c.includes("year"));
  for (const row of rows) {
    const cells = row.split("\t");
    const year = Number(cells[yearColumn]);
    if (cells[fileColumn] !== undefined && Number.isFinite(year))
      years.set(cells[fileColumn], year);
  }
  return years;
}

function checkEndpoint(
  folder: string,
  slug: string,
  generated: Generated,
  years: Map<string, number>,
): { title: string; outcomes: Outcome[] } {
  const { method, template } = parseSlug(slug);
  const match = Object.entries(generated.table).find(
    ([, row]) => row.method === method && eraseNames(row.path) === template,
  );
  const isToken = slug === "POST_api_token";
  const title = match
    ? `${method} ${match[1].path} (${match[0]})`
    : isToken
      ? "POST accounts /api/token"
      : slug;
  const files = readdirSync(join(folder, slug))
    .filter((f) => f.endsWith(".json"))
    .sort();
  const outcomes = files.map((file): Outcome => {
    const status = Number(/__HTTP(\d{3})\.json$/.exec(file)?.[1] ?? 200);
    const year = years.get(`${slug}/${file}`);
    const base = { file, status, year };
    let schema: Schema | undefined;
    let note = "";
    if (isToken) {
      // The token endpoint is not a Web API operation; its bodies live in components.
      schema =
        status < 400
          ? componentWith(generated, { access_token: "", token_type: "", expires_in: 0 })
          : componentWith(generated, { error: "", error_description: "" });
    } else if (match) {
      ({ schema, note } = schemaFor(generated.responses[match[0]] ?? {}, status));
    }
    if (!match && !isToken)
      return { ...base, verdict: "skipped", detail: "no such operation in our document" };
    if (schema === undefined)
      return { ...base, verdict: "skipped", detail: `no JSON schema for HTTP ${status}` };
    const body: unknown = JSON.parse(readFileSync(join(folder, slug, file), "utf8"));
    const result = v.safeParse(schema, body);
    return result.success
      ? { ...base, verdict: "accepted", detail: note }
      : {
          ...base,
          verdict: "rejected",
          detail: `${describeFailure(result.issues)}${note ? ` (${note})` : ""}`,
        };
  });
  return { title, outcomes };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      generated: { type: "string", default: "generated" },
      verbose: { type: "boolean", default: false },
    },
  });
  const folder = positionals[0];
  if (folder === undefined || !existsSync(folder)) {
    console.error(
      "usage: npm run conformance -- <responses folder> [--generated <dir>] [--verbose]",
    );
    return 2;
  }
  const generated = await loadGenerated(values.generated);
  const years = readIndex(folder);
  const slugs = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const totals = { accepted: 0, rejected: 0, skipped: 0, failing: 0 };
  for (const slug of slugs) {
    const { title, outcomes } = checkEndpoint(folder, slug, generated, years);
    const counts = { accepted: 0, rejected: 0, skipped: 0 };
    const lines: string[] = [];
    for (const o of outcomes) {
      counts[o.verdict]++;
      totals[o.verdict]++;
      const strict =
        o.verdict === "rejected" && o.status < 300 && (o.year ?? 0) >= STRICT_FROM_YEAR;
      if (strict) totals.failing++;
      // Accepted bodies are only listed on request; the report is about what needs attention.
      if (o.verdict === "accepted" && !values.verbose) continue;
      const label = o.verdict === "rejected" ? (strict ? "REJECTED" : "rejected (old)") : o.verdict;
      const detail = o.detail === "" ? "" : `\n      ${o.detail}`;
      lines.push(`  ${label.padEnd(15)} ${o.year ?? "????"} HTTP ${o.status} ${o.file}${detail}`);
    }
    const summary = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([verdict, n]) => `${n} ${verdict}`)
      .join(", ");
    console.log(`${title}: ${summary}`);
    for (const line of lines) console.log(line);
  }
  console.log(
    `\n${totals.accepted} accepted, ${totals.rejected} rejected (${totals.failing} of them success bodies ` +
      `captured in ${STRICT_FROM_YEAR} or later), ${totals.skipped} skipped, ${slugs.length} endpoints.`,
  );
  return totals.failing > 0 ? 1 : 0;
}

process.exitCode = await main();
