import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { SignatureForm } from "@/components/letter/signature-form";
import { parseSignatureForm, type SignatureValues } from "@/lib/validation/signature";
import {
  escapedLikeReact,
  fuzzOptions,
  hostileFieldValue,
  hostileForm,
  hostileText,
  SIGN_FORM_FIELDS,
} from "../fixtures/hostile-input";

/**
 * The sign form's parser and the form that echoes what was typed (the /sign page after a failed
 * submission, without JavaScript), under random and hostile input: the parser never throws and
 * gives back plain strings, and the echoed values never add markup to the page.
 */

vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = await (await import("@/lib/i18n/messages")).loadMessages("en");
  return {
    getTranslations: async (namespace?: string) =>
      createTranslator({
        locale: "en",
        messages: messages as never,
        namespace: namespace as never,
      }),
    getLocale: async () => "en",
  };
});

function formData(fields: Record<string, string | string[] | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      // Now and then a file where a text field belongs.
      if (item.length % 5 === 1) data.append(name, new Blob([item]), "x.txt");
      else data.append(name, item);
    }
  }
  return data;
}

async function renderForm(values: SignatureValues): Promise<string> {
  const element = await SignatureForm({ slug: "a-letter", letterVersionId: "v1", values });
  return renderToStaticMarkup(element);
}

const count = (text: string, character: string) => text.split(character).length - 1;

describe("fuzzing the sign form", () => {
  it("parses any form without throwing, into plain values", () => {
    fc.assert(
      fc.property(
        hostileForm(SIGN_FORM_FIELDS, { name: "Anna", email: "anna@example.org", country: "DE" }),
        (fields) => {
          const parsed = parseSignatureForm(formData(fields));
          for (const [key, value] of Object.entries(parsed.values)) {
            expect(typeof value, key).toBe(
              key === "consent" || key === "notifyOutcome" ? "boolean" : "string",
            );
          }
          if (parsed.success) {
            // What passes validation holds no control character and no markup.
            for (const text of [
              parsed.data.name,
              parsed.data.city ?? "",
              parsed.data.title ?? "",
            ]) {
              expect(text).not.toMatch(/[\u0000-\u001f\u007f<>]/);
            }
          }
        },
      ),
      fuzzOptions(2_000),
    );
  }, 60_000);

  it("echoes typed values into the form escaped, adding no tag or attribute", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: hostileText,
          email: hostileText,
          country: hostileText,
          city: hostileText,
          organisation: hostileText,
          title: hostileText,
          visibility: hostileText,
        }),
        async (texts) => {
          const markup = await renderForm({ ...texts, consent: false });
          // The same form with plain text typed (the choices kept, as they decide "selected").
          const baseline = await renderForm({
            ...texts,
            name: "x",
            email: "x",
            city: "x",
            organisation: "x",
            title: "x",
            consent: false,
          });
          // Escaped input adds no "<" (no element) and no raw quote (no attribute break-out).
          expect(count(markup, "<")).toBe(count(baseline, "<"));
          expect(count(markup, '"')).toBe(count(baseline, '"'));
          for (const field of ["name", "email", "city", "organisation", "title"] as const) {
            if (/[<>&"']/.test(texts[field])) {
              expect(markup).toContain(`value="${escapedLikeReact(texts[field])}"`);
            }
          }
        },
      ),
      fuzzOptions(250),
    );
  }, 60_000);

  it("keeps a lone value where a list was sent", () => {
    fc.assert(
      fc.property(fc.array(hostileFieldValue, { minLength: 2, maxLength: 4 }), (values) => {
        const data = new FormData();
        for (const value of values.flat()) if (value !== undefined) data.append("name", value);
        expect(typeof parseSignatureForm(data).values.name).toBe("string");
      }),
      fuzzOptions(1_000),
    );
  });
});
