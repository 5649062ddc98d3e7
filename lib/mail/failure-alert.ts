import type { PrismaClient } from "@/lib/generated/prisma/client";
import { knownLocaleOr, type Locale } from "@/lib/i18n/routing";
import { DELIVERY_STATE_ID, readOutboxState } from "@/lib/mail/delivery-state";
import { MAIL_PAYLOAD_SCHEMAS } from "@/lib/mail/mail-kinds";
import type { MailTransport } from "@/lib/mail/mail-transport";
import { outboxMessageId } from "@/lib/mail/message-id";
import { describeSendError } from "@/lib/mail/outbox-drain";
import { renderMail } from "@/lib/mail/render-mail";
import { withinSendTimeout } from "@/lib/mail/send-timeout";
import { dashboardRoutes, localized } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";

/** How long mail must have been failing before the administrators are told. */
export const FAILURE_ALERT_AFTER_MS = 15 * 60_000;
const DIRECT_SEND_TIMEOUT_MS = 30_000;

export interface FailureAlertOptions {
  now?: Date;
  /** Defaults to FAILURE_ALERT_AFTER_MS; tests shorten it. */
  failingForMs?: number;
  /** VIGIL_ALERT_SMTP_URL's transport: the alert is also sent through it at once. */
  directTransport?: MailTransport | null;
}

interface AlertRow {
  id: string;
  to: string;
  locale: Locale;
  payload: (typeof MAIL_PAYLOAD_SCHEMAS)["mail.delivery_failing"]["_output"];
}

/**
 * Alerts the administrators when mail has been failing for 15 minutes: once per failing period
 * (delivery-state.ts), whatever the number of servers and restarts, because the "alerted" mark is
 * taken by one conditional UPDATE in the same transaction that queues the alert e-mails. The
 * alert goes through the outbox like any e-mail, with a Message-ID of its own outbox row, so it
 * arrives with the first mail that gets through; with VIGIL_ALERT_SMTP_URL it is also sent
 * through that other server at once (same Message-ID, so a mailbox that gets both shows one).
 * Returns the number of administrators alerted (0 when no alert was due).
 */
export async function raiseFailureAlertIfDue(
  db: PrismaClient,
  options: FailureAlertOptions = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - (options.failingForMs ?? FAILURE_ALERT_AFTER_MS));
  const rows = await db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ failingSince: Date }[]>`
      UPDATE "MailDeliveryState"
      SET "alertedFailingSince" = "failingSince", "alertSentAt" = ${now.toISOString()}::timestamp(3)
      WHERE id = ${DELIVERY_STATE_ID}
        AND "failingSince" <= ${cutoff.toISOString()}::timestamp(3)
        AND "alertedFailingSince" IS DISTINCT FROM "failingSince"
      RETURNING "failingSince"`;
    const failingSince = claimed[0]?.failingSince;
    if (!failingSince) return [];
    const state = await readOutboxState(tx, now);
    const admins = await tx.user.findMany({
      where: { role: "ADMIN", disabledAt: null, passwordHash: { not: null } },
      select: { email: true, locale: true },
      orderBy: { createdAt: "asc" },
    });
    const created: AlertRow[] = [];
    for (const admin of admins) {
      const locale = knownLocaleOr(admin.locale);
      const payload = MAIL_PAYLOAD_SCHEMAS["mail.delivery_failing"].parse({
        failingSince: failingSince.toISOString(),
        waiting: state.waiting,
        oldestWaitingMinutes:
          state.oldestWaitingSeconds === null ? null : Math.floor(state.oldestWaitingSeconds / 60),
        lastErrorKind: state.lastErrorKind,
        dashboardUrl: publicUrl(localized(locale, dashboardRoutes.home())),
      });
      // Written here rather than through enqueueMail, which is "server-only": this module runs
      // in the worker, outside the React server layer (README.md).
      const row = await tx.outboxMessage.create({
        data: {
          kind: "mail.delivery_failing",
          to: admin.email,
          locale,
          payload,
          nextAttemptAt: now,
        },
        select: { id: true },
      });
      created.push({ id: row.id, to: admin.email, locale, payload });
    }
    console.error(
      `[mail] Mail has been failing since ${failingSince.toISOString()}; ${created.length} administrator(s) alerted through the outbox.`,
    );
    return created;
  });
  if (options.directTransport) await sendDirectly(options.directTransport, rows);
  return rows.length;
}

/** The second route: failures are logged, never thrown (the outbox copy is still queued). */
async function sendDirectly(transport: MailTransport, rows: AlertRow[]): Promise<void> {
  for (const row of rows) {
    try {
      const rendered = await renderMail({
        kind: "mail.delivery_failing",
        locale: row.locale,
        payload: row.payload,
      });
      await withinSendTimeout(
        transport.send({
          ...rendered,
          kind: "mail.delivery_failing",
          to: row.to,
          messageId: outboxMessageId(row.id),
        }),
        DIRECT_SEND_TIMEOUT_MS,
      );
      console.info(`[mail] Failure alert ${row.id} sent through the ${transport.description}.`);
    } catch (error) {
      console.error(
        `[mail] Failure alert ${row.id} could not be sent through the ${transport.description}; it waits in the outbox: ${describeSendError(error)}`,
      );
    }
  }
}
