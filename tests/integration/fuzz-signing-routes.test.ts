import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postConfirm } from "@/app/api/letters/[slug]/confirm/route";
import { POST as postResend } from "@/app/api/letters/[slug]/resend/route";
import { POST as postSignature } from "@/app/api/letters/[slug]/signatures/route";
import { POST as postWithdraw } from "@/app/api/letters/[slug]/withdraw/route";
import { prisma } from "@/lib/db";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { publicOrigin } from "@/lib/security/public-origin";
import { openSignFormState, SIGN_FORM_COOKIE } from "@/lib/signing/form-cookie";
import {
  bodyKind,
  encodeBody,
  fuzzOptions,
  hostileFieldValue,
  hostileForm,
  hostileText,
  SIGN_FORM_FIELDS,
} from "../fixtures/hostile-input";
import { createPetition, randomIp, uniqueEmail, type TestPetition } from "../fixtures/signing";

/**
 * The public signing routes under random and hostile posts: any fields, values and encodings,
 * any letter slug. No answer may be a server error, and every redirect stays on this site with
 * the input encoded, never echoed raw into the Location header.
 */

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string }> },
) => Promise<Response>;

let petition: TestPetition;

beforeAll(async () => {
  petition = await createPetition("fuzz");
});

const RUNS = 1_000;

/** A slug as the router may hand it over: the real one now and then, else anything decoded. */
const slug = fc.oneof(
  { weight: 3, arbitrary: fc.constant("__petition__") },
  { weight: 2, arbitrary: hostileText },
);

function send(
  handler: Handler,
  slugValue: string,
  form: Record<string, string | string[] | undefined>,
  kind: Parameters<typeof encodeBody>[1],
): Promise<Response> {
  const { body, contentType } = encodeBody(form, kind);
  const headers = new Headers({ origin: publicOrigin(), [CLIENT_ADDRESS_HEADER]: randomIp() });
  if (contentType) headers.set("content-type", contentType);
  const realSlug = slugValue === "__petition__" ? petition.slug : slugValue;
  const request = new Request(`${publicOrigin()}/api/letters/x/signatures`, {
    method: "POST",
    body,
    headers,
  });
  return handler(request, { params: Promise.resolve({ slug: realSlug }) });
}

/** What every answer of these routes must be, whatever was posted. */
function expectSafeAnswer(response: Response): void {
  expect(response.status).toBeLessThan(500);
  const location = response.headers.get("location");
  if (location === null) return;
  expect(location.startsWith("/") && !location.startsWith("//")).toBe(true);
  // Percent-encoded: no raw space, control character, quote or angle bracket from the input.
  expect(location).toMatch(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/);
  expect(location).not.toMatch(/[<>"]/);
}

/** A valid sign form; the address and the letter's version are filled in per run. */
const VALID_SIGN_FORM: Record<string, string> = {
  name: "Anna",
  email: "(fresh)",
  country: "DE",
  city: "",
  visibility: "PUBLIC",
  consent: "yes",
  locale: "en",
  letterVersionId: "(petition)",
  elapsed: "8000",
};

describe("fuzzing the public signing routes", () => {
  it("the sign route answers every post without a server error, and seals what it echoes", async () => {
    await fc.assert(
      fc.asyncProperty(
        slug,
        fc
          .oneof(
            // Anything at all in any field,
            hostileForm(SIGN_FORM_FIELDS, VALID_SIGN_FORM),
            // or a valid form with one hostile field, which reaches the INSERT when it passes.
            fc
              .tuple(fc.constantFrom(...SIGN_FORM_FIELDS), hostileFieldValue)
              .map(([field, value]) => ({ ...VALID_SIGN_FORM, [field]: value })),
          )
          .map((form) => ({
            ...form,
            email: form.email === VALID_SIGN_FORM.email ? uniqueEmail("fuzz") : form.email,
            letterVersionId:
              form.letterVersionId === VALID_SIGN_FORM.letterVersionId
                ? petition.versionId
                : form.letterVersionId,
          })),
        bodyKind,
        async (slugValue, form, kind) => {
          const response = await send(postSignature, slugValue, form, kind);
          expectSafeAnswer(response);
          const cookie = response.headers.get("set-cookie") ?? "";
          const sealed = new RegExp(`${SIGN_FORM_COOKIE}=([^;]*)`).exec(cookie)?.[1];
          if (sealed) {
            // The values go back to the form only inside the sealed cookie, as plain values.
            const realSlug = slugValue === "__petition__" ? petition.slug : slugValue;
            for (const value of Object.values(openSignFormState(sealed, realSlug)?.values ?? {})) {
              expect(["string", "boolean"]).toContain(typeof value);
            }
          }
        },
      ),
      fuzzOptions(RUNS),
    );
    await settleWorkAfterAnswers();
    // The runs reached the INSERT, not only the validation in front of it.
    expect(await prisma.signature.count({ where: { letterId: petition.id } })).toBeGreaterThan(10);
  });

  it.each([
    ["confirm", postConfirm],
    ["withdraw", postWithdraw],
  ] as const)("the %s route answers every post without a server error", async (_name, handler) => {
    await fc.assert(
      fc.asyncProperty(
        slug,
        hostileForm(["token", "locale"], { locale: "ru", token: "A".repeat(43) }),
        bodyKind,
        async (slugValue, form, kind) => {
          expectSafeAnswer(await send(handler, slugValue, form, kind));
        },
      ),
      fuzzOptions(RUNS),
    );
  });

  it("the resend route answers every post without a server error", async () => {
    await fc.assert(
      fc.asyncProperty(
        slug,
        hostileForm(["email", "locale"], { locale: "en", email: "someone@example.org" }),
        bodyKind,
        async (slugValue, form, kind) => {
          expectSafeAnswer(await send(postResend, slugValue, form, kind));
        },
      ),
      fuzzOptions(RUNS),
    );
    await settleWorkAfterAnswers();
  });
});
