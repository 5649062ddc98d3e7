import "server-only";
import { createTranslator, type Messages } from "next-intl";
import { notWithheldWhere, publishedPrisonerWhere } from "@/lib/data/prisoners";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadMessages } from "@/lib/i18n/messages";
import { resolveLocalizedTextOr } from "@/lib/i18n/resolved-text";
import { routing, type Locale } from "@/lib/i18n/routing";
import { localized, publicRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";
import type { AlertDraft } from "./alert-diff";
import { alertContentSchema, type AlertContent, type AlertItem } from "./alert-item";

type Db = Prisma.TransactionClient;

/**
 * Turns an alert draft (ids and localized JSON from the facts) into what the e-mails say in each
 * locale: names, the status's and the event type's labels as the profile shows them, the
 * facility's public name and region, the page's address. Reads only public data.
 */
export async function alertContentOf(db: Db, draft: AlertDraft): Promise<AlertContent> {
  const place = draft.facilityId ? await facilityOf(db, draft.facilityId) : null;
  const entries = await Promise.all(
    routing.locales.map(async (locale) => [locale, await itemOf(draft, locale, place)] as const),
  );
  return alertContentSchema.parse(Object.fromEntries(entries));
}

async function itemOf(
  draft: AlertDraft,
  locale: Locale,
  place: { name: unknown; region: unknown } | null,
): Promise<AlertItem> {
  const messages = (await loadMessages(locale)) as Messages;
  const t = createTranslator({ locale, messages });
  const text = (value: unknown, fallback = "") =>
    resolveLocalizedTextOr(value, locale, fallback).text;
  const subject = text(draft.subject.name, draft.subject.slug);
  const detail = detailOf(draft, place, {
    text,
    status: (status) => t(`PrisonerStatus.${status}` as never),
    eventType: (type) => t(`ProfileTimeline.eventType.${type}` as never),
  });
  return {
    kind: draft.kind,
    subject,
    url: publicUrl(localized(locale, pathOf(draft.subject))),
    date: draft.date,
    detail,
    summary: draft.summary ? text(draft.summary) || null : null,
  };
}

/** The one detail of the alert's sentence (alert-item.ts `detail`). */
function detailOf(
  draft: AlertDraft,
  place: { name: unknown; region: unknown } | null,
  labels: {
    text: (value: unknown, fallback?: string) => string;
    status: (status: string) => string;
    eventType: (type: string) => string;
  },
): string | null {
  switch (draft.kind) {
    case "status":
      return draft.status ? labels.status(draft.status) : null;
    case "transfer":
      return place
        ? [labels.text(place.name), labels.text(place.region)].filter(Boolean).join(", ") || null
        : null;
    case "event":
    case "hearing":
    case "verdict":
    case "publication": {
      const fallback = draft.eventType ? labels.eventType(draft.eventType) : "";
      return labels.text(draft.title, fallback) || null;
    }
    case "delivery":
    case "answer":
      return draft.person ?? null;
    case "profile":
      return null;
  }
}

function pathOf(subject: AlertDraft["subject"]): string {
  if (subject.type === "letter") return publicRoutes.letter(subject.slug);
  if (subject.type === "publication") {
    const type = (subject.section ?? "NEWS") as Parameters<
      typeof publicRoutes.publication
    >[0]["type"];
    return publicRoutes.publication({ type, slug: subject.slug });
  }
  return publicRoutes.prisoner(subject.slug);
}

async function facilityOf(db: Db, id: string) {
  return db.facility.findUnique({ where: { id }, select: { name: true, region: true } });
}

/**
 * The prisoners of an alert whose followers may hear of it: published profiles that do not
 * withhold the section the alert is about ("letters" for a letter's delivery or answer,
 * "publications" for a publication), as the profile itself would not show it.
 */
export async function visiblePrisonerIds(db: Db, draft: AlertDraft): Promise<string[]> {
  if (draft.prisonerIds.length === 0) return [];
  const section =
    draft.kind === "publication"
      ? "publications"
      : draft.kind === "delivery" || draft.kind === "answer"
        ? "letters"
        : null;
  const rows = await db.prisoner.findMany({
    where: {
      id: { in: draft.prisonerIds },
      ...publishedPrisonerWhere,
      ...(section ? notWithheldWhere(section) : {}),
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}
