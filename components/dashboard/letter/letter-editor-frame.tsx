import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { WorkflowPanel } from "@/components/dashboard/workflow/workflow-panel";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import type { LetterState } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { dashboardRoutes } from "@/lib/routes";

export type LetterTab = "edit" | "signatories" | "signatures" | "delivery" | "answers";

interface LetterEditorFrameProps {
  actor: Actor;
  letter: { id: string; title: string; state: LetterState; version: number; updatedAt: Date };
  tab: LetterTab;
  created?: boolean;
  children: ReactNode;
}

function tabPath(id: string, tab: LetterTab): string {
  return tab === "edit" ? dashboardRoutes.edit("letter", id) : dashboardRoutes.letterPage(id, tab);
}

/**
 * What every page of a letter's editor shares: title, version, workflow panel (draft → open →
 * closed → delivered, moves this person may make) and the tab links. Tabs a role may not use
 * (signatures and delivery are for editors) are not offered.
 */
export async function LetterEditorFrame({
  actor,
  letter,
  tab,
  created,
  children,
}: LetterEditorFrameProps) {
  const t = await getTranslations("LetterEditor");
  const tabs: LetterTab[] = [
    "edit",
    "signatories",
    ...(can(actor, "view", { type: "signature" }) ? (["signatures"] as const) : []),
    ...(can(actor, "exportDelivery", { type: "signature" }) ? (["delivery"] as const) : []),
    "answers",
  ];
  return (
    <div className="flex flex-col gap-6">
      <ItemHeader
        title={letter.title}
        version={letter.version}
        updatedAt={letter.updatedAt}
        historyHref={dashboardRoutes.history("letter", letter.id)}
        previewHref={dashboardRoutes.preview("letter", letter.id) ?? undefined}
        created={created}
      />
      <WorkflowPanel
        type="letter"
        id={letter.id}
        state={letter.state}
        version={letter.version}
        actor={actor}
        hideHistoryLink
      />
      <nav aria-label={t("tabsLabel")}>
        <ul className="flex flex-wrap gap-1 border-b border-slate-300 dark:border-slate-600">
          {tabs.map((item) => {
            const current = item === tab;
            return (
              <li key={item}>
                <Link
                  href={tabPath(letter.id, item)}
                  aria-current={current ? "page" : undefined}
                  className={clsx(
                    "inline-flex min-h-11 items-center rounded-t-md border border-b-0 px-3 font-medium",
                    current
                      ? "border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-50"
                      : "border-transparent text-accent-800 underline-offset-4 hover:underline dark:text-accent-200",
                  )}
                >
                  {t(`tabs.${item}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {children}
    </div>
  );
}
