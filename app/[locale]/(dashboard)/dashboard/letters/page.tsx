import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ContentListPage } from "@/components/dashboard/content/content-list-page";
import { ContentTable } from "@/components/dashboard/content/content-table";
import { WorkflowStateBadge } from "@/components/dashboard/workflow/workflow-state-badge";
import { TextLink } from "@/components/ui/text-link";
import { requireActor } from "@/lib/auth/session";
import { listDashboardLetters } from "@/lib/data/dashboard-letters";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { LETTER_KINDS, parseLetterListQuery } from "@/lib/validation/letter";
import { dashboardRoutes } from "@/lib/routes";

interface LettersPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: LettersPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "LetterEditor" });
  return { title: t("title") };
}

const STATES = ["DRAFT", "OPEN", "CLOSED", "DELIVERED"] as const;

/** Letters and petitions in every state, newest changes first, filtered by state and kind. */
export default async function LettersPage({ params, searchParams }: LettersPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const query = parseLetterListQuery(await searchParams);
  const [t, tState, format, list] = await Promise.all([
    getTranslations("LetterEditor"),
    getTranslations("Workflow.states"),
    getFormatter(),
    listDashboardLetters(
      actor,
      { q: query.q, page: query.page, state: query.state, kind: query.kind },
      locale,
    ),
  ]);
  return (
    <ContentListPage
      actor={actor}
      type="letter"
      title={t("title")}
      lead={t("lead")}
      newLabel={t("new")}
      query={query}
      filters={[
        {
          name: "state",
          label: t("list.stateLabel"),
          placeholder: t("list.anyState"),
          options: STATES.map((state) => ({ value: state, label: tState(state) })),
          value: query.state ?? "",
        },
        {
          name: "kind",
          label: t("fields.kind"),
          placeholder: t("list.anyKind"),
          options: LETTER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          value: query.kind ?? "",
        },
      ]}
      list={list}
    >
      <ContentTable
        caption={t("caption")}
        items={list.items}
        rowKey={(item) => item.id}
        columns={[
          {
            key: "title",
            header: t("fields.title"),
            rowHeader: true,
            cell: (item) => (
              <TextLink href={dashboardRoutes.edit("letter", item.id)}>{item.title}</TextLink>
            ),
          },
          { key: "kind", header: t("fields.kind"), cell: (item) => t(`kinds.${item.kind}`) },
          {
            key: "state",
            header: t("list.stateLabel"),
            cell: (item) => <WorkflowStateBadge state={item.state} label={tState(item.state)} />,
          },
          {
            key: "deadline",
            header: t("fields.deadline"),
            cell: (item) =>
              item.deadline
                ? format.dateTime(item.deadline, { dateStyle: "medium", timeZone: "UTC" })
                : "—",
          },
          {
            key: "updated",
            header: t("list.updated"),
            cell: (item) => format.dateTime(item.updatedAt, { dateStyle: "medium" }),
          },
        ]}
      />
    </ContentListPage>
  );
}
