import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { InvitationTable } from "@/components/auth/users/invitation-table";
import { InviteUserForm } from "@/components/auth/users/invite-user-form";
import { StaffUserTable } from "@/components/auth/users/staff-user-table";
import { PageHeader } from "@/components/layout/page-header";
import { inviteUserAction } from "@/lib/actions/auth/invite-user";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listOpenInvitations, listStaffUsers } from "@/lib/data/users";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { routing } from "@/lib/i18n/routing";
import { dashboardRoutes, localized } from "@/lib/routes";
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

/** Administrators: staff accounts, their roles, invitations. */
export default async function UsersPage({ params }: UsersPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  // Hidden from the menu for other roles; a typed-in address finds nothing.
  if (!can(actor, "view", { type: "user" })) notFound();
  const [users, invitations, t, tRoles, messages] = await Promise.all([
    listStaffUsers(actor),
    listOpenInvitations(actor),
    getTranslations("Users"),
    getTranslations("DashboardShell.roles"),
    getMessages(),
  ]);
  const roleOptions = ROLES.map((role) => ({ value: role, label: tRoles(role) }));
  const permalink = localized(locale, dashboardRoutes.users());

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
        <StaffUserTable
          users={users}
          actorId={actor.id}
          roleOptions={roleOptions}
          permalink={permalink}
        />
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
          <InvitationTable invitations={invitations} permalink={permalink} />
        )}
      </section>
    </NextIntlClientProvider>
  );
}
