import ts from "typescript";
import { describe, expect, it } from "vitest";
import { operationTable } from "../../generated/operations.js";

/** Emits the declaration file of generated/services.ts in memory, as `npm run build` would. */
function emitServicesDeclaration(): string {
  const program = ts.createProgram(["generated/services.ts"], {
    declaration: true,
    emitDeclarationOnly: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noLib: false,
  });
  let text = "";
  program.emit(program.getSourceFile("generated/services.ts"), (name, data) => {
    if (name.endsWith("services.d.ts")) text = data;
  });
  return text;
}

describe("the emitted declarations", () => {
  const dts = emitServicesDeclaration();

  it("mark every operation outside the `all` tier @deprecated, naming the tier", () => {
    const restricted = Object.values(operationTable).filter((row) => row.availability !== "all");
    expect(restricted).toHaveLength(48);
    expect(dts.match(/@deprecated/g)).toHaveLength(48);
    expect(dts).toMatch(
      /@deprecated Extended Quota Mode apps only[^\n]*Use `client\.library\.saveItems` \(`PUT \/me\/library`\) instead/,
    );
    expect(dts).toMatch(
      /@deprecated Only for apps that had extended access before 27 November 2024/,
    );
  });

  it("keep each method's summary next to it", () => {
    const getAlbum = dts.indexOf('get: M["getAlbum"]');
    expect(getAlbum).toBeGreaterThan(0);
    const doc = dts.slice(dts.lastIndexOf("/**", getAlbum), getAlbum);
    expect(doc).toContain("Get an album");
    expect(doc).toContain("`GET /albums/{id}`");
    expect(doc).not.toContain("@deprecated");
  });
});
