import { getFormatter, getTranslations } from "next-intl/server";
import { UserRowActions } from "@/components/auth/users/user-row-actions";
import { Badge } from "@/components/ui/badge";
import { changeUserRoleAction } from "@/lib/actions/auth/change-user-role";
import { setUserDisabledAction } from "@/lib/actions/auth/set-user-disabled";
import type { StaffUserRow } from "@/lib/data/users";

interface StaffUserTableProps {
  users: StaffUserRow[];
  /** The signed-in administrator: marked "(you)" and offered no actions on their own row. */
  actorId: string;
  roleOptions: { value: string; label: string }[];
  permalink: string;
}

/** The cells of the Users page's tables (this one and the invitations'). */
export const userTableCell = "px-3 py-3 align-top";
const cell = userTableCell;

/** The staff accounts on the Users page, each with its role, status and row actions. */
export async function StaffUserTable({
  users,
  actorId,
  roleOptions,
  permalink,
}: StaffUserTableProps) {
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
              {t("columns.name")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.role")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.status")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.lastSignIn")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.twoFactor")}
            </th>
            <th scope="col" className={cell}>
              {t("columns.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className={`${cell} font-normal`}>
                <span className="font-semibold">{user.name}</span>
                {user.id === actorId ? ` ${t("you")}` : null}
                <br />
                <span className="text-sm break-all text-slate-700 dark:text-slate-300">
                  {user.email}
                </span>
              </th>
              <td className={cell}>{tRoles(user.role)}</td>
              <td className={cell}>
                <Badge tone={user.disabled ? "danger" : "success"}>
                  {user.disabled ? t("disabled") : t("active")}
                </Badge>
              </td>
              <td className={cell}>{user.lastSignInAt ? date(user.lastSignInAt) : t("never")}</td>
              <td className={cell}>
                {user.twoFactorEnabled ? t("twoFactorOn") : t("twoFactorOff")}
              </td>
              <td className={cell}>
                {user.id === actorId ? null : (
                  <UserRowActions
                    user={user}
                    actions={{
                      changeRole: changeUserRoleAction,
                      setDisabled: setUserDisabledAction,
                    }}
                    roleOptions={roleOptions}
                    permalink={permalink}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
