import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { FOLLOW_FORM_COOKIE, openFollowFormState } from "@/lib/follows/follow-form-cookie";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import { hashLinkToken } from "@/lib/signing/secret-keys";
import {
  createFollowFixtures,
  followMails,
  postFollow,
  tokenOfConfirmUrl,
  uniqueEmail,
  type FollowFixtures,
} from "../fixtures/follows";

let fixtures: FollowFixtures;
const prisoner = () => ({ kind: "prisoner" as const, key: fixtures.prisoner.slug });

beforeAll(async () => {
  fixtures = await createFollowFixtures("subscribe");
});

/** What a browser can tell of an answer: status, where it goes, which cookie it sets. */
function visible(response: Response) {
  return {
    status: response.status,
    location: response.headers.get("location"),
    cookie: response.headers.get("set-cookie"),
  };
}

function cookieValue(response: Response): string | undefined {
  const header = response.headers.get("set-cookie") ?? "";
  return new RegExp(`${FOLLOW_FORM_COOKIE}=([^;]*)`).exec(header)?.[1];
}

describe("following by e-mail", () => {
  it("stores a pending follower and follow with a hashed token and queues the confirmation", async () => {
    const email = uniqueEmail("new");
    const response = await postFollow(prisoner(), { email, cadence: "WEEKLY", locale: "ru" });
    expect(visible(response)).toMatchObject({ status: 303, location: "/ru/follow/sent" });

    const follower = await prisma.follower.findUniqueOrThrow({
      where: { emailKey: email },
      include: { follows: true },
    });
    expect(follower).toMatchObject({ locale: "ru", cadence: "WEEKLY", confirmedAt: null });
    expect(follower.follows).toHaveLength(1);
    const [mail] = await followMails(email);
    expect(mail).toMatchObject({ kind: "follow.confirm", locale: "ru" });
    const payload = mail!.payload as { confirmUrl: string; cadence: string; cadenceKept: boolean };
    expect(payload).toMatchObject({ cadence: "WEEKLY", cadenceKept: false });
    const token = tokenOfConfirmUrl(payload.confirmUrl);
    expect(follower.follows[0]!.confirmTokenHash).toBe(hashLinkToken(token));
    expect(follower.follows[0]!.prisonerId).toBe(fixtures.prisoner.id);
  });

  it("never reads a follower's address unless a query names it", async () => {
    const email = uniqueEmail("omit");
    await postFollow(prisoner(), { email });
    const row = await prisma.follower.findFirstOrThrow({ where: { emailKey: email } });
    expect(Object.keys(row)).not.toContain("email");
    expect(Object.keys(row)).not.toContain("emailKey");
    expect(JSON.stringify(row)).not.toContain(email);
  });

  it("answers a new, a pending, a confirmed address and a robot alike, and tells only the owner", async () => {
    const pending = uniqueEmail("pending");
    const confirmed = uniqueEmail("confirmed");
    await postFollow(prisoner(), { email: pending });
    await postFollow(prisoner(), { email: confirmed });
    await prisma.follow.updateMany({
      where: { follower: { emailKey: confirmed } },
      data: { confirmedAt: new Date(), confirmTokenHash: null },
    });

    const answers = await Promise.all([
      postFollow(prisoner(), { email: uniqueEmail("fresh") }),
      postFollow(prisoner(), { email: pending }),
      postFollow(prisoner(), { email: confirmed.toUpperCase() }),
      postFollow(prisoner(), { email: uniqueEmail("robot"), website: "https://spam.example" }),
    ]);
    const shown = answers.map(visible);
    for (const answer of shown) expect(answer).toEqual(shown[0]);
    await settleWorkAfterAnswers();

    expect((await followMails(confirmed)).map((mail) => mail.kind)).toEqual([
      "follow.confirm",
      "follow.manage-link",
    ]);
    expect((await followMails(confirmed))[1]!.payload).toMatchObject({
      reason: "already-following",
    });
    // The pending follow got a new link; its first one no longer works.
    const pendingMails = await followMails(pending);
    expect(pendingMails.map((mail) => mail.kind)).toEqual(["follow.confirm", "follow.confirm"]);
    const follow = await prisma.follow.findFirstOrThrow({
      where: { follower: { emailKey: pending } },
    });
    const latest = pendingMails[1]!.payload as { confirmUrl: string };
    expect(follow.confirmTokenHash).toBe(hashLinkToken(tokenOfConfirmUrl(latest.confirmUrl)));
  });

  it("sends the already-following e-mail at most once per window, so the form cannot flood a mailbox", async () => {
    const email = uniqueEmail("flood");
    await postFollow(prisoner(), { email });
    await prisma.follow.updateMany({
      where: { follower: { emailKey: email } },
      data: { confirmedAt: new Date(), confirmTokenHash: null },
    });
    for (let attempt = 0; attempt < 3; attempt++) await postFollow(prisoner(), { email });
    await settleWorkAfterAnswers();
    const kinds = (await followMails(email)).map((mail) => mail.kind);
    expect(kinds.filter((kind) => kind === "follow.manage-link")).toHaveLength(1);
  });

  it("keeps a known follower's cadence on a new follow, says so, and mails the address it was made with", async () => {
    const local = `jane${Date.now()}`;
    const first = `${local}@gmail.com`;
    await postFollow(prisoner(), { email: first, cadence: "INSTANT" });
    const response = await postFollow(
      { kind: "letter", key: fixtures.letter.slug },
      { email: `${local.slice(0, 2)}.${local.slice(2)}+vigil@GoogleMail.com`, cadence: "WEEKLY" },
    );
    expect(response.status).toBe(303);

    const follower = await prisma.follower.findUniqueOrThrow({
      where: { emailKey: first },
      include: { follows: true },
    });
    expect(follower.cadence).toBe("INSTANT");
    expect(follower.follows.map((follow) => follow.letterId ?? follow.prisonerId).sort()).toEqual(
      [fixtures.letter.id, fixtures.prisoner.id].sort(),
    );
    const mails = await followMails(first);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.payload).toMatchObject({ cadence: "INSTANT", cadenceKept: true });
  });

  it("follows a country by its code", async () => {
    const email = uniqueEmail("country");
    await postFollow({ kind: "country", key: "xf" }, { email });
    const follow = await prisma.follow.findFirstOrThrow({
      where: { follower: { emailKey: email } },
    });
    expect(follow.countryCode).toBe("XF");
  });

  it("sends a form with a bad address back to its page with what was typed and a specific error", async () => {
    const response = await postFollow(prisoner(), { email: "not an address", cadence: "WEEKLY" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/en/follow?prisoner=${fixtures.prisoner.slug}`);
    const state = openFollowFormState(cookieValue(response), prisoner());
    expect(state).toMatchObject({
      problem: "invalid",
      errors: { email: "invalid" },
      values: { email: "not an address", cadence: "WEEKLY" },
    });
    expect(response.headers.get("set-cookie")).toContain("; Path=/en/follow;");
    // Never in the URL.
    expect(response.headers.get("location")).not.toContain("address");
  });

  it("refuses an unpublished target without storing anything", async () => {
    const email = uniqueEmail("draft");
    await prisma.prisoner.update({
      where: { id: fixtures.prisoner.id },
      data: { state: "DRAFT" },
    });
    try {
      const response = await postFollow(prisoner(), { email });
      expect(openFollowFormState(cookieValue(response), prisoner())?.problem).toBe("failed");
      expect(await prisma.follower.count({ where: { emailKey: email } })).toBe(0);
    } finally {
      await prisma.prisoner.update({
        where: { id: fixtures.prisoner.id },
        data: { state: "PUBLISHED" },
      });
    }
  });

  it("refuses a form posted from another site", async () => {
    const email = uniqueEmail("csrf");
    const response = await postFollow(prisoner(), { email }, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await prisma.follower.count({ where: { emailKey: email } })).toBe(0);
  });
});
