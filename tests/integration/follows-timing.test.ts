import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import {
  createFollowFixtures,
  postFollow,
  uniqueEmail,
  type FollowFixtures,
} from "../fixtures/follows";

/**
 * Whether an address already follows something must not show in how long the follow form's
 * answer takes (as tests/integration/timing-equal-answers.test.ts checks for signing): the two
 * kinds of submission are timed in alternation and compared with each other with a sign test.
 */
const SAMPLES = 40;
const WARM_UP = 5;
/** Were both kinds alike, the first is slower in binomial(40, ½) rounds: outside 8–32 once in 10,000. */
const SLOWER_ROUNDS = { min: 8, max: 32 };

let fixtures: FollowFixtures;
const following: string[] = [];

beforeAll(async () => {
  fixtures = await createFollowFixtures("timing");
  // One address per probe, each following already (confirmed): the case that sends a notice.
  for (let index = 0; index < WARM_UP + SAMPLES; index++) {
    const email = uniqueEmail("timing-known");
    await postFollow({ kind: "prisoner", key: fixtures.prisoner.slug }, { email });
    following.push(email);
  }
  await prisma.follow.updateMany({
    where: { prisonerId: fixtures.prisoner.id },
    data: { confirmedAt: new Date(), confirmTokenHash: null },
  });
  await settleWorkAfterAnswers();
});

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  const elapsed = performance.now() - start;
  await settleWorkAfterAnswers();
  return elapsed;
}

describe("the follow form's answer time", () => {
  it("is the same for an address that follows already as for a new one", async () => {
    const target = { kind: "prisoner" as const, key: fixtures.prisoner.slug };
    const answers: Response[] = [];
    const known: number[] = [];
    const fresh: number[] = [];
    for (let index = 0; index < WARM_UP + SAMPLES; index++) {
      const knownRun = async () =>
        answers.push(await postFollow(target, { email: following[index]! }));
      const freshRun = async () =>
        answers.push(await postFollow(target, { email: uniqueEmail("timing-new") }));
      const pair =
        index % 2
          ? [await timed(knownRun), await timed(freshRun)]
          : [await timed(freshRun), await timed(knownRun)].reverse();
      if (index < WARM_UP) continue;
      known.push(pair[0]!);
      fresh.push(pair[1]!);
    }
    const shapes = new Set(answers.map((a) => `${a.status} ${a.headers.get("location")}`));
    expect([...shapes]).toEqual(["303 /en/follow/sent"]);
    const knownSlower = known.filter((time, round) => time > fresh[round]!).length;
    console.info(`[timing] follow: the known address was slower in ${knownSlower} of ${SAMPLES}`);
    expect(knownSlower).toBeGreaterThanOrEqual(SLOWER_ROUNDS.min);
    expect(knownSlower).toBeLessThanOrEqual(SLOWER_ROUNDS.max);
    // The work is still done, after the answer: every known address got its notice.
    expect(
      await prisma.outboxMessage.count({
        where: { kind: "follow.manage-link", to: { in: following } },
      }),
    ).toBe(following.length);
  });
});
