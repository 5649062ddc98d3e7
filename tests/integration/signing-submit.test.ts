import { beforeAll, describe, expect, it } from "vitest";
import { POST as postSignature } from "@/app/api/letters/[slug]/signatures/route";
import { prisma } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import { hashLinkToken } from "@/lib/signing/secret-keys";
import { openSignFormState, SIGN_FORM_COOKIE } from "@/lib/signing/form-cookie";
import { submitSignature } from "@/lib/signing/record-signature";
import { resendConfirmation } from "@/lib/signing/resend-confirmation";
import { forgetSignableLetters } from "@/lib/signing/signable-letter";
import {
  createPetition,
  latestMailLinks,
  ORIGIN,
  randomIp,
  signForm,
  uniqueEmail,
  type TestPetition,
} from "../fixtures/signing";

let petition: TestPetition;

beforeAll(async () => {
  petition = await createPetition("submit");
});

const context = (ip = randomIp()) => ({ slug: petition.slug, clientIp: ip, origin: ORIGIN });

describe("signing a petition", () => {
  it("stores a pending signature with hashed link tokens and its confirmation e-mail in the outbox", async () => {
    const email = uniqueEmail("new");
    const outcome = await submitSignature(
      signForm(petition, { email, city: "Berlin", organisation: "Amnesty" }),
      context(),
    );
    expect(outcome).toEqual({ status: "accepted" });

    const signature = await prisma.signature.findFirstOrThrow({
      where: { letterId: petition.id, email },
      include: { tokens: true },
    });
    expect(signature).toMatchObject({
      status: "PENDING",
      name: "Anna Petrova",
      countryCode: "DE",
      city: "Berlin",
      organisation: "Amnesty",
      title: null,
      visibility: "PUBLIC",
      letterVersionId: petition.versionId,
      locale: "en",
      confirmedAt: null,
    });
    expect(signature.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signature.flags).toEqual([]);

    const mail = await latestMailLinks(email);
    expect(mail.kind).toBe("signature.confirm");
    // The database holds only hashes of the tokens in the links.
    const hashes = signature.tokens.map((token) => token.tokenHash).sort();
    expect(hashes).toEqual(
      [hashLinkToken(mail.confirmToken!), hashLinkToken(mail.withdrawToken!)].sort(),
    );
    expect(hashes).not.toContain(mail.confirmToken);
  });

  it("never stores a second signature for a Gmail address with dots, +tag or capitals, and mails the first address instead", async () => {
    const local = `jane${Date.now()}`;
    const first = `${local}@gmail.com`;
    await submitSignature(signForm(petition, { email: first }), context());
    const variant = `${local.slice(0, 2)}.${local.slice(2)}+petition@GoogleMail.com`.replace(
      "jane",
      "JaNe",
    );
    const again = await submitSignature(
      signForm(petition, { email: variant, name: "Someone Else" }),
      context(),
    );
    expect(again).toEqual({ status: "accepted" });
    await settleWorkAfterAnswers(); // The notice is written after the answer.

    const rows = await prisma.signature.findMany({
      where: { letterId: petition.id, emailKey: `${local}@gmail.com` },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe("Anna Petrova");
    const notice = await prisma.outboxMessage.findFirstOrThrow({
      where: { kind: "signature.already_signed", to: first },
    });
    expect((notice.payload as { withdrawUrl?: string }).withdrawUrl).toContain("/withdraw/");
    expect(await prisma.outboxMessage.count({ where: { to: variant } })).toBe(0);
  });

  it("sends the already-signed e-mail at most once per window, so the form cannot flood a mailbox", async () => {
    const email = uniqueEmail("flood");
    await submitSignature(signForm(petition, { email }), context());
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await submitSignature(signForm(petition, { email }), context())).toEqual({
        status: "accepted",
      });
    }
    await settleWorkAfterAnswers();
    expect(
      await prisma.outboxMessage.count({ where: { to: email, kind: "signature.already_signed" } }),
    ).toBe(1);
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const email = uniqueEmail("robot");
    const outcome = await submitSignature(
      signForm(petition, { email, website: "https://spam.example" }),
      context(),
    );
    expect(outcome).toEqual({ status: "accepted" });
    expect(await prisma.signature.count({ where: { email } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { to: email } })).toBe(0);
  });

  it("flags (and still accepts) a form sent faster than the minimum fill time", async () => {
    const email = uniqueEmail("fast");
    expect(await submitSignature(signForm(petition, { email, elapsed: "900" }), context())).toEqual(
      { status: "accepted" },
    );
    const signature = await prisma.signature.findFirstOrThrow({ where: { email } });
    expect(signature.flags).toEqual(["TOO_FAST"]);
    expect(signature.status).toBe("PENDING");
  });

  it("does not judge the fill time of a form sent without JavaScript", async () => {
    const email = uniqueEmail("nojs");
    await submitSignature(signForm(petition, { email, elapsed: "" }), context());
    expect((await prisma.signature.findFirstOrThrow({ where: { email } })).flags).toEqual([]);
  });

  it("records an earlier version of the letter's text that the signer read, but refuses another letter's", async () => {
    const old = await prisma.letterVersion.create({
      data: {
        letterId: petition.id,
        number: 2,
        title: { en: "v2" },
        body: { en: { type: "doc" } },
      },
    });
    forgetSignableLetters();
    const email = uniqueEmail("version");
    await submitSignature(signForm(petition, { email, letterVersionId: old.id }), context());
    expect((await prisma.signature.findFirstOrThrow({ where: { email } })).letterVersionId).toBe(
      old.id,
    );

    const other = await createPetition("other-version");
    const foreign = await submitSignature(
      signForm(petition, { email: uniqueEmail("foreign"), letterVersionId: other.versionId }),
      context(),
    );
    expect(foreign.status).toBe("rejected");
  });

  it("refuses signatures for closed and delivered petitions and after the deadline", async () => {
    for (const state of ["CLOSED", "DELIVERED"] as const) {
      const closed = await createPetition(`closed-${state}`, state);
      const email = uniqueEmail("late");
      const outcome = await submitSignature(signForm(closed, { email }), {
        ...context(),
        slug: closed.slug,
      });
      expect(outcome).toEqual({ status: "closed" });
      expect(await prisma.signature.count({ where: { email } })).toBe(0);
    }
    const expired = await createPetition("deadline");
    await prisma.letter.update({
      where: { id: expired.id },
      data: { deadline: new Date(Date.now() - 1000) },
    });
    forgetSignableLetters();
    expect(await submitSignature(signForm(expired), { ...context(), slug: expired.slug })).toEqual({
      status: "closed",
    });
  });

  it("limits signatures per IP address", async () => {
    const ip = randomIp();
    const outcomes = [];
    for (let attempt = 0; attempt < 31; attempt++) {
      outcomes.push((await submitSignature(signForm(petition), context(ip))).status);
    }
    expect(outcomes.slice(0, 30).every((status) => status === "accepted")).toBe(true);
    expect(outcomes[30]).toBe("rate-limited");
  });

  it("limits repeated attempts per e-mail address, whatever its spelling, without saying so on screen", async () => {
    const local = `limit${Date.now()}`;
    const other = await createPetition("email-limit");
    await submitSignature(signForm(petition, { email: `${local}@example.net` }), context());
    // Repeats on this letter and a new signature elsewhere all count against the address.
    for (let attempt = 0; attempt < 6; attempt++) {
      const email = `${local}+${attempt}@Example.net`;
      expect((await submitSignature(signForm(petition, { email }), context())).status).toBe(
        "accepted",
      );
    }
    await settleWorkAfterAnswers();
    expect(
      await prisma.outboxMessage.count({
        where: { to: `${local}@example.net`, kind: "signature.already_signed" },
      }),
    ).toBe(1);
    // The address's quota is spent: a request for a new link is refused.
    const resend = new FormData();
    resend.set("email", `${local}@example.net`);
    resend.set("locale", "en");
    expect(
      await resendConfirmation(resend, { slug: other.slug, clientIp: randomIp(), origin: ORIGIN }),
    ).toEqual({ status: "rate-limited" });
  });

  it("does not count invalid submissions against the limits", async () => {
    const ip = randomIp();
    for (let attempt = 0; attempt < 35; attempt++) {
      const outcome = await submitSignature(signForm(petition, { email: "nope" }), context(ip));
      expect(outcome.status).toBe("invalid");
    }
    expect((await submitSignature(signForm(petition), context(ip))).status).toBe("accepted");
  });
});

describe("the signing route handler", () => {
  function post(form: FormData, headers: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of form) body.set(name, String(value));
    return postSignature(
      new Request(`${ORIGIN}/api/letters/${petition.slug}/signatures`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: ORIGIN,
          [CLIENT_ADDRESS_HEADER]: randomIp(),
          ...headers,
        },
        body,
      }),
      { params: Promise.resolve({ slug: petition.slug }) },
    );
  }

  it("answers a valid submission with 303 to the check-your-e-mail page", async () => {
    const response = await post(signForm(petition));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/en/letters/${petition.slug}/signed`);
  });

  it("refuses a form posted from another site", async () => {
    const response = await post(signForm(petition), { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    const missing = await post(signForm(petition), { origin: "" });
    expect(missing.status).toBe(403);
  });

  it("sends an invalid form back to the sign page with its values in an encrypted cookie, not in the URL", async () => {
    const email = uniqueEmail("typo").replace("@", "@@");
    const response = await post(signForm(petition, { email, name: "<b>Anna</b>", locale: "ru" }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/ru/letters/${petition.slug}/sign`);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toContain("HttpOnly");
    expect(cookie).not.toContain("typo");
    const sealed = cookie.split(";")[0]!.slice(`${SIGN_FORM_COOKIE}=`.length);
    const state = openSignFormState(sealed, petition.slug);
    expect(state).toMatchObject({
      problem: "invalid",
      errors: { email: "invalid", name: "markup" },
      values: { email, name: "<b>Anna</b>", country: "DE", visibility: "PUBLIC", consent: true },
    });
    expect(openSignFormState(sealed, "another-letter")).toBeNull();
  });
});
