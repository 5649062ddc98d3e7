import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dailyScheduleTime } from "@/components/data/daily-schedule-time";
import {
  endpointReferences,
  schemaTables,
  type JsonSchema,
  type OpenApiLike,
} from "@/components/data/openapi-reference";
import { openApiDocument } from "@/lib/api/openapi-document";
import { prisonerProfileSchema } from "@/lib/api/schemas/prisoner-profile";
import { apiRoutes } from "@/lib/routes";

/**
 * The data page's field tables (/en/data) are read from the OpenAPI document the API serves, so
 * the page cannot describe a field the API does not have, nor miss one it has.
 */
const document = openApiDocument() as OpenApiLike;

function tableOf(doc: OpenApiLike, name: string) {
  const table = schemaTables(doc).find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no table for ${name}`);
  return table;
}

describe("the data page's reference", () => {
  it("has a row for every field of every named schema, with the document's description", () => {
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas).length).toBeGreaterThan(10);
    for (const [name, schema] of Object.entries(schemas)) {
      const rows = new Map(tableOf(document, name).fields.map((row) => [row.path, row]));
      for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
        const row = rows.get(field);
        expect(row, `${name}.${field}`).toBeDefined();
        if ((fieldSchema as JsonSchema).description) {
          expect(row?.description).toBe((fieldSchema as JsonSchema).description);
        }
      }
    }
  });

  it("prints a prisoner's fields with their types, nullability and nested fields", () => {
    const rows = new Map(tableOf(document, "PrisonerProfile").fields.map((row) => [row.path, row]));
    expect(rows.get("arrestedOn")?.type).toMatchObject({
      text: "CalendarDate | null",
      refs: ["CalendarDate"],
    });
    expect(rows.get("arrestedOn")?.required).toBe(true);
    expect(rows.get("events")?.type.text).toBe("Event[]");
    expect(rows.get("nameVariants[].script")?.type.values).toEqual(["LATIN", "CYRILLIC", "OTHER"]);
    expect(rows.get("photo.width")?.type.text).toBe("integer | null");
  });

  it("shows a field added to a response schema, with its description", () => {
    const registry = new OpenAPIRegistry();
    registry.registerPath({
      method: "get",
      path: `${apiRoutes.v1Prisoners()}/{slug}`,
      responses: {
        200: {
          description: "The profile.",
          content: {
            "application/json": {
              schema: prisonerProfileSchema
                .extend({ sentinelField: z.string().describe("A field added by this test.") })
                .meta({ id: "PrisonerProfile" }),
            },
          },
        },
      },
    });
    const changed = new OpenApiGeneratorV31(registry.definitions).generateDocument({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
    }) as OpenApiLike;
    const row = tableOf(changed, "PrisonerProfile").fields.find(
      (field) => field.path === "sentinelField",
    );
    expect(row).toMatchObject({ description: "A field added by this test.", required: true });
    expect(tableOf(document, "PrisonerProfile").fields.map((f) => f.path)).not.toContain(
      "sentinelField",
    );
  });

  it("lists every endpoint of the document with its parameters and answer", () => {
    const endpoints = endpointReferences(document);
    expect(endpoints.map((endpoint) => endpoint.path)).toEqual(Object.keys(document.paths ?? {}));
    const profile = endpoints.find((e) => e.path === `${apiRoutes.v1Prisoners()}/{slug}`);
    expect(profile?.response?.refs).toEqual(["PrisonerProfile"]);
    expect(profile?.parameters.map((parameter) => parameter.path)).toEqual(["{slug}", "locale"]);
    expect(profile?.statuses.map((status) => status.code)).toContain("404");
  });
});

describe("the dataset schedule on the data page", () => {
  it.each([
    ["41 4 * * *", "04:41"],
    ["5 23 * * *", "23:05"],
    ["*/5 * * * *", null],
    ["41 4 * * 1", null],
  ])("%s reads as %s", (match, time) => {
    expect(dailyScheduleTime(match)).toBe(time);
  });
});
