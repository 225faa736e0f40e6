/**
 * codegen/inputSchemaData.ts writes valibot expressions as the node table generated/inputSchemas.ts
 * reads: shared nodes listed once and named by index, the others written in place.
 */
import { describe, expect, it } from "vitest";
import { schemaNodeTable } from "../../codegen/inputSchemaData.js";
import { call, entries, type ValibotExpression, value } from "../../codegen/valibotExpression.js";

const spotifyId = () =>
  call("pipe", call("string"), call("regex", { kind: "regex", pattern: "^[0-9A-Za-z]+$" }, "id"));

describe("schemaNodeTable", () => {
  it("lists a call used in two places once and writes a call used in one place where it is", () => {
    const table = schemaNodeTable(() => call("unknown"));
    table.add(call("object", entries([["id", spotifyId()]])));
    table.add(
      call(
        "object",
        entries([
          ["id", spotifyId()],
          ["limit", call("number")],
        ]),
      ),
    );
    const { roots, nodes } = table.finish();
    // `v.string()` appears twice, but both times inside the one listed pipe.
    expect(nodes).toEqual([["pipe", ["string"], ["regex", "^[0-9A-Za-z]+$", "id"]]]);
    expect(roots).toEqual([
      ["object", { id: 0 }],
      ["object", { id: 0, limit: ["number"] }],
    ]);
  });

  it("names a component once however many calls refer to it", () => {
    const table = schemaNodeTable((name) => call("looseObject", entries([[name, call("string")]])));
    const ref: ValibotExpression = { kind: "component", name: "Offset", lazy: false };
    table.add(call("object", entries([["body", ref]])));
    table.add(call("optional", ref));
    expect(table.finish()).toMatchObject({
      roots: [
        ["object", { body: 0 }],
        ["optional", 0],
      ],
      nodes: [["looseObject", { Offset: ["string"] }]],
    });
  });

  it("lists the target of a lazy reference, which names it by index", () => {
    const node: ValibotExpression = { kind: "component", name: "Node", lazy: true };
    const table = schemaNodeTable(() =>
      call("looseObject", entries([["children", call("array", node)]])),
    );
    table.add(call("object", entries([["body", node]])));
    const { roots, nodes } = table.finish();
    expect(roots).toEqual([["object", { body: 0 }]]);
    expect(nodes).toEqual([
      ["lazy", 1],
      ["looseObject", { children: ["array", 0] }],
    ]);
  });

  it("says which calls take plain values, whose numbers are not node indexes", () => {
    const table = schemaNodeTable(() => call("unknown"));
    table.add(call("pipe", call("number"), call("minValue", 1, "must be at least 1")));
    table.add(call("picklist", value(["off", "track"])));
    expect(table.finish().valueFunctions).toEqual(["minValue", "picklist"]);
  });

  it("refuses a call given both plain values and schemas, which the data cannot tell apart", () => {
    const table = schemaNodeTable(() => call("unknown"));
    table.add(call("literal", 1));
    table.add(call("literal", call("string")));
    expect(() => table.finish()).toThrow(/literal/);
  });
});
