import { describe, expect, it } from "vitest";
import { loadDocument, parseDocument } from "../../codegen/loadDocument.js";
import { diffDocuments, type SpecChange } from "../../codegen/specDiffCore.js";
import { formatReport } from "../../codegen/specDiffReport.js";

const base = loadDocument("test/codegen/fixtures/diff-base.yaml");
const other = loadDocument("test/codegen/fixtures/diff-other.yaml");
const changes = diffDocuments(base, other);

/** The changes of one kind and direction, as `operation subject` lines. */
function listed(kind: SpecChange["kind"], direction: SpecChange["direction"]): string[] {
  return changes
    .filter((c) => c.kind === kind && c.direction === direction)
    .map((c) => [c.operation, c.subject, c.detail].filter(Boolean).join(" | "));
}

describe("spec diff", () => {
  it("reports nothing for identical documents", () => {
    expect(diffDocuments(base, base)).toEqual([]);
  });

  it("matches operations by method and path even when operationIds and parameter names differ", () => {
    expect(listed("operation", "missing")).toEqual(["GET /things/{id}/children"]);
    expect(listed("operation", "extra")).toEqual(["DELETE /things"]);
  });

  it("finds parameters only one side has", () => {
    expect(listed("parameter", "missing")).toEqual(["GET /things/{id} | query fields"]);
    expect(listed("parameter", "extra")).toEqual(["GET /things/{id} | query market"]);
  });

  it("describes changed parameters facet by facet", () => {
    expect(listed("parameter", "changed")).toEqual([
      "GET /things/{id} | path {id} | name: id -> thing_id",
      "GET /things/{id} | query limit | required: false -> true; maximum: 50 -> 10",
      'GET /things/{id} | query offset | type: "integer" -> "string"',
      'GET /things/{id} | query order | enum: ["asc","desc"] -> ["asc","desc","random"]',
    ]);
  });

  it("walks request and response bodies through $ref and allOf, stopping at cycles", () => {
    expect(listed("requestField", "missing")).toEqual(["POST /things | color"]);
    expect(listed("requestField", "extra")).toEqual(["POST /things | tags"]);
    expect(listed("responseField", "missing")).toEqual(["GET /things/{id} | label"]);
    expect(listed("responseField", "extra")).toEqual(["GET /things/{id} | popularity"]);
  });

  it("reports deprecation changes of operations and fields", () => {
    expect(listed("deprecation", "changed")).toEqual([
      "GET /legacy | deprecated: false -> true",
      "GET /legacy | value | deprecated: false -> true",
    ]);
  });

  it("collapses fields nested under a missing field into one line", () => {
    const doc = (meta: string) =>
      parseDocument(`
openapi: 3.0.3
info: { title: t, version: "1" }
paths:
  /x:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string }${meta} } }
`);
    const meta =
      ", meta: { type: object, properties: { a: { type: string }, b: { type: array, items: { type: object, properties: { c: { type: string } } } } } }";
    const found = diffDocuments(doc(""), doc(meta));
    expect(found).toEqual([
      {
        kind: "responseField",
        direction: "missing",
        operation: "GET /x",
        subject: "meta",
        detail: "+3 nested",
      },
    ]);
  });

  it("prints every section, with a count, so empty ones are visible too", () => {
    const report = formatReport([], "a.yaml", "b.yaml");
    expect(report).toContain("== Operations only in theirs (missing from ours): 0");
    expect(report).toContain("0 difference(s).");
  });
});
