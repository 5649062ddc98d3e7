import { apiRoutes, localized, publicRoutes } from "@/lib/routes";
import { sleep } from "./deadline";
import { E2E_PUBLIC_URL } from "./e2e-build";

/** One submission of the sign form and what the server answered. */
export interface SignAttempt {
  email: string;
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or 0 when no answer came (connection refused or cut, timeout). */
  status: number;
  location: string | null;
  retryAfter: string | null;
  /** The Set-Cookie header: a refused submission keeps what was typed in the sign-form cookie. */
  setCookie: string | null;
  /** 303 to the letter's /signed page: the signer was told the signature is recorded. */
  acknowledged: boolean;
}

export interface SurgeOptions {
  baseUrl: string;
  slug: string;
  letterVersionId: string;
  /** Prefix of every address this surge uses, so the checks find exactly its signatures. */
  marker: string;
  /** Submissions in flight at once. */
  concurrency?: number;
  /** Pause of each client between its submissions: keeps the rate (and the mail) bounded. */
  pauseMs?: number;
  /** The form's Origin: the site's public origin (default: the end-to-end build's). */
  origin?: string;
  /** Sends submission number `n` (default: fetch, from this machine's address). */
  send?: (url: string, init: RequestInit, n: number) => Promise<Response>;
}

export interface Surge {
  readonly attempts: readonly SignAttempt[];
  /** Stops starting submissions and resolves with all of them once those in flight ended. */
  stop(): Promise<SignAttempt[]>;
}

/** No submission may hang the suite: a server that accepts and never answers counts as no answer. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Many people signing the same petition at once through its no-JavaScript form: each submission
 * a valid form with its own address (marker-n@faults.example.org), a fill time above the minimum,
 * the site's Origin and its own X-Forwarded-For address (the server trusts this machine as a
 * proxy), recording exactly what was answered.
 */
export function startSurge(options: SurgeOptions): Surge {
  const { concurrency = 25, pauseMs = 400 } = options;
  const attempts: SignAttempt[] = [];
  const signedPath = localized("en", publicRoutes.letterSigned(options.slug));
  let sequence = 0;
  let stopping = false;

  async function submit(): Promise<void> {
    const n = ++sequence;
    const email = `${options.marker}-${n}@faults.example.org`;
    const startedAt = Date.now();
    const attempt: SignAttempt = {
      email,
      startedAt,
      endedAt: startedAt,
      status: 0,
      location: null,
      retryAfter: null,
      setCookie: null,
      acknowledged: false,
    };
    try {
      const response = await (options.send ?? fetch)(
        `${options.baseUrl}${apiRoutes.letterSignatures(options.slug)}`,
        {
          method: "POST",
          redirect: "manual",
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            origin: options.origin ?? E2E_PUBLIC_URL,
            "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
          body: new URLSearchParams({
            name: `Fault Signer ${n}`,
            email,
            country: "DE",
            visibility: "COUNT_ONLY",
            consent: "yes",
            locale: "en",
            letterVersionId: options.letterVersionId,
            elapsed: "7000",
          }),
        },
        n,
      );
      await response.body?.cancel();
      attempt.status = response.status;
      attempt.location = response.headers.get("location");
      attempt.retryAfter = response.headers.get("retry-after");
      attempt.setCookie = response.headers.get("set-cookie");
      attempt.acknowledged = response.status === 303 && attempt.location === signedPath;
    } catch {
      // No answer: status stays 0.
    }
    attempt.endedAt = Date.now();
    attempts.push(attempt);
  }

  async function client(): Promise<void> {
    while (!stopping) {
      await submit();
      await sleep(pauseMs);
    }
  }

  const clients = Array.from({ length: concurrency }, client);
  return {
    attempts,
    async stop() {
      stopping = true;
      await Promise.all(clients);
      return [...attempts];
    },
  };
}

/** The first acknowledgement of a submission started at or after `since` (epoch ms). */
export function firstAcknowledgedSince(
  attempts: readonly SignAttempt[],
  since: number,
): SignAttempt | undefined {
  return attempts
    .filter((attempt) => attempt.acknowledged && attempt.startedAt >= since)
    .sort((a, b) => a.endedAt - b.endedAt)[0];
}
