import net from "node:net";
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { MAIL_KIND_HEADER, type MailTransport } from "@/lib/mail/mail-transport";

/**
 * SMTP sessions kept open at once. A signing surge sends hundreds of confirmations a minute; a
 * few open sessions carry that (each message then costs one MAIL/RCPT/DATA exchange, not a new
 * TCP and SMTP handshake), while staying well under the per-client connection limits mail
 * servers set. The outbox drain (outbox-drain.ts) sends up to as many messages at once.
 */
export const SMTP_POOL_CONNECTIONS = 4;
/** Messages per session before it is closed and a fresh one opened, as many servers expect. */
const MESSAGES_PER_CONNECTION = 100;

const CONNECTION_TIMEOUT_MS = 10_000;

/**
 * Opens a pooled connection with Nagle's algorithm off. nodemailer writes a message in several
 * pieces and then waits for the server's reply; with Nagle on, the last piece waits for the
 * server's delayed acknowledgement, which made each message take about 150 ms on localhost
 * instead of about 10 (bench/mail.ts). nodemailer has no option for it, only this hook.
 *
 * The socket is handed over at once, still connecting, and nodemailer runs the SMTP session (and
 * TLS for smtps://) on it as on its own: a refused or silent connection then fails inside
 * nodemailer's connection, which frees its pool slot. Reporting a failure through this callback
 * instead does not: nodemailer's pool settles that one send but keeps the slot busy for ever, so
 * after as many failures as the pool has connections every later send waited for good
 * (tests/integration/mail-smtp-recovery.test.ts). nodemailer's greeting timeout bounds a
 * connection that never completes.
 */
function connectWithoutNagle(
  options: SMTPPool.Options,
  callback: (error: Error | null, socketOptions: { connection: net.Socket }) => void,
): void {
  const socket = net.connect({
    host: options.host ?? "localhost",
    // nodemailer's defaults.
    port: options.port ?? (options.secure ? 465 : 587),
    noDelay: true,
  });
  callback(null, { connection: socket });
}

/** An SMTP transport holds open connections: `close()` ends them (tests, scripts). */
export interface SmtpTransport extends MailTransport {
  close(): void;
}

/**
 * Sends over SMTP with nodemailer's connection pool. A pooled connection may be dropped by the
 * mail server (a restart, an idle timeout): nodemailer then opens a new one for the next
 * message, and a message that was on the dropped connection fails instead of being retried in
 * memory (`maxRequeues: 0`), so the outbox retries it with its backoff and its lease, the one
 * retry mechanism that survives the process.
 */
export function createSmtpTransport(url: string, from: string): SmtpTransport {
  // maxRequeues is a pool option of nodemailer that @types/nodemailer does not list.
  const options: SMTPPool.Options & { maxRequeues: number } = {
    // Parsed here: given a `url`, nodemailer.createTransport ignores every other option (the pool,
    // the timeouts).
    ...parseConnectionUrl(url),
    pool: true,
    maxConnections: SMTP_POOL_CONNECTIONS,
    maxMessages: MESSAGES_PER_CONNECTION,
    maxRequeues: 0,
    getSocket: connectWithoutNagle,
    // Short timeouts: a mail server that hangs must not hold the drain's claim on a batch
    // (see the lease in outbox-drain.ts).
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  const transporter = nodemailer.createTransport(options);
  const { hostname, port, protocol } = new URL(url);
  return {
    description: `SMTP server ${protocol}//${hostname}${port ? `:${port}` : ""}`,
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { ...mail.headers, [MAIL_KIND_HEADER]: mail.kind },
      });
    },
    close() {
      transporter.close();
    },
  };
}
