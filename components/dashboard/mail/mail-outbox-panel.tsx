import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AttentionBlock } from "@/components/dashboard/home/attention-block";
import { Alert } from "@/components/ui/alert";
import type { MailOutboxStateView } from "@/lib/data/mail-outbox-state";
import { SEND_ERROR_KINDS } from "@/lib/mail/send-error-kind";

/**
 * The mail outbox on the administrators' dashboard home: "Mail: 3 messages waiting, oldest 2 min;
 * no failures in the last hour", and a warning while every attempt fails (since when, what kind
 * of failure, whether the administrators were alerted). lib/mail/README.md explains the states.
 */
export async function MailOutboxPanel({ state }: { state: MailOutboxStateView }) {
  const t = await getTranslations("MailOutbox");
  const format = await getFormatter();
  /** Values for a message with "<time>{date}</time>": the moment in the page's locale. */
  const moment = (iso: string) => ({
    date: format.dateTime(new Date(iso), {
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
    }),
    time: (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>,
  });
  const kind = t(
    `kinds.${SEND_ERROR_KINDS.find((known) => known === state.lastErrorKind) ?? "other"}`,
  );
  const summary = [
    t("waiting", { count: state.waiting }),
    state.oldestWaitingSeconds === null
      ? null
      : t("oldest", { minutes: Math.floor(state.oldestWaitingSeconds / 60) }),
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <AttentionBlock
      id="mail-outbox"
      heading={t("heading")}
      summary={`${summary}; ${t("failures", { count: state.failuresLastHour })}.`}
    >
      {state.failingSince ? (
        <Alert tone="warning">
          <p>
            <span className="font-semibold">{t("warningLabel")}</span>{" "}
            {t.rich("failingSince", { ...moment(state.failingSince), kind })}
          </p>
          {state.alertSentAt ? <p>{t.rich("alertSent", moment(state.alertSentAt))}</p> : null}
        </Alert>
      ) : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {state.lastSuccessAt
          ? t.rich("lastSuccess", moment(state.lastSuccessAt))
          : t("noSuccessYet")}
        {state.lastFailureAt && !state.failingSince ? (
          <> {t.rich("lastError", { ...moment(state.lastFailureAt), kind })}</>
        ) : null}
      </p>
    </AttentionBlock>
  );
}
