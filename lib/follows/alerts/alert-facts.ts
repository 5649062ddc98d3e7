import type { Snapshot, SnapshotValue } from "@/lib/content-store/types";

/**
 * The facts of a public item that alerts are made of, as the PUBLIC sees them, from the content
 * store's snapshot of the item (pure). The change feed records them before and after each write
 * (lib/content-store/record-public-change.ts); the alert job compares them (alert-diff.ts).
 *
 * Redactions are applied exactly as the public profile applies them
 * (lib/data/prisoner-profile/record.ts): "status" hides the status, "detentions" the facility,
 * "events" the timeline, "cases" the case dates, "country"/"countryCode" the country. Only
 * PUBLISHED timeline events count, and only published letter answers. A snapshot of an item the
 * public cannot see (a draft) has no facts: null.
 */
export type LocalizedJson = { [locale: string]: string };

export interface PrisonerFacts {
  type: "prisoner";
  slug: string;
  name: LocalizedJson;
  /** The prosecuting state; null when redacted. */
  countryCode: string | null;
  /** PrisonerStatus; null when redacted. */
  status: string | null;
  statusSince: string | null;
  /** The open detention's facility; null when there is none or detentions are redacted. */
  facilityId: string | null;
  /** Published timeline events; null when redacted (so that un-redacting is not news). */
  events: EventFact[] | null;
  /** Court dates from the cases (trial start, verdict); null when cases are redacted. */
  courtDates: CourtDate[] | null;
}

export interface EventFact {
  id: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  type: string;
  title: LocalizedJson | null;
}

export interface CourtDate {
  /** What makes it one date: "<case id>:trial" or "<case id>:verdict". */
  key: string;
  kind: "hearing" | "verdict";
  date: string;
}

export interface LetterFacts {
  type: "letter";
  slug: string;
  title: LocalizedJson;
  prisonerIds: string[];
  deliveries: { id: string; deliveredOn: string; recipient: string }[];
  /** Published answers only. */
  answers: { id: string; receivedOn: string; answeredBy: string; summary: LocalizedJson | null }[];
}

export interface PublicationFacts {
  type: "publication";
  slug: string;
  /** PublicationType: which section its page is in. */
  publicationType: string;
  title: LocalizedJson;
  prisonerIds: string[];
}

export type AlertFacts = PrisonerFacts | LetterFacts | PublicationFacts;

/** The content types whose writes carry facts. */
export type FactsType = AlertFacts["type"];

export function hasAlertFacts(type: string): type is FactsType {
  return type === "prisoner" || type === "letter" || type === "publication";
}

/** The item's alert facts, or null when the public cannot see it. */
export function alertFactsOf(type: FactsType, snapshot: Snapshot | null): AlertFacts | null {
  if (!snapshot) return null;
  if (type === "prisoner") return prisonerFacts(snapshot);
  if (type === "letter") return letterFacts(snapshot);
  return publicationFacts(snapshot);
}

function prisonerFacts(snapshot: Snapshot): PrisonerFacts | null {
  if (snapshot.state !== "PUBLISHED") return null;
  const redacted = new Set(strings(snapshot.redactedFields));
  const hidden = (...fields: string[]) => fields.some((field) => redacted.has(field));
  return {
    type: "prisoner",
    slug: text(snapshot.slug) ?? "",
    name: localizedOf(snapshot.name) ?? {},
    countryCode: hidden("country", "countryCode") ? null : text(snapshot.countryCode),
    status: hidden("status") ? null : text(snapshot.status),
    statusSince: hidden("status", "statusSince") ? null : isoDate(snapshot.statusSince),
    facilityId: hidden("detentions") ? null : openFacility(snapshot.detentions),
    events: hidden("events") ? null : publishedEvents(snapshot.events),
    courtDates: hidden("cases") ? null : courtDatesOf(snapshot.cases),
  };
}

function letterFacts(snapshot: Snapshot): LetterFacts | null {
  if (!snapshot.state || snapshot.state === "DRAFT") return null;
  return {
    type: "letter",
    slug: text(snapshot.slug) ?? "",
    title: localizedOf(snapshot.title) ?? {},
    prisonerIds: records(snapshot.prisoners).flatMap((p) => text(p.prisonerId) ?? []),
    deliveries: records(snapshot.deliveries).map((delivery) => ({
      id: text(delivery.id) ?? "",
      deliveredOn: isoDate(delivery.deliveredOn) ?? "",
      recipient: text(delivery.recipient) ?? "",
    })),
    answers: records(snapshot.answers)
      .filter((answer) => answer.state === "PUBLISHED")
      .map((answer) => ({
        id: text(answer.id) ?? "",
        receivedOn: isoDate(answer.receivedOn) ?? "",
        answeredBy: text(answer.answeredBy) ?? "",
        summary: localizedOf(answer.summary),
      })),
  };
}

function publicationFacts(snapshot: Snapshot): PublicationFacts | null {
  if (snapshot.state !== "PUBLISHED") return null;
  return {
    type: "publication",
    slug: text(snapshot.slug) ?? "",
    publicationType: text(snapshot.type) ?? "NEWS",
    title: localizedOf(snapshot.title) ?? {},
    prisonerIds: records(snapshot.prisoners).flatMap((p) => text(p.prisonerId) ?? []),
  };
}

/** The open detention (no end date) that started last: where the profile says the person is. */
function openFacility(value: SnapshotValue | undefined): string | null {
  const open = records(value).filter((detention) => detention.endedOn === null);
  const latest = open.sort((a, b) =>
    (isoDate(a.startedOn) ?? "").localeCompare(isoDate(b.startedOn) ?? ""),
  );
  return text(latest.at(-1)?.facilityId) ?? null;
}

function publishedEvents(value: SnapshotValue | undefined): EventFact[] {
  return records(value)
    .filter((event) => event.state === "PUBLISHED")
    .map((event) => ({
      id: text(event.id) ?? "",
      date: isoDate(event.date) ?? "",
      type: text(event.type) ?? "OTHER",
      title: localizedOf(event.title),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

function courtDatesOf(value: SnapshotValue | undefined): CourtDate[] {
  return records(value).flatMap((item) => {
    const id = text(item.id) ?? "";
    const dates: CourtDate[] = [];
    const trial = isoDate(item.trialStartedOn);
    const verdict = isoDate(item.verdictOn);
    if (trial) dates.push({ key: `${id}:trial`, kind: "hearing", date: trial });
    if (verdict) dates.push({ key: `${id}:verdict`, kind: "verdict", date: verdict });
    return dates;
  });
}

type SnapshotRecord = { [key: string]: SnapshotValue };

function records(value: SnapshotValue | undefined): SnapshotRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is SnapshotRecord =>
      item !== null && typeof item === "object" && !Array.isArray(item),
  );
}

function strings(value: SnapshotValue | undefined): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}

function text(value: SnapshotValue | undefined): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** Snapshot dates are ISO strings ("2026-01-12T00:00:00.000Z" or "2026-01-12"): the day. */
function isoDate(value: SnapshotValue | undefined): string | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function localizedOf(value: SnapshotValue | undefined): LocalizedJson | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
  );
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}
