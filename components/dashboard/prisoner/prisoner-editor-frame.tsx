import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ItemBreadcrumbs } from "@/components/dashboard/breadcrumbs/item-breadcrumbs";
import { TranslationStatus } from "@/components/dashboard/form/translation-status";
import { PrisonerEditorMessages } from "@/components/dashboard/prisoner/prisoner-editor-messages";
import { PRISONER_TABS, type PrisonerTab } from "@/components/dashboard/prisoner/prisoner-tabs";
import { WorkflowPanel } from "@/components/dashboard/workflow/workflow-panel";
import { PageHeader } from "@/components/layout/page-header";
import type { Actor } from "@/lib/auth/policy";
import type { PublicationState } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { dashboardRoutes, publicRoutes } from "@/lib/routes";
import type { TranslationStatus as Status } from "@/lib/validation/localized";

interface PrisonerEditorFrameProps {
  actor: Actor;
  prisoner: { id: string; slug: string; name: string; state: PublicationState; version: number };
  translation: Status;
  tab: PrisonerTab;
  children: ReactNode;
}

/**
 * What every tab of the prisoner editor shares: the name, the translation status, the workflow
 * panel (state and the moves this person may make) and the tab links. Each tab is its own route
 * with its own form, so a save sends one part of the profile.
 */
export async function PrisonerEditorFrame({
  actor,
  prisoner,
  translation,
  tab,
  children,
}: PrisonerEditorFrameProps) {
  const t = await getTranslations("PrisonerEditor");
  return (
    <PrisonerEditorMessages>
      <div className="flex flex-col gap-6">
        <ItemBreadcrumbs title={prisoner.name} />
        <PageHeader title={t("editTitle", { name: prisoner.name })}>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {t("translation")}: <TranslationStatus status={translation} />
            </span>
            {prisoner.state === "PUBLISHED" ? (
              <Link
                href={publicRoutes.prisoner(prisoner.slug)}
                className="text-accent-800 underline underline-offset-2 dark:text-accent-200"
              >
                {t("viewPublic")}
              </Link>
            ) : null}
          </div>
        </PageHeader>
        <WorkflowPanel
          type="prisoner"
          id={prisoner.id}
          state={prisoner.state}
          version={prisoner.version}
          actor={actor}
        />
        <nav aria-label={t("tabsLabel")}>
          <ul className="flex flex-wrap gap-1 border-b border-slate-300 dark:border-slate-600">
            {PRISONER_TABS.map((item) => {
              const current = item.key === tab;
              return (
                <li key={item.key}>
                  <Link
                    href={dashboardRoutes.prisonerTab(prisoner.id, item.tab)}
                    aria-current={current ? "page" : undefined}
                    className={clsx(
                      "inline-flex min-h-11 items-center rounded-t-md border border-b-0 px-3 font-medium",
                      current
                        ? "border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-50"
                        : "border-transparent text-accent-800 underline-offset-4 hover:underline dark:text-accent-200",
                    )}
                  >
                    {t(`tabs.${item.key}`)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {children}
      </div>
    </PrisonerEditorMessages>
  );
}
