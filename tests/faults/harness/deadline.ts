/**
 * Every wait in the fault suite has a deadline and says what it waited for when it runs out, so a
 * fault that is never recovered from fails the run with a reason instead of hanging it.
 */

export class DeadlineExceededError extends Error {
  override name = "DeadlineExceededError";
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it returns a value other than undefined, and returns that value; throws
 * DeadlineExceededError naming `what` (and the last probe error, if any) after `timeoutMs`.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  { timeoutMs, intervalMs = 250 }: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : "";
      throw new DeadlineExceededError(
        `Gave up after ${timeoutMs / 1000} s waiting for ${what}${reason}.`,
      );
    }
    await sleep(intervalMs);
  }
}
