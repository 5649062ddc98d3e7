import { getFormatter, getTranslations } from "next-intl/server";
import { RevokeInvitationForm } from "@/components/auth/users/revoke-invitation-form";
import { userTableCell } from "@/components/auth/users/staff-user-table";
import { revokeInvitationAction } from "@/lib/actions/auth/revoke-invitation";
import type { PendingInvitationRow } from "@/lib/data/users";

interface InvitationTableProps {
  invitations: PendingInvitationRow[];
  permalink: string;
}

const cell = userTableCell;

/** The open invitations on the Users page, each with a form that revokes it. */
export async function InvitationTable({ invitations, permalink }: InvitationTableProps) {
  const [t, tRoles, format] = await Promise.all([
    getTranslations("Users"),
    getTranslations("DashboardShell.roles"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead className="border-b-2 border-slate-300 dark:border-slate-600">
          <tr>
            <th scope="col" className={cell}>
              {t("invitations.columns.email")}
            </th>
            <th scope="col" className={cell}>
              {t("invitations.columns.role")}
            </th>
            <th scope="col" className={cell}>
              {t("invitations.columns.status")}
            </th>
            <th scope="col" className={cell}>
              {t("invitations.columns.expires")}
            </th>
            <th scope="col" className={cell}>
              {t("invitations.columns.invitedBy")}
            </th>
            <th scope="col" className={cell}>
              {t("invitations.columns.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className={`${cell} font-normal break-all`}>
                {invitation.email}
              </th>
              <td className={cell}>{tRoles(invitation.role)}</td>
              <td className={cell}>{t(`invitations.${invitation.status}`)}</td>
              <td className={cell}>{date(invitation.expiresAt)}</td>
              <td className={cell}>{invitation.invitedBy ?? ""}</td>
              <td className={cell}>
                <RevokeInvitationForm
                  action={revokeInvitationAction}
                  invitation={invitation}
                  permalink={permalink}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
