import { describe, expect, it } from "vitest";
import { schemaTables, type OpenApiLike } from "@/components/data/openapi-reference";
import { openApiDocument } from "@/lib/api/openapi-document";

/**
 * Every field the open-data API answers with is described on the data page (/en/data), whose
 * tables are read from the OpenAPI document: a field added to lib/api/schemas without a
 * description fails here.
 *
 * One kind of row is described by its type instead: a field whose type is a named schema alone
 * (`title: LocalizedText`, `kind: LetterKind`). The generator cannot put a description beside a
 * `$ref`: describing the field inlines the whole schema in its place. Its type links to that
 * schema's own table, so the schema must be described.
 */
const document = openApiDocument() as OpenApiLike;
const components = document.components?.schemas ?? {};

function undescribedFields(doc: OpenApiLike): string[] {
  const named = doc.components?.schemas ?? {};
  return schemaTables(doc).flatMap((table) =>
    table.fields
      .filter((row) => {
        if (row.description) return false;
        const [only] = row.type.refs;
        const describedByType =
          row.type.refs.length === 1 && only === row.type.text && !!named[only]?.description;
        return !describedByType;
      })
      .map((row) => `${table.name}.${row.path}`),
  );
}

describe("the data page's field descriptions", () => {
  it("describes every field of every answer", () => {
    const rows = schemaTables(document).flatMap((table) => table.fields);
    expect(rows.length).toBeGreaterThan(300);
    expect(undescribedFields(document)).toEqual([]);
  });

  it("finds a field left without a description", () => {
    const changed: OpenApiLike = {
      components: {
        ...components,
        schemas: {
          ...components,
          Country: {
            ...components.Country,
            properties: { ...components.Country?.properties, flag: { type: "string" } },
          },
          Bare: { type: "object", properties: { kind: { $ref: "#/components/schemas/Opaque" } } },
          Opaque: { type: "string", enum: ["A"] },
        },
      },
    };
    expect(undescribedFields(changed)).toEqual(["Country.flag", "Bare.kind"]);
  });
});
