import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { InviteUserForm } from "@/components/auth/users/invite-user-form";
import { RevokeInvitationForm } from "@/components/auth/users/revoke-invitation-form";
import { UserRowActions } from "@/components/auth/users/user-row-actions";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { changeUserRoleAction } from "@/lib/auth/actions/change-user-role";
import { inviteUserAction } from "@/lib/auth/actions/invite-user";
import { revokeInvitationAction } from "@/lib/auth/actions/revoke-invitation";
import { setUserDisabledAction } from "@/lib/auth/actions/set-user-disabled";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listOpenInvitations, listStaffUsers } from "@/lib/data/users";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { ROLES } from "@/lib/validation/auth";

interface UsersPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: UsersPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Users" });
  return { title: t("title") };
}

const cell = "px-3 py-3 align-top";

/** Administrators: staff accounts, their roles, invitations. */
export default async function UsersPage({ params }: UsersPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  // Hidden from the menu for other roles; a typed-in address finds nothing.
  if (!can(actor, "view", { type: "user" })) notFound();
  const [users, invitations, t, tRoles, format, messages] = await Promise.all([
    listStaffUsers(actor),
    listOpenInvitations(actor),
    getTranslations("Users"),
    getTranslations("DashboardShell.roles"),
    getFormatter(),
    getMessages(),
  ]);
  const roleOptions = ROLES.map((role) => ({ value: role, label: tRoles(role) }));
  const permalink = `/${locale}/dashboard/users`;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });

  return (
    <NextIntlClientProvider
      messages={{
        Users: messages.Users,
        StaffAction: messages.StaffAction,
        EditorForm: messages.EditorForm,
        DashboardShell: messages.DashboardShell,
      }}
    >
      <PageHeader title={t("title")} lead={t("lead")} />

      <section aria-labelledby="users-heading" className="mb-12">
        <h2 id="users-heading" className="mb-4 text-2xl font-semibold">
          {t("listHeading")}
        </h2>
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
                    {user.id === actor.id ? ` ${t("you")}` : null}
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
                  <td className={cell}>
                    {user.lastSignInAt ? date(user.lastSignInAt) : t("never")}
                  </td>
                  <td className={cell}>
                    {user.twoFactorEnabled ? t("twoFactorOn") : t("twoFactorOff")}
                  </td>
                  <td className={cell}>
                    {user.id === actor.id ? null : (
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
      </section>

      <section aria-labelledby="invite-heading" className="mb-12 max-w-xl">
        <h2 id="invite-heading" className="mb-2 text-2xl font-semibold">
          {t("invite.heading")}
        </h2>
        <p className="mb-4 text-slate-700 dark:text-slate-300">{t("invite.lead")}</p>
        <InviteUserForm action={inviteUserAction} permalink={permalink} roleOptions={roleOptions} />
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="mb-4 text-2xl font-semibold">
          {t("invitations.heading")}
        </h2>
        {invitations.length === 0 ? (
          <p>{t("invitations.empty")}</p>
        ) : (
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
                  <tr
                    key={invitation.id}
                    className="border-b border-slate-200 dark:border-slate-700"
                  >
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
        )}
      </section>
    </NextIntlClientProvider>
  );
}
