/**
 * Work that must not be timed by the person who caused it. Where an answer has to be the same
 * whether or not an address is known (signing a letter twice, asking for a password reset or a
 * new confirmation link), the work only a known address causes (rate limits, a look-up, an e-mail
 * in the outbox) is queued here and runs after the request has been answered, so the response
 * time says nothing about the address. Where the answers still differ after that (a new
 * signature writes rows, a repeat writes none), lib/signing/answer-pacing.ts evens out the rest.
 *
 * In-process rather than a durable queue: the work writes to the outbox within milliseconds, and
 * what a crash in between loses is a notice the person can ask for again by repeating the form.
 * A few tasks run at once, so a flood of repeats cannot take every database connection; past
 * MAX_QUEUED waiting tasks new ones are dropped (logged), as the rate limits they would consume
 * would refuse them anyway. A failure is logged without the data it carried.
 */

const MAX_RUNNING = 4;
const MAX_QUEUED = 10_000;

interface Task {
  label: string;
  run: () => Promise<void>;
}

const queue: Task[] = [];
let running = 0;
let whenIdle: (() => void)[] = [];

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  // Database errors may quote a value: no address goes to the log.
  return message.replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, "<address>");
}

function startNext(): void {
  while (running < MAX_RUNNING && queue.length > 0) {
    const task = queue.shift()!;
    running += 1;
    task
      .run()
      .catch((error: unknown) => {
        console.error(`[after-answer] ${task.label} failed: ${describeFailure(error)}`);
      })
      .finally(() => {
        running -= 1;
        startNext();
      });
  }
  if (running === 0 && queue.length === 0) {
    const waiters = whenIdle;
    whenIdle = [];
    for (const resolve of waiters) resolve();
  }
}

/** Queues `run` to start once the current request has been answered. */
export function runAfterAnswer(label: string, run: () => Promise<void>): void {
  if (queue.length >= MAX_QUEUED) {
    console.warn(`[after-answer] ${label} dropped: ${MAX_QUEUED} tasks are waiting.`);
    return;
  }
  queue.push({ label, run });
  // setImmediate: the caller's answer is written before this work takes the event loop.
  setImmediate(startNext);
}

/** Resolves once every queued task (and any it queued in turn) has finished. For tests. */
export function settleWorkAfterAnswers(): Promise<void> {
  return new Promise((resolve) => {
    whenIdle.push(resolve);
    setImmediate(startNext);
  });
}
