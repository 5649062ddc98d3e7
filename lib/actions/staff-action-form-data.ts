import type { FormValues } from "@/lib/actions/staff-action-state";

/**
 * How dashboard forms are read: field names are paths, so one flat HTML form can post a nested
 * object for the zod schema.
 *
 *   name.en=Ivan&name.ru=Иван        → { name: { en: "Ivan", ru: "Иван" } }
 *   cases.0.court=A&cases.1.court=B  → { cases: [{ court: "A" }, { court: "B" }] }
 *   roles=A&roles=B  or  roles[]=A   → { roles: ["A", "B"] }   ("[]" forces an array of one)
 *
 * Number rows consecutively from 0: a missing index leaves a hole that the schema rejects.
 * Empty file inputs (the browser posts an empty, nameless file) are left out.
 */

// Next.js's own fields for progressive enhancement ($ACTION_ID_…, $ACTION_REF_1 …).
function isFrameworkField(name: string): boolean {
  return name.startsWith("$ACTION");
}

const UNSAFE_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

function isEmptyFile(value: FormDataEntryValue): boolean {
  return typeof value !== "string" && value.size === 0 && value.name === "";
}

/** The submitted text values, keyed by field name as posted, minus the names in `omit`. */
export function submittedValues(formData: FormData, omit: (name: string) => boolean): FormValues {
  const values: FormValues = {};
  for (const name of new Set(formData.keys())) {
    if (isFrameworkField(name) || omit(name)) continue;
    const strings = formData.getAll(name).filter((value) => typeof value === "string");
    if (strings.length === 0) continue;
    values[name] = strings.length === 1 && !name.endsWith("[]") ? strings[0]! : strings;
  }
  return values;
}

type Container = Record<string, unknown> | unknown[];

function setPath(target: Record<string, unknown>, segments: string[], value: unknown): void {
  let container: Container = target;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const isLast = index === segments.length - 1;
    const key: string | number = Array.isArray(container) ? Number(segment) : segment;
    if (isLast) {
      (container as Record<string | number, unknown>)[key] = value;
      return;
    }
    const existing = (container as Record<string | number, unknown>)[key];
    if (existing !== null && typeof existing === "object") {
      container = existing as Container;
    } else {
      const next: Container = /^\d+$/.test(segments[index + 1]!) ? [] : {};
      (container as Record<string | number, unknown>)[key] = next;
      container = next;
    }
  }
}

/** The nested object the zod schema parses (strings and non-empty files). */
export function formDataToInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const name of new Set(formData.keys())) {
    if (isFrameworkField(name)) continue;
    const forceArray = name.endsWith("[]");
    const path = (forceArray ? name.slice(0, -2) : name).split(".");
    if (path.some((segment) => segment === "" || UNSAFE_SEGMENTS.has(segment))) continue;
    const entries = formData.getAll(name).filter((value) => !isEmptyFile(value));
    if (entries.length === 0) continue;
    setPath(input, path, forceArray || entries.length > 1 ? entries : entries[0]);
  }
  return input;
}
