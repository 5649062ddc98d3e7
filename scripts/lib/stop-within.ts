/**
 * Stops one part of a launcher (the mail server, Redis, nginx, the database), but waits no longer
 * than `ms`: a stuck part must not keep the launcher, or the parts after it, running. A failure
 * or a timeout is logged under `prefix` and the launcher goes on.
 */
export async function stopWithin(
  ms: number,
  what: string,
  stop: () => Promise<unknown>,
  prefix = "[vigil]",
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`${prefix} ${what} did not stop within ${ms / 1000} s; going on.`);
      resolve();
    }, ms);
  });
  await Promise.race([
    stop().catch((error: unknown) => console.error(`${prefix} ${what}:`, error)),
    late,
  ]);
  clearTimeout(timer);
}
