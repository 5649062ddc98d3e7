import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";

/**
 * How long an accepted signature takes to answer must not tell whether the address had signed.
 * A new signature writes four rows (the signature, two tokens, the confirmation e-mail) and waits
 * for the commit; a repeat writes nothing before answering (its follow-up runs after the answer,
 * lib/security/after-answer.ts), and was measured at a third of the time. Writing throwaway rows
 * to even that out would cost every surge a second write per repeat, so instead a repeat (and a
 * robot's honeypot submission) answers no sooner than a new signature typically does: the median
 * of the last new signatures in this process, which follows the server's load as it changes.
 * Nobody waits on the CPU meanwhile, and real signers, who take the stored path, never wait.
 */

const WINDOW = 32;
/** Until this process has stored a signature: about what one takes on an idle server. */
const DEFAULT_MS = 8;

/**
 * One kind of stored answer's recent times and the wait that evens out the others against them.
 * Signing has its own (below); lib/follows keeps another for new follows, whose writes differ.
 */
export interface AnswerPacer {
  /** Records how long a stored answer took, from the start of its submission. */
  noteStored(milliseconds: number): void;
  typicalStoredMs(): number;
  /** Waits until `startedAt` (performance.now()) plus the typical stored time (see below). */
  paceLikeStored(startedAt: number): Promise<void>;
}

export function createAnswerPacer(
  defaultMs = DEFAULT_MS,
  options: {
    /**
     * Wait as long as one of the recent stored answers, drawn at random, instead of their median:
     * the paced answers then spread as the stored ones do (a median makes them cluster, and one
     * never below the median is the slower kind more often than not).
     */
    drawn?: boolean;
  } = {},
): AnswerPacer {
  const recent: number[] = [];
  const typicalStoredMs = (): number => {
    if (recent.length === 0) return defaultMs;
    const sorted = [...recent].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  };
  const waitMs = (): number =>
    options.drawn && recent.length > 0
      ? recent[Math.floor(Math.random() * recent.length)]!
      : typicalStoredMs();
  return {
    noteStored(milliseconds) {
      recent.push(milliseconds);
      if (recent.length > WINDOW) recent.shift();
    },
    typicalStoredMs,
    paceLikeStored: (startedAt) => paceUntil(startedAt + waitMs()),
  };
}

const signatures = createAnswerPacer();

/** Records how long a stored signature took to answer, from the start of its submission. */
export function noteStoredSignatureTime(milliseconds: number): void {
  signatures.noteStored(milliseconds);
}

export function typicalStoredSignatureMs(): number {
  return signatures.typicalStoredMs();
}

/**
 * Waits until `startedAt` (performance.now()) plus the typical time of a stored signature, to
 * within a fraction of a millisecond. A timer alone is not that exact: it counts whole
 * milliseconds from the start of the event loop's turn, so it fires up to a few milliseconds
 * early or late, and a repeat that answered early even by one millisecond was measurably the
 * faster kind (a sign test over 40 alternating pairs). So: sleep to within a millisecond of the
 * time, checking it again after every timer, then yield turn by turn (I/O still runs) until it.
 */
export async function paceLikeStoredSignature(startedAt: number): Promise<void> {
  return signatures.paceLikeStored(startedAt);
}

async function paceUntil(until: number): Promise<void> {
  for (let wait = until - performance.now(); wait > 1.5; wait = until - performance.now()) {
    await sleep(wait - 1);
  }
  while (performance.now() < until) await nextTurn();
}
