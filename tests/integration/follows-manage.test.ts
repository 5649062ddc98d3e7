import { beforeAll, describe, expect, it } from "vitest";
import { POST as postConfirm } from "@/app/api/follows/confirm/route";
import { POST as postLostLink } from "@/app/api/follows/lost-link/route";
import { POST as postManage } from "@/app/api/follows/manage/[token]/route";
import {
  GET as getUnsubscribe,
  POST as postUnsubscribe,
} from "@/app/api/follows/unsubscribe/[token]/route";
import { prisma } from "@/lib/db";
import { getFollowConfirmState } from "@/lib/follows/confirm-follow";
import { getShownFollowerCount } from "@/lib/follows/follower-counts";
import { getFollowerPage } from "@/lib/follows/follower-page";
import { followerToken } from "@/lib/follows/follow-links";
import { enqueueMail } from "@/lib/mail/outbox";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import {
  createFollowFixtures,
  followMails,
  formRequest,
  ORIGIN,
  postFollow,
  tokenOfConfirmUrl,
  uniqueEmail,
  type FollowFixtures,
} from "../fixtures/follows";

let fixtures: FollowFixtures;

beforeAll(async () => {
  fixtures = await createFollowFixtures("manage");
});

/** Follows the prisoner with a new address; returns the address and its confirmation token. */
async function pendingFollow(target?: { kind: "letter" | "prisoner"; key: string }) {
  const email = uniqueEmail("manage");
  await postFollow(target ?? { kind: "prisoner", key: fixtures.prisoner.slug }, { email });
  const [mail] = await followMails(email);
  const token = tokenOfConfirmUrl((mail!.payload as { confirmUrl: string }).confirmUrl);
  const follower = await prisma.follower.findUniqueOrThrow({ where: { emailKey: email } });
  return { email, token, followerId: follower.id };
}

function confirm(token: string): Promise<Response> {
  return postConfirm(formRequest("/api/follows/confirm", { token, locale: "en" }), {
    params: Promise.resolve({}),
  });
}

function manage(token: string, fields: Record<string, string>): Promise<Response> {
  return postManage(formRequest(`/api/follows/manage/${token}`, { locale: "en", ...fields }), {
    params: Promise.resolve({ token }),
  });
}

async function confirmedFollower() {
  const follow = await pendingFollow();
  await confirm(follow.token);
  return { ...follow, manageToken: followerToken(follow.followerId) };
}

describe("confirming a follow", () => {
  it("shows the target on GET and confirms once on the button's POST", async () => {
    const { token, followerId } = await pendingFollow();
    const state = await getFollowConfirmState(token);
    expect(state).toMatchObject({ state: "ready", target: { id: fixtures.prisoner.id } });
    // Reading the page changed nothing.
    expect(await prisma.follow.count({ where: { followerId, confirmedAt: { not: null } } })).toBe(
      0,
    );

    const first = await confirm(token);
    expect(first.status).toBe(303);
    const location = first.headers.get("location")!;
    expect(location).toMatch(/^\/en\/follow\/manage\/.+\?confirmed=/);
    const follow = await prisma.follow.findFirstOrThrow({ where: { followerId } });
    expect(follow.confirmedAt).not.toBeNull();
    expect(follow.confirmTokenHash).toBeNull();
    const follower = await prisma.follower.findUniqueOrThrow({ where: { id: followerId } });
    expect(follower.confirmedAt).not.toBeNull();

    const again = await confirm(token);
    expect(again.headers.get("location")).toBe(`/en/follow/confirm/${token}`);
    expect(await getFollowConfirmState(token)).toEqual({ state: "unknown" });
    // The manage page says what was followed.
    const manageToken = decodeURIComponent(location.split("/manage/")[1]!.split("?")[0]!);
    const page = await getFollowerPage(manageToken);
    expect(page.state === "found" ? page.follower.follows.map((f) => f.id) : []).toEqual([
      follow.id,
    ]);
  });

  it("calls a link older than 7 days expired and does not confirm it", async () => {
    const { token, followerId } = await pendingFollow();
    await prisma.follow.updateMany({
      where: { followerId },
      data: { createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) },
    });
    expect(await getFollowConfirmState(token)).toEqual({ state: "expired" });
    await confirm(token);
    expect(await prisma.follow.count({ where: { followerId, confirmedAt: { not: null } } })).toBe(
      0,
    );
  });
});

describe("the page of one's follows", () => {
  it("changes cadence and language", async () => {
    const { followerId, manageToken } = await confirmedFollower();
    const response = await manage(manageToken, {
      action: "settings",
      cadence: "WEEKLY",
      mailLocale: "ru",
    });
    expect(response.headers.get("location")).toBe(
      `/en/follow/manage/${encodeURIComponent(manageToken)}?result=saved`,
    );
    expect(await prisma.follower.findUniqueOrThrow({ where: { id: followerId } })).toMatchObject({
      cadence: "WEEKLY",
      locale: "ru",
    });
  });

  it("stops one follow of its own, and never another follower's", async () => {
    const mine = await confirmedFollower();
    const theirs = await confirmedFollower();
    const theirFollow = await prisma.follow.findFirstOrThrow({
      where: { followerId: theirs.followerId },
    });
    const refused = await manage(mine.manageToken, {
      action: "unfollow",
      followId: theirFollow.id,
    });
    expect(refused.headers.get("location")).toContain("result=failed");
    expect(await prisma.follow.count({ where: { id: theirFollow.id } })).toBe(1);

    const myFollow = await prisma.follow.findFirstOrThrow({
      where: { followerId: mine.followerId },
    });
    const done = await manage(mine.manageToken, { action: "unfollow", followId: myFollow.id });
    expect(done.headers.get("location")).toContain("result=unfollowed");
    expect(await prisma.follow.count({ where: { id: myFollow.id } })).toBe(0);
  });

  it("refuses a forged token: nothing changes and the page shows no follows", async () => {
    const { followerId } = await confirmedFollower();
    const forged = `${followerId}.${"0".repeat(64)}`;
    const response = await manage(forged, { action: "forget" });
    expect(response.headers.get("location")).toContain("result=failed");
    expect(await prisma.follower.count({ where: { id: followerId } })).toBe(1);
    expect(await getFollowerPage(forged)).toEqual({ state: "unknown" });
  });

  it("forgets me: the follower, its follows and every follow e-mail to it, sent or not, at once", async () => {
    const { email, followerId, manageToken } = await confirmedFollower();
    await prisma.outboxMessage.updateMany({
      where: { to: email, kind: "follow.confirm" },
      data: { sentAt: new Date() },
    });
    await postFollow({ kind: "letter", key: fixtures.letter.slug }, { email });
    // Another kind of mail to the same address is not the follower's to delete.
    await enqueueMail(prisma, {
      kind: "signature.already_signed",
      to: email,
      locale: "en",
      payload: { letterTitle: "T", letterUrl: `${ORIGIN}/en/letters/x` },
    });
    expect((await followMails(email)).length).toBe(2);

    const response = await manage(manageToken, { action: "forget" });
    expect(response.headers.get("location")).toContain("result=forgotten");
    expect(await prisma.follower.count({ where: { id: followerId } })).toBe(0);
    expect(await prisma.follow.count({ where: { followerId } })).toBe(0);
    expect(await followMails(email)).toEqual([]);
    expect(await prisma.outboxMessage.count({ where: { to: email } })).toBe(1);
    expect(await getFollowerPage(manageToken)).toEqual({ state: "gone" });
  });
});

describe("one-click unsubscribe (RFC 8058)", () => {
  it("deletes the address on a bare POST from a mail provider (no Origin, one-click body)", async () => {
    const { email, followerId, manageToken } = await confirmedFollower();
    const response = await postUnsubscribe(
      new Request(`${ORIGIN}/api/follows/unsubscribe/${manageToken}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      { params: Promise.resolve({ token: manageToken }) },
    );
    expect(response.status).toBe(200);
    expect(await prisma.follower.count({ where: { id: followerId } })).toBe(0);
    expect(await followMails(email)).toEqual([]);
  });

  it("answers a forged token the same and deletes nothing", async () => {
    const { followerId } = await confirmedFollower();
    const forged = `${followerId}.${"a".repeat(64)}`;
    const response = await postUnsubscribe(
      new Request(`${ORIGIN}/api/follows/unsubscribe/${forged}`, { method: "POST" }),
      { params: Promise.resolve({ token: forged }) },
    );
    expect(response.status).toBe(200);
    expect(await prisma.follower.count({ where: { id: followerId } })).toBe(1);
  });

  it("sends a person's GET to the page with the button, and the button's POST back with done", async () => {
    const { manageToken } = await confirmedFollower();
    const path = `/api/follows/unsubscribe/${manageToken}`;
    const opened = await getUnsubscribe(new Request(`${ORIGIN}${path}?locale=ru`), {
      params: Promise.resolve({ token: manageToken }),
    });
    expect(opened.headers.get("location")).toBe(
      `/ru/follow/unsubscribe/${encodeURIComponent(manageToken)}`,
    );
    const pressed = await postUnsubscribe(
      new Request(`${ORIGIN}${path}?locale=ru&from=page`, { method: "POST" }),
      { params: Promise.resolve({ token: manageToken }) },
    );
    expect(pressed.headers.get("location")).toContain("?result=done");
  });
});

describe("the lost link", () => {
  it("answers the same for a follower and a stranger, and mails only the follower", async () => {
    const { email } = await confirmedFollower();
    const stranger = uniqueEmail("stranger");
    const post = (address: string) =>
      postLostLink(formRequest("/api/follows/lost-link", { email: address, locale: "en" }), {
        params: Promise.resolve({}),
      });
    const [known, unknown] = await Promise.all([post(email), post(stranger)]);
    expect(known.status).toBe(303);
    expect(known.headers.get("location")).toBe(unknown.headers.get("location"));
    await settleWorkAfterAnswers();
    const mails = await followMails(email);
    expect(mails.at(-1)).toMatchObject({ kind: "follow.manage-link" });
    expect(mails.at(-1)!.payload).toMatchObject({ reason: "requested" });
    expect(await prisma.outboxMessage.count({ where: { to: stranger } })).toBe(0);
  });
});

describe("follower counts", () => {
  it("count only confirmed follows of the target, and show nothing below 10", async () => {
    const target = { kind: "letter" as const, key: fixtures.letter.slug };
    const before = await prisma.follow.count({ where: { letterId: fixtures.letter.id } });
    for (let index = before; index < 9; index++) {
      await postFollow(target, { email: uniqueEmail("count") });
    }
    await prisma.follow.updateMany({
      where: { letterId: fixtures.letter.id },
      data: { confirmedAt: new Date(), confirmTokenHash: null },
    });
    await postFollow(target, { email: uniqueEmail("count-pending") });
    expect(await getShownFollowerCount(target)).toBeNull();

    await prisma.follow.updateMany({
      where: { letterId: fixtures.letter.id, confirmedAt: null },
      data: { confirmedAt: new Date(), confirmTokenHash: null },
    });
    expect(await getShownFollowerCount(target)).toBe(10);
  });
});
