import { describe, expect, it } from "vitest";
import { POST as postConfirm } from "@/app/api/letters/[slug]/confirm/route";
import { POST as postResend } from "@/app/api/letters/[slug]/resend/route";
import { POST as postSignature } from "@/app/api/letters/[slug]/signatures/route";
import { POST as postWithdraw } from "@/app/api/letters/[slug]/withdraw/route";
import { prisma } from "@/lib/db";
import { PUBLIC_FORM_BODY_LIMIT_BYTES } from "@/lib/security/bounded-body";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { publicOrigin } from "@/lib/security/public-origin";
import { SIGNATURE_LIMITS } from "@/lib/validation/signature";
import { createPetition, randomIp, signForm, uniqueEmail } from "../fixtures/signing";

/**
 * The public signing routes refuse a body over the limit before parsing it: by its Content-Length,
 * or by counting the bytes of a chunked body, whatever the route.
 */

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string }> },
) => Promise<Response>;

const ROUTES: [name: string, handler: Handler][] = [
  ["signatures", postSignature],
  ["confirm", postConfirm],
  ["resend", postResend],
  ["withdraw", postWithdraw],
];

function post(
  handler: Handler,
  slug: string,
  body: BodyInit,
  headers: Record<string, string> = {},
): Promise<Response> {
  const request = new Request(`${publicOrigin()}/api/letters/${slug}/x`, {
    method: "POST",
    body,
    headers: {
      origin: publicOrigin(),
      "content-type": "application/x-www-form-urlencoded",
      [CLIENT_ADDRESS_HEADER]: randomIp(),
      ...headers,
    },
    duplex: "half",
  } as RequestInit);
  return handler(request, { params: Promise.resolve({ slug }) });
}

/** An endless chunked body of form text that counts what was pulled from it. */
function endlessForm() {
  const pulled = { bytes: 0 };
  const chunk = new TextEncoder().encode(`name=${"a".repeat(8186)}&`);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled };
}

describe("the public signing routes' body limit", () => {
  it.each(ROUTES)(
    "%s refuses 8 MiB of form with 413 and a readable page back to the form",
    async (_name, handler) => {
      const petition = await createPetition("limit");
      const email = uniqueEmail("limit");
      const body = `email=${email}&name=${"x".repeat(8 * 1024 * 1024)}`;
      const response = await post(handler, petition.slug, body, {
        referer: `${publicOrigin()}/ru/letters/${petition.slug}/sign`,
      });

      expect(response.status).toBe(413);
      expect(response.headers.get("content-type")).toContain("text/html");
      const page = await response.text();
      expect(page).toContain("Слишком длинная форма");
      expect(page).toContain(`href="/ru/letters/${petition.slug}/sign"`);
      // Nothing was stored or sent for the address in the oversized form.
      expect(await prisma.signature.count({ where: { email } })).toBe(0);
      expect(await prisma.outboxMessage.count({ where: { to: email } })).toBe(0);
    },
  );

  it.each(ROUTES)(
    "%s stops reading a chunked body without Content-Length soon after the limit",
    async (_name, handler) => {
      const { stream, pulled } = endlessForm();
      const response = await post(handler, "any-letter", stream);
      expect(response.status).toBe(413);
      expect(pulled.bytes).toBeLessThan(PUBLIC_FORM_BODY_LIMIT_BYTES + 64 * 1024);
    },
  );

  it("counts the bytes when Content-Length understates the body", async () => {
    const { stream, pulled } = endlessForm();
    const response = await post(postSignature, "any-letter", stream, { "content-length": "20" });
    expect(response.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(PUBLIC_FORM_BODY_LIMIT_BYTES + 64 * 1024);
  });

  it("falls back to the letter's page in English without a Referer from this site", async () => {
    const response = await post(postSignature, "some-letter", "x".repeat(40_000), {
      referer: "https://elsewhere.example/ru/letters/some-letter/sign",
    });
    expect(response.status).toBe(413);
    const page = await response.text();
    expect(page).toContain('lang="en"');
    expect(page).toContain('href="/en/letters/some-letter"');
  });

  it("still takes the longest valid sign form, in Cyrillic and without JavaScript", async () => {
    const petition = await createPetition("limit-ok");
    const longest = (field: keyof typeof SIGNATURE_LIMITS) => "Щ".repeat(SIGNATURE_LIMITS[field]);
    const form = signForm(petition, {
      name: longest("name"),
      city: longest("city"),
      organisation: longest("organisation"),
      title: longest("title"),
      locale: "ru",
    });
    // urlencoded: each Cyrillic letter is six bytes ("%D0%A9").
    const body = new URLSearchParams([...form].map(([key, value]) => [key, String(value)]));
    const response = await post(postSignature, petition.slug, body);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/ru/letters/${petition.slug}/signed`);
  });
});
