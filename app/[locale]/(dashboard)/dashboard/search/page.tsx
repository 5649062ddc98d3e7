import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardSearchForm } from "@/components/dashboard/search/dashboard-search-form";
import {
  SearchResultGroup,
  type SearchHit,
} from "@/components/dashboard/search/search-result-group";
import { PageHeader } from "@/components/layout/page-header";
import { can, type Actor, type ContentType } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { listDashboardLetters } from "@/lib/data/dashboard-letters";
import { listDashboardPrisoners } from "@/lib/data/dashboard-prisoners";
import { listDashboardPublications } from "@/lib/data/dashboard-publications";
import { listDashboardSources } from "@/lib/data/dashboard-sources";
import { getPageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { dashboardRoutes } from "@/lib/routes";

interface SearchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Shorter text matches too much to be useful and costs a scan of every name. */
const MIN_QUERY = 2;
const MAX_QUERY = 200;
/** Matches shown per kind; the rest are a click away, paged, in the kind's own list. */
const HITS_PER_GROUP = 10;

export async function generateMetadata({ params }: SearchPageProps): Promise<Metadata> {
  const locale = await getPageLocale(params);
  const t = await getTranslations({ locale, namespace: "DashboardFrame.search" });
  return { title: t("title") };
}

interface Group {
  key: "prisoners" | "publications" | "letters" | "sources";
  type: ContentType;
  total: number;
  hits: SearchHit[];
}

/**
 * The dashboard header's search: prisoners, publications, letters and sources whose names or
 * titles contain the text, through the same searches (and authorisation) as their lists. A kind
 * the person's role may not view is not searched.
 */
export default async function DashboardSearchPage({ params, searchParams }: SearchPageProps) {
  const locale = await getPageLocale(params);
  const actor = await requireActor(locale);
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, MAX_QUERY) ?? "";
  const t = await getTranslations("DashboardFrame.search");
  const groups = q.length >= MIN_QUERY ? await searchAll(actor, q, locale) : null;
  const found = groups?.some((group) => group.total > 0) ?? false;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <DashboardSearchForm
        locale={locale}
        defaultValue={q}
        idPrefix="search-page"
        landmarkLabel={t("title")}
        className="mb-8"
      />
      <div role="status" className="mb-6">
        {groups === null ? (
          <p>{t("prompt")}</p>
        ) : found ? (
          <p className="font-semibold">{t("resultsFor", { q })}</p>
        ) : (
          <p>{t("nothing", { q })}</p>
        )}
      </div>
      {groups && found ? (
        <div className="flex flex-col gap-8">
          {groups.map((group) => (
            <SearchResultGroup
              key={group.key}
              id={group.key}
              title={t(`groups.${group.key}`)}
              query={q}
              total={group.total}
              hits={group.hits}
              listHref={`${dashboardRoutes.list(group.type)}?${new URLSearchParams({ q })}`}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}

async function searchAll(actor: Actor, q: string, locale: Locale): Promise<Group[]> {
  const allowed = (type: ContentType) => can(actor, "view", { type });
  const searches: Promise<Group>[] = [];
  if (allowed("prisoner")) {
    searches.push(
      listDashboardPrisoners(actor, { q }, locale, HITS_PER_GROUP).then((list) => ({
        key: "prisoners",
        type: "prisoner",
        total: list.total,
        hits: list.items.map((item) => ({
          id: item.id,
          label: item.name,
          href: dashboardRoutes.prisonerTab(item.id, ""),
        })),
      })),
    );
  }
  if (allowed("publication")) {
    searches.push(
      listDashboardPublications(actor, { q }, locale).then((list) => ({
        key: "publications",
        type: "publication",
        total: list.total,
        hits: list.items.slice(0, HITS_PER_GROUP).map((item) => ({
          id: item.id,
          label: item.title,
          href: dashboardRoutes.edit("publication", item.id),
        })),
      })),
    );
  }
  if (allowed("letter")) {
    searches.push(
      listDashboardLetters(actor, { q }, locale).then((list) => ({
        key: "letters",
        type: "letter",
        total: list.total,
        hits: list.items.slice(0, HITS_PER_GROUP).map((item) => ({
          id: item.id,
          label: item.title,
          href: dashboardRoutes.edit("letter", item.id),
        })),
      })),
    );
  }
  if (allowed("source")) {
    searches.push(
      listDashboardSources(actor, { q }, HITS_PER_GROUP).then((list) => ({
        key: "sources",
        type: "source",
        total: list.total,
        hits: list.items.map((item) => ({
          id: item.id,
          label: item.title,
          href: dashboardRoutes.edit("source", item.id),
          detail: item.publisher ?? undefined,
        })),
      })),
    );
  }
  return Promise.all(searches);
}
