import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";
import { apiRoutes } from "@/lib/routes";

/**
 * The OpenAPI document of /api/v1 (lib/api/openapi-document.ts), made from the response schemas.
 * Real answers are validated against it in tests/integration/api-v1-contract.test.ts.
 */
describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1 and describes every endpoint with its answers", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(
      [
        apiRoutes.v1Articles(),
        apiRoutes.v1Changes(),
        apiRoutes.v1Countries(),
        apiRoutes.v1Datasets(),
        `${apiRoutes.v1Datasets()}/{date}/{name}`,
        apiRoutes.v1Prisoners(),
        `${apiRoutes.v1Prisoners()}/{slug}`,
        apiRoutes.v1Facilities(),
        `${apiRoutes.v1Facilities()}/{slug}`,
        apiRoutes.v1Letters(),
        `${apiRoutes.v1Letters()}/{slug}`,
        apiRoutes.v1Publications(),
        `${apiRoutes.v1Publications()}/{slug}`,
      ].sort(),
    );
    const single = document.paths?.[`${apiRoutes.v1Prisoners()}/{slug}`]?.get;
    expect(Object.keys(single?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "304", "404", "429"]),
    );
  });

  it("names the response shapes as components that are valid JSON Schema 2020-12", () => {
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        "PrisonerList",
        "PrisonerProfile",
        "CountryList",
        "CriminalCodeList",
        "FacilityList",
        "FacilityDetail",
        "LetterList",
        "Letter",
        "PublicationList",
        "Publication",
        "Error",
      ]),
    );
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: "vigil-openapi", components: document.components });
    for (const name of Object.keys(schemas)) {
      expect(() => ajv.getSchema(`vigil-openapi#/components/schemas/${name}`)).not.toThrow();
    }
  });

  it("forbids fields the schemas do not name, so that a new DTO field must be described", () => {
    const profile = document.components?.schemas?.PrisonerProfile as {
      additionalProperties?: unknown;
    };
    expect(profile.additionalProperties).toBe(false);
  });
});
