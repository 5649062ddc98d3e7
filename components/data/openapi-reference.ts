/**
 * The data page's reference tables, read from the OpenAPI document (lib/api/openapi-document.ts)
 * so that the page and /api/v1/openapi.json have one home: a field added to a response schema
 * appears on the page with its type and description, and nothing here names a field.
 *
 * Pure: it takes the document as JSON, so a test can hand it a changed one.
 */

/** The part of JSON Schema (OpenAPI 3.1) the tables read. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
}

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  summary?: string;
  description?: string;
  parameters?: OpenApiParameter[];
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: JsonSchema }> }
  >;
}

/** What the tables need of the generated document. */
export interface OpenApiLike {
  paths?: Record<string, { get?: OpenApiOperation } | undefined>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** A type as the page prints it; `refs` are the named schemas it mentions (linked to their table). */
export interface TypeText {
  text: string;
  refs: string[];
  /** The allowed values of an enum, when the field is one. */
  values: string[] | null;
}

export interface FieldRow {
  /** Dotted path inside the object: `charges[].article`. */
  path: string;
  type: TypeText;
  required: boolean;
  description: string | null;
}

export interface SchemaTable {
  name: string;
  description: string | null;
  /** The fields of an object schema; empty for an enum or a union of shapes. */
  fields: FieldRow[];
  /** An enum schema's values. */
  values: string[] | null;
  /** A union of object shapes (rich-text blocks): how many; the JSON document has them in full. */
  shapes: number | null;
}

export interface EndpointReference {
  method: "GET";
  path: string;
  summary: string | null;
  description: string | null;
  parameters: FieldRow[];
  /** The 200 answer's type (a named schema, or a printed type). */
  response: TypeText | null;
  /** Every documented status but 200, with what it means. */
  statuses: { code: string; description: string }[];
}

const MAX_DEPTH = 6;

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

function isNull(schema: JsonSchema): boolean {
  return schema.type === "null";
}

/** The schema a value is when it is not null: `anyOf [X, null]` and `type: [T, "null"]` alike. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.some(isNull)) {
    const rest = union.filter((member) => !isNull(member));
    const [only] = rest;
    if (only && rest.length === 1) return { schema: only, nullable: true };
    return { schema: { ...schema, anyOf: rest, oneOf: undefined }, nullable: true };
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((type) => type !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { schema, nullable: false };
}

function plainType(schema: JsonSchema): TypeText {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return { text: name, refs: [name], values: null };
  }
  if (schema.const !== undefined) {
    return { text: JSON.stringify(schema.const), refs: [], values: null };
  }
  if (schema.enum) {
    const values = schema.enum.map((value) => String(value));
    return { text: typeof schema.type === "string" ? schema.type : "enum", refs: [], values };
  }
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const members = union.map(typeText);
    return {
      text: members.map((member) => member.text).join(" | "),
      refs: members.flatMap((member) => member.refs),
      values: members.every((member) => member.values)
        ? members.flatMap((member) => member.values ?? [])
        : null,
    };
  }
  if (schema.type === "array") {
    const item = schema.items
      ? typeText(schema.items)
      : { text: "unknown", refs: [], values: null };
    const text = item.text.includes(" ") ? `(${item.text})[]` : `${item.text}[]`;
    return { text, refs: item.refs, values: item.values };
  }
  if (typeof schema.additionalProperties === "object") {
    const value = typeText(schema.additionalProperties);
    return { text: `map of ${value.text}`, refs: value.refs, values: null };
  }
  if (Array.isArray(schema.type)) return { text: schema.type.join(" | "), refs: [], values: null };
  return { text: schema.type ?? "any", refs: [], values: null };
}

/** How the page prints a schema's type: `CalendarDate | null`, `Citation[]`, `string`. */
export function typeText(schema: JsonSchema): TypeText {
  const { schema: value, nullable } = withoutNull(schema);
  const plain = plainType(value);
  return nullable ? { ...plain, text: `${plain.text} | null` } : plain;
}

/** An inline object a field holds (itself, or as its array's items), whose fields get rows too. */
function inlineObject(schema: JsonSchema): { object: JsonSchema; suffix: string } | null {
  const { schema: value } = withoutNull(schema);
  if (value.properties) return { object: value, suffix: "." };
  if (value.type === "array" && value.items) {
    const item = withoutNull(value.items).schema;
    if (item.properties) return { object: item, suffix: "[]." };
  }
  return null;
}

function fieldRows(object: JsonSchema, prefix: string, depth: number): FieldRow[] {
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).flatMap(([name, schema]) => {
    const path = `${prefix}${name}`;
    const row: FieldRow = {
      path,
      type: typeText(schema),
      required: required.has(name),
      description: schema.description ?? withoutNull(schema).schema.description ?? null,
    };
    const nested = depth < MAX_DEPTH ? inlineObject(schema) : null;
    const inline = nested ? fieldRows(nested.object, `${path}${nested.suffix}`, depth + 1) : [];
    return [row, ...inline];
  });
}

/** One table per named schema of the document, in the document's order. */
export function schemaTables(document: OpenApiLike): SchemaTable[] {
  return Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => {
    const union = schema.oneOf ?? schema.anyOf;
    return {
      name,
      description: schema.description ?? null,
      fields: schema.properties ? fieldRows(schema, "", 0) : [],
      values: schema.enum ? schema.enum.map((value) => String(value)) : null,
      shapes: !schema.properties && union ? union.length : null,
    };
  });
}

/** The GET operations of the document, with their parameters, answer type and statuses. */
export function endpointReferences(document: OpenApiLike): EndpointReference[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const operation = item?.get;
    if (!operation) return [];
    const responses = operation.responses ?? {};
    const ok = responses["200"]?.content;
    const okSchema = ok ? Object.values(ok)[0]?.schema : undefined;
    return [
      {
        method: "GET" as const,
        path,
        summary: operation.summary ?? null,
        description: operation.description ?? null,
        parameters: (operation.parameters ?? []).map((parameter) => ({
          path: parameter.in === "path" ? `{${parameter.name}}` : parameter.name,
          type: parameter.schema
            ? typeText(parameter.schema)
            : { text: "string", refs: [], values: null },
          required: parameter.required ?? false,
          description: parameter.description ?? parameter.schema?.description ?? null,
        })),
        response: okSchema ? typeText(okSchema) : null,
        statuses: Object.entries(responses)
          .filter(([code]) => code !== "200")
          .map(([code, response]) => ({ code, description: response.description ?? "" })),
      },
    ];
  });
}
