/** A send that the mail server neither accepted nor refused in time (a hung server). */
export class MailSendTimeoutError extends Error {
  override name = "MailSendTimeoutError";
  readonly code = "ETIMEDOUT";
  constructor(readonly timeoutMs: number) {
    super(`No answer from the mail server within ${timeoutMs} ms`);
  }
}

/**
 * Settles with `promise`, or rejects with MailSendTimeoutError after `timeoutMs`. nodemailer has
 * its own timeouts per step (connecting, greeting, 30 s of silence), but none for a whole send: a
 * server that answers slowly enough never trips them. The abandoned send may still finish; the
 * drain treats it as failed, and the outbox row's lease keeps another drain from taking it.
 */
export async function withinSendTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MailSendTimeoutError(timeoutMs)), timeoutMs);
  });
  // A late rejection of the abandoned send must not become an unhandled rejection.
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
