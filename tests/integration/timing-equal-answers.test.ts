import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postSignature } from "@/app/api/letters/[slug]/signatures/route";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { settleWorkAfterAnswers } from "@/lib/security/after-answer";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { publicOrigin } from "@/lib/security/public-origin";
import {
  createPetition,
  randomIp,
  signForm,
  uniqueEmail,
  type TestPetition,
} from "../fixtures/signing";

/**
 * Whether an address has signed a letter, or has a staff account, must not show in how long the
 * answer takes. Each test times the two kinds of request in alternation (so drift of a loaded
 * machine hits both alike) and compares the two distributions with each other, never with an
 * absolute time: each kind must be the slower one in about half of the rounds, and the ranges
 * must overlap. Work started after an answer is let finish before the next request, untimed, so
 * that it does not slow the other kind's sample.
 */

const SAMPLES = 40;
const WARM_UP = 5;
/**
 * In how many of the rounds the first kind may be the slower one. Were both the same, that count
 * would be binomial(40, ½): outside 8–32 by chance about once in 10,000 runs. Before the change
 * the known address was slower in every round (3 to 5 times the time).
 */
const SLOWER_ROUNDS = { min: 8, max: 32 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The time until the answer; then the work started after it is let finish, untimed. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  const elapsed = performance.now() - start;
  await settleWorkAfterAnswers();
  return elapsed;
}

/** Times `first(i)` and `second(i)` alternately, SAMPLES times each, after a short warm-up. */
async function alternate(
  first: (index: number) => Promise<unknown>,
  second: (index: number) => Promise<unknown>,
): Promise<{ first: number[]; second: number[] }> {
  const times = { first: [] as number[], second: [] as number[] };
  for (let index = 0; index < WARM_UP + SAMPLES; index++) {
    // Swapping the order each round keeps "who goes first" from favouring either side.
    const pair =
      index % 2
        ? [await timed(() => first(index)), await timed(() => second(index))]
        : [await timed(() => second(index)), await timed(() => first(index))].reverse();
    if (index < WARM_UP) continue;
    times.first.push(pair[0]!);
    times.second.push(pair[1]!);
  }
  return times;
}

function describeTimes(label: string, times: number[]): string {
  const ms = (value: number) => value.toFixed(2);
  return `${label}: median ${ms(median(times))} ms, range ${ms(Math.min(...times))}–${ms(Math.max(...times))} ms`;
}

/**
 * The two kinds cannot be told apart: each is the slower one in about half of the rounds (a sign
 * test on the pairs, which cancels the machine's drift), and their ranges overlap.
 */
function expectIndistinguishable(a: number[], b: number[]): void {
  const firstSlower = a.filter((time, round) => time > b[round]!).length;
  console.info(`[timing] the first kind was slower in ${firstSlower} of ${a.length} rounds`);
  expect(firstSlower).toBeGreaterThanOrEqual(SLOWER_ROUNDS.min);
  expect(firstSlower).toBeLessThanOrEqual(SLOWER_ROUNDS.max);
  expect(Math.min(...a)).toBeLessThanOrEqual(Math.max(...b));
  expect(Math.min(...b)).toBeLessThanOrEqual(Math.max(...a));
}

describe("answers that must not tell a known address by their time", () => {
  let petition: TestPetition;
  const signed: string[] = [];

  beforeAll(async () => {
    petition = await createPetition("timing");
    // One address per probe: each is a first repeat, the costliest case before (the notice).
    for (let index = 0; index < WARM_UP + SAMPLES; index++) {
      const email = uniqueEmail("timing-known");
      await post(signForm(petition, { email }));
      signed.push(email);
    }
    await settleWorkAfterAnswers();
  });

  function post(form: FormData): Promise<Response> {
    const request = new Request(`${publicOrigin()}/api/letters/${petition.slug}/signatures`, {
      method: "POST",
      body: form,
      headers: { origin: publicOrigin(), [CLIENT_ADDRESS_HEADER]: randomIp() },
    });
    return postSignature(request, { params: Promise.resolve({ slug: petition.slug }) });
  }

  it("signing with an address that has signed answers like a new one, as fast and the same", async () => {
    const answers: Response[] = [];
    const times = await alternate(
      async (index) => answers.push(await post(signForm(petition, { email: signed[index]! }))),
      async () =>
        answers.push(await post(signForm(petition, { email: uniqueEmail("timing-new") }))),
    );
    console.info(
      `[timing] sign: ${describeTimes("already signed", times.first)}; ${describeTimes("new address", times.second)}`,
    );

    // The same answer: 303 to the check-your-e-mail page, nothing else told apart.
    const shapes = new Set(
      answers.map((answer) => `${answer.status} ${answer.headers.get("location")}`),
    );
    expect([...shapes]).toEqual([`303 /en/letters/${petition.slug}/signed`]);
    expectIndistinguishable(times.first, times.second);
    // The work is still done, after the answer: every repeat got its notice.
    expect(
      await prisma.outboxMessage.count({
        where: { kind: "signature.already_signed", to: { in: signed } },
      }),
    ).toBe(signed.length);
  });

  it("a password reset for a staff address answers as fast as for an unknown one", async () => {
    const passwordHash = await hashPassword("a long enough password");
    const staff = await Promise.all(
      Array.from({ length: WARM_UP + SAMPLES }, (_, index) =>
        prisma.user.create({
          data: {
            email: `timing-staff-${index}-${randomUUID()}@example.test`,
            name: "Timing",
            role: "EDITOR",
            passwordHash,
          },
          select: { email: true },
        }),
      ),
    );
    const request = (email: string) =>
      requestPasswordReset(
        { email, locale: "en" },
        (token) => `${publicOrigin()}/en/password-reset/${token}`,
        { ip: randomIp(), userAgent: "vitest" },
      );

    const times = await alternate(
      (index) => request(staff[index]!.email),
      () => request(`timing-nobody-${randomUUID()}@example.test`),
    );
    console.info(
      `[timing] password reset: ${describeTimes("staff address", times.first)}; ${describeTimes("unknown address", times.second)}`,
    );

    expectIndistinguishable(times.first, times.second);
    expect(
      await prisma.outboxMessage.count({
        where: { kind: "auth.password_reset", to: { in: staff.map((user) => user.email) } },
      }),
    ).toBe(staff.length);
  });
});
