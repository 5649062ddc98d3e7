import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { JOB_SCHEDULES } from "@/lib/jobs/job-schedules";
import {
  createFollowFixtures,
  followMails,
  postFollow,
  uniqueEmail,
  type FollowFixtures,
} from "../fixtures/follows";

let fixtures: FollowFixtures;

beforeAll(async () => {
  fixtures = await createFollowFixtures("retention");
});

const DAY = 24 * 3600 * 1000;

/** A follow made `days` ago (follower and follow), confirmed or not. */
async function followMadeDaysAgo(days: number, confirmed: boolean) {
  const email = uniqueEmail("retention");
  await postFollow({ kind: "prisoner", key: fixtures.prisoner.slug }, { email });
  const then = new Date(Date.now() - days * DAY);
  const follower = await prisma.follower.update({
    where: { emailKey: email },
    data: { createdAt: then, confirmedAt: confirmed ? then : null },
  });
  await prisma.follow.updateMany({
    where: { followerId: follower.id },
    data: { createdAt: then, ...(confirmed ? { confirmedAt: then, confirmTokenHash: null } : {}) },
  });
  return { email, followerId: follower.id };
}

const runJob = () =>
  JOB_HANDLERS["follows.prune-unconfirmed"](
    {},
    { signal: new AbortController().signal, attempt: 1 },
  );

describe("retention of following (follows.prune-unconfirmed)", () => {
  it("is scheduled daily", () => {
    const schedule = JOB_SCHEDULES.find((entry) => entry.kind === "follows.prune-unconfirmed");
    expect(schedule?.match).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it("deletes an address never confirmed within 7 days, with its follow e-mails", async () => {
    const old = await followMadeDaysAgo(8, false);
    const recent = await followMadeDaysAgo(6, false);
    await runJob();
    expect(await prisma.follower.count({ where: { id: old.followerId } })).toBe(0);
    expect(await followMails(old.email)).toEqual([]);
    expect(await prisma.follower.count({ where: { id: recent.followerId } })).toBe(1);
    expect(await prisma.follow.count({ where: { followerId: recent.followerId } })).toBe(1);
  });

  it("keeps a confirmed follower, but drops its follows left unconfirmed for 7 days", async () => {
    const kept = await followMadeDaysAgo(30, true);
    await prisma.follow.create({
      data: {
        followerId: kept.followerId,
        letterId: fixtures.letter.id,
        createdAt: new Date(Date.now() - 8 * DAY),
        confirmTokenHash: `retention-${kept.followerId}`,
      },
    });
    await runJob();
    expect(await prisma.follower.count({ where: { id: kept.followerId } })).toBe(1);
    const follows = await prisma.follow.findMany({ where: { followerId: kept.followerId } });
    expect(follows.map((follow) => follow.prisonerId)).toEqual([fixtures.prisoner.id]);
  });

  it("deletes a follower that no longer follows anything, 7 days after it was made", async () => {
    const emptied = await followMadeDaysAgo(30, true);
    await prisma.follow.deleteMany({ where: { followerId: emptied.followerId } });
    await runJob();
    expect(await prisma.follower.count({ where: { id: emptied.followerId } })).toBe(0);
  });
});
