/**
 * What went wrong with a send, in one coarse word for the outbox state (/api/ready, the dashboard
 * panel, the failure alert): never the server's text, which may quote addresses.
 */
export const SEND_ERROR_KINDS = [
  "unreachable",
  "timeout",
  "authentication",
  "refused",
  "invalidMessage",
  "other",
] as const;
export type SendErrorKind = (typeof SEND_ERROR_KINDS)[number];

export function sendErrorKind(error: unknown): SendErrorKind {
  const code =
    error && typeof error === "object" && "code" in error && typeof error.code === "string"
      ? error.code
      : "";
  const responseCode =
    error && typeof error === "object" && "responseCode" in error
      ? Number(error.responseCode)
      : NaN;
  if (code === "ETIMEDOUT") return "timeout";
  if (code === "EAUTH") return "authentication";
  if (["ECONNECTION", "ESOCKET", "EDNS", "ETLS", "ECONNREFUSED"].includes(code)) {
    return "unreachable";
  }
  if (code === "EENVELOPE" || code === "EMESSAGE" || responseCode >= 400) return "refused";
  // Rendering failed (an unknown kind, a payload that no longer fits its template).
  if (
    error instanceof Error &&
    /e-mail kind|ZodError|invalid/i.test(`${error.name} ${error.message}`)
  ) {
    return "invalidMessage";
  }
  return "other";
}
