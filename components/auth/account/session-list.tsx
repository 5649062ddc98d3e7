"use client";

import { useTranslations } from "next-intl";
import { StaffForm } from "@/components/auth/staff-form";
import type { FormState } from "@/lib/actions/staff-action-state";

type Action = (state: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/** An open session as the account page shows it (already formatted on the server). */
export interface SessionListItem {
  id: string;
  /** "Firefox on Windows", or the raw header, or a "not known" text. */
  browser: string;
  address: string;
  lastSeen: string;
  signedInAt: string;
  current: boolean;
}

/**
 * The account's open sessions (browser, address, when signed in and last seen), each but the
 * current one with "Sign out this session". A table, so that screen readers announce the column
 * of each value; no scrolling wrapper (long values wrap), so nothing scrolls without focus.
 */
export function SessionList({
  action,
  sessions,
  permalink,
}: {
  action: Action;
  sessions: SessionListItem[];
  permalink: string;
}) {
  const t = useTranslations("Account.sessions");
  return (
    <table className="w-full text-start">
      <caption className="sr-only">{t("listCaption")}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className="py-2 pe-4 text-start font-semibold">
            {t("browser")}
          </th>
          <th scope="col" className="py-2 pe-4 text-start font-semibold">
            {t("address")}
          </th>
          <th scope="col" className="py-2 pe-4 text-start font-semibold">
            {t("lastSeen")}
          </th>
          <th scope="col" className="py-2 text-start font-semibold">
            <span className="sr-only">{t("actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr
            key={session.id}
            className="border-b border-slate-200 align-top dark:border-slate-700"
          >
            <td className="py-2 pe-4 break-words">
              {session.browser}
              <span className="block text-sm text-slate-700 dark:text-slate-300">
                {t("signedInAt", { at: session.signedInAt })}
              </span>
            </td>
            <td className="py-2 pe-4 break-all">{session.address}</td>
            <td className="py-2 pe-4">{session.lastSeen}</td>
            <td className="py-2">
              {session.current ? (
                <strong>{t("current")}</strong>
              ) : (
                <StaffForm
                  action={action}
                  permalink={permalink}
                  submitLabel={t("signOutOne")}
                  submitAriaLabel={t("signOutOneLabel", {
                    browser: session.browser,
                    lastSeen: session.lastSeen,
                  })}
                  submitVariant="secondary"
                  successMessage={t("signedOutOne")}
                  idPrefix={`session-${session.id}-`}
                >
                  <input type="hidden" name="sessionId" value={session.id} />
                </StaffForm>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
