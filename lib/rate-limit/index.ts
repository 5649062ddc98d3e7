import "server-only";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { requireDatabaseUrl } from "@/lib/env";
import { createPgPool } from "@/lib/postgres/pool";

/**
 * Rate limits kept in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres), so that they hold
 * across restarts and across several instances of the app, with no extra service to run.
 *
 * Add a limit by adding an entry to RATE_LIMITS; callers name it:
 *
 *   await consumeRateLimit("inaccuracy-report", hashIp(ip)); // throws RateLimitedError
 *
 * The subject must be an opaque identifier (a keyed hash from lib/security/ip.ts, a user id),
 * never a raw IP or e-mail address: it is stored as it is.
 *
 * Storage: the table `rate_limit.counters`, in a schema of its own so that Prisma (which manages
 * `public`) never sees it as drift. It is created on first use with CREATE ... IF NOT EXISTS;
 * rows expire by themselves and the library deletes old ones every few minutes.
 */
export const RATE_LIMITS = {
  /** "Report an inaccuracy" on a profile: 5 reports per hour per IP address. */
  "inaccuracy-report": { points: 5, durationSeconds: 60 * 60 },
  /** Staff sign-in (password step), per IP address: 30 per 15 minutes (an office shares one). */
  "sign-in-ip": { points: 30, durationSeconds: 15 * 60 },
  /**
   * Staff sign-in (password step), per account AND client address (keyed hash of both): 10 per 15
   * minutes, cleared by a successful sign-in. Per pair, not per account: an attacker's wrong
   * passwords from one address must not lock the real holder out from another.
   */
  "sign-in-account-ip": { points: 10, durationSeconds: 15 * 60 },
  /**
   * Wrong passwords for one account from any address (keyed hash of the e-mail). Never refuses
   * anything: reaching the 10th failure within 15 minutes is a burst, which the holder is told
   * about by e-mail (lib/auth/sign-in-burst.ts).
   */
  "sign-in-account-failures": { points: 10, durationSeconds: 15 * 60 },
  /** The "failed sign-ins on your account" e-mail, per account (user id): at most one per hour. */
  "sign-in-burst-mail": { points: 1, durationSeconds: 60 * 60 },
  /**
   * "Confirm it is you" (password and code again before sensitive exports), per account (user
   * id): 5 attempts per 15 minutes, so that an open session cannot be used to guess the password.
   */
  "identity-confirm-account": { points: 5, durationSeconds: 15 * 60 },
  /** Authenticator or recovery codes at sign-in, per account (user id): 10 per 15 minutes. */
  "sign-in-code": { points: 10, durationSeconds: 15 * 60 },
  /** "Forgot password" requests, per IP address: 10 per hour. */
  "password-reset-ip": { points: 10, durationSeconds: 60 * 60 },
  /** "Forgot password" requests, per account (keyed hash of the e-mail): 3 per hour. */
  "password-reset-account": { points: 3, durationSeconds: 60 * 60 },
  /**
   * "Change password" on the account page, per account (user id): 5 attempts per 15 minutes, so
   * that a session left open cannot be used to guess the current password.
   */
  "password-change-account": { points: 5, durationSeconds: 15 * 60 },
  /**
   * Signing a petition, per IP address: 30 submissions per 10 minutes (generous, for shared
   * addresses: a campus, a mobile carrier's NAT). Also counts requests for a new confirmation link.
   */
  "signature-ip": { points: 30, durationSeconds: 10 * 60 },
  /** Signing (any letter) or asking for a new confirmation link, per e-mail address: 6 per hour. */
  "signature-email": { points: 6, durationSeconds: 60 * 60 },
  /**
   * The "you have already signed" e-mail, per letter and address: one per 6 hours, so that the
   * form cannot be used to flood someone's mailbox.
   */
  "signature-already-signed-mail": { points: 1, durationSeconds: 6 * 60 * 60 },
  /** "I sent a letter" (issue 19), per IP address: 20 per hour, any prisoners. */
  "letter-sent-ip": { points: 20, durationSeconds: 60 * 60 },
  /** "I sent a letter" to one prisoner, per IP address and prisoner: 2 per day. */
  "letter-sent-ip-prisoner": { points: 2, durationSeconds: 24 * 60 * 60 },
  /**
   * Follow forms and "e-mail me the link to my follows" (lib/follows), per IP address: 30 per 10
   * minutes, as signing (shared addresses).
   */
  "follow-ip": { points: 30, durationSeconds: 10 * 60 },
  /** The same, per address (keyed hash of the canonical address): 6 per hour. */
  "follow-email": { points: 6, durationSeconds: 60 * 60 },
  /**
   * The "you already follow this" e-mail (or a renewed confirmation), per target and address: one
   * per 6 hours, so that the form cannot be used to flood someone's mailbox.
   */
  "follow-repeat-mail": { points: 1, durationSeconds: 6 * 60 * 60 },
} as const satisfies Record<string, { points: number; durationSeconds: number }>;

export type RateLimitKey = keyof typeof RATE_LIMITS;

/** Too many attempts: the caller answers 429 or says "try again later". */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(
    readonly key: RateLimitKey,
    /** Seconds until the next attempt is allowed (the HTTP Retry-After value). */
    readonly retryAfterSeconds: number,
  ) {
    super(`Rate limit "${key}" exceeded; retry after ${retryAfterSeconds} s.`);
  }
}

const SCHEMA = "rate_limit";
const TABLE = "counters";

interface RateLimitState {
  pool: pg.Pool;
  ready: Promise<void>;
  limiters: Map<RateLimitKey, RateLimiterPostgres>;
}

// One small pool per process (kept across module reloads in development). Separate from Prisma's,
// whose pool the driver adapter owns and does not expose; two connections are plenty for
// single-row upserts.
const globalForRateLimit = globalThis as unknown as { vigilRateLimit?: RateLimitState };

function state(): RateLimitState {
  if (!globalForRateLimit.vigilRateLimit) {
    const pool = createPgPool(requireDatabaseUrl(), { max: 2 });
    globalForRateLimit.vigilRateLimit = { pool, ready: createTable(pool), limiters: new Map() };
  }
  return globalForRateLimit.vigilRateLimit;
}

// SQLSTATEs of "already exists" races: two processes creating the schema or table at once.
const ALREADY_EXISTS = new Set(["23505", "42P06", "42P07"]);

async function createTable(pool: pg.Pool): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${SCHEMA}"`);
    // The library's own table layout (see RateLimiterPostgres#_getCreateTableStmt).
    await pool.query(
      `CREATE TABLE IF NOT EXISTS "${SCHEMA}"."${TABLE}" (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`,
    );
  } catch (error) {
    if (!ALREADY_EXISTS.has((error as { code?: string }).code ?? "")) {
      // Let the next call try again (with a fresh pool) instead of failing forever.
      delete globalForRateLimit.vigilRateLimit;
      void pool.end();
      throw error;
    }
  }
}

function limiterFor(key: RateLimitKey, current: RateLimitState): RateLimiterPostgres {
  let limiter = current.limiters.get(key);
  if (!limiter) {
    const { points, durationSeconds } = RATE_LIMITS[key];
    limiter = new RateLimiterPostgres({
      storeClient: current.pool,
      storeType: "pool",
      schemaName: SCHEMA,
      tableName: TABLE,
      tableCreated: true,
      keyPrefix: key,
      points,
      duration: durationSeconds,
    });
    current.limiters.set(key, limiter);
  }
  return limiter;
}

/**
 * Counts one event of `subject` against the limit `key` without ever refusing, and answers how
 * many were counted in the current window, this one included: for thresholds ("the 10th
 * failure") that trigger something once per window. The count comes from one atomic upsert, so
 * of many concurrent calls exactly one sees each number.
 */
export async function countRateLimitEvent(key: RateLimitKey, subject: string): Promise<number> {
  const current = state();
  await current.ready;
  try {
    return (await limiterFor(key, current).consume(subject)).consumedPoints;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return rejection.consumedPoints;
    throw rejection;
  }
}

/** Forgets the attempts of `subject` against `key` (after a success that proves the right to try). */
export async function resetRateLimit(key: RateLimitKey, subject: string): Promise<void> {
  const current = state();
  await current.ready;
  await limiterFor(key, current).delete(subject);
}

/**
 * Counts one attempt of `subject` against the limit `key`; throws RateLimitedError when the
 * subject has used up its attempts for the current window. Database errors are thrown as they
 * are: a limit that cannot be checked is not silently skipped.
 */
export async function consumeRateLimit(key: RateLimitKey, subject: string): Promise<void> {
  const current = state();
  await current.ready;
  try {
    await limiterFor(key, current).consume(subject);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new RateLimitedError(key, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection;
  }
}
