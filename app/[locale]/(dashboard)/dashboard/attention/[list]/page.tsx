import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  contentEntries,
  dateEntries,
  profileEntries,
} from "@/components/dashboard/home/attention-entries";
import { AttentionList } from "@/components/dashboard/home/attention-list";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/layout/pagination";
import { requireActor } from "@/lib/auth/session";
import {
  ATTENTION_LISTS,
  getAttentionListPage,
  type AttentionListName,
  type AttentionListPage,
} from "@/lib/data/attention-lists";
import { ForbiddenError } from "@/lib/errors";
import { getPageLocale } from "@/lib/i18n/page-locale";
import { dashboardRoutes } from "@/lib/routes";

interface AttentionListProps {
  params: Promise<{ locale: string; list: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The message select's key of a list ("court-dates" → "courtDates"). */
function messageKey(list: AttentionListName): string {
  return list.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** The block's count sentence, which is also the list's. */
const COUNT_MESSAGES = {
  "stale-profiles": "stale.count",
  releases: "releases.count",
  "court-dates": "courtDates.count",
  "my-drafts": "drafts.count",
} as const satisfies Record<AttentionListName, string>;

function listOf(value: string): AttentionListName | null {
  return (ATTENTION_LISTS as readonly string[]).includes(value)
    ? (value as AttentionListName)
    : null;
}

export async function generateMetadata({ params }: AttentionListProps): Promise<Metadata> {
  const { list } = await params;
  const locale = await getPageLocale(params);
  const name = listOf(list);
  if (!name) return {};
  const t = await getTranslations({ locale, namespace: "DashboardHome" });
  return { title: t("listTitle", { list: messageKey(name) }) };
}

async function entriesOf(page: AttentionListPage) {
  switch (page.list) {
    case "stale-profiles":
      return profileEntries(page.items);
    case "releases":
    case "court-dates":
      return dateEntries(page.items);
    case "my-drafts":
      return contentEntries(page.items, "drafts.changed");
  }
}

/** The full list behind a block of the dashboard home, a page at a time. */
export default async function AttentionListPage({ params, searchParams }: AttentionListProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const name = listOf((await params).list);
  if (!name) notFound();
  const rawPage = (await searchParams).page;
  const requested = Number(Array.isArray(rawPage) ? rawPage[0] : rawPage);
  const [t, page] = await Promise.all([
    getTranslations("DashboardHome"),
    getAttentionListPage(actor, locale, name, Number.isFinite(requested) ? requested : 1).catch(
      (error: unknown) => {
        // A role that does not see the block on the home page does not see its list either.
        if (error instanceof ForbiddenError) forbidden();
        throw error;
      },
    ),
  ]);
  const key = messageKey(name);
  const scope = "datesOfDraftsOnly" in page && page.datesOfDraftsOnly ? ` ${t("draftsOnly")}` : "";
  return (
    <>
      <PageHeader
        title={t("listTitle", { list: key })}
        lead={`${t("listLead", { list: key })}${scope}`}
      />
      <p role="status" className="mb-4 font-semibold">
        {t(COUNT_MESSAGES[name], { count: page.total })}
      </p>
      <AttentionList entries={await entriesOf(page)} />
      <Pagination
        basePath={dashboardRoutes.attention(name)}
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        pageSize={page.pageSize}
        prefetch={false}
      />
    </>
  );
}
