import { createHash } from "node:crypto";
import type {
  AlertFacts,
  EventFact,
  LetterFacts,
  LocalizedJson,
  PrisonerFacts,
  PublicationFacts,
} from "./alert-facts";
import type { AlertKind } from "./alert-item";

/**
 * What happened to an item between two sets of its public facts (pure): the alerts to make. The
 * alert job passes the facts before the FIRST unprocessed write and after the LAST one, so a
 * change undone within the delay compares equal and makes nothing, and an item that is not
 * public at the end (after = null) makes nothing at all.
 *
 * Each alert has a dedupe key, unique in FollowAlert: a retried or concurrent job cannot make an
 * alert twice. Court dates and hearings within REMINDER_DAYS share their key with the reminder
 * (court-reminders.ts), so a hearing announced two days ahead is not reminded again.
 */
export const REMINDER_DAYS = 3;

export interface AlertTargets {
  prisonerIds: string[];
  countryCode: string | null;
  letterId: string | null;
}

export interface AlertDraft extends AlertTargets {
  kind: AlertKind;
  dedupeKey: string;
  /** The page the alert is about. */
  subject: {
    type: "prisoner" | "letter" | "publication";
    id: string;
    slug: string;
    name: LocalizedJson;
    /** A publication's PublicationType (its page's section). */
    section?: string;
  };
  /** The day it is about (the event's, the hearing's, the delivery's …), ISO; null when none. */
  date: string | null;
  status?: string;
  facilityId?: string;
  eventType?: string;
  title?: LocalizedJson | null;
  /** A delivery's recipient, an answer's author. */
  person?: string;
  summary?: LocalizedJson | null;
}

export interface DiffContext {
  entityId: string;
  /** The last facts row of the group: makes keys of repeatable changes (status, facility) unique. */
  lastChangeId: string;
  /** Today, ISO date (UTC). */
  today: string;
}

export function alertsOfChange(
  before: AlertFacts | null,
  after: AlertFacts | null,
  context: DiffContext,
): AlertDraft[] {
  if (!after) return [];
  if (before && before.type !== after.type) return [];
  switch (after.type) {
    case "prisoner":
      return prisonerAlerts(before as PrisonerFacts | null, after, context);
    case "letter":
      return before ? letterAlerts(before as LetterFacts, after, context) : [];
    case "publication":
      return publicationAlerts(before as PublicationFacts | null, after, context);
  }
}

function prisonerAlerts(
  before: PrisonerFacts | null,
  after: PrisonerFacts,
  { entityId, lastChangeId, today }: DiffContext,
): AlertDraft[] {
  const subject = { type: "prisoner" as const, id: entityId, slug: after.slug, name: after.name };
  const own = { prisonerIds: [entityId], countryCode: null, letterId: null };
  if (!before) {
    // Newly public: news for the country's followers only.
    if (!after.countryCode) return [];
    return [
      {
        kind: "profile",
        dedupeKey: `profile:${entityId}`,
        prisonerIds: [],
        countryCode: after.countryCode,
        letterId: null,
        subject,
        date: null,
      },
    ];
  }
  const alerts: AlertDraft[] = [];
  // A status hidden or shown (redaction) is not a change of status.
  if (before.status && after.status && before.status !== after.status) {
    alerts.push({
      kind: "status",
      dedupeKey: `status:${entityId}:${lastChangeId}`,
      ...own,
      countryCode: after.countryCode,
      subject,
      date: after.statusSince,
      status: after.status,
    });
  }
  if (before.facilityId && after.facilityId && before.facilityId !== after.facilityId) {
    alerts.push({
      kind: "transfer",
      dedupeKey: `transfer:${entityId}:${lastChangeId}`,
      ...own,
      subject,
      date: null,
      facilityId: after.facilityId,
    });
  }
  if (before.events && after.events) {
    const known = new Set(before.events.map((event) => event.id));
    for (const event of after.events.filter((item) => !known.has(item.id))) {
      alerts.push(eventAlert(event, entityId, subject, today));
    }
  }
  if (before.courtDates && after.courtDates) {
    const known = new Set(before.courtDates.map((court) => `${court.key}@${court.date}`));
    for (const court of after.courtDates) {
      if (known.has(`${court.key}@${court.date}`) || court.date < today) continue;
      alerts.push({
        kind: court.kind,
        dedupeKey: courtDateKey(entityId, court.key, court.date, today),
        ...own,
        subject,
        date: court.date,
      });
    }
  }
  return alerts;
}

function eventAlert(
  event: EventFact,
  prisonerId: string,
  subject: AlertDraft["subject"],
  today: string,
): AlertDraft {
  const court = courtKindOfEvent(event);
  const upcoming = court !== null && event.date >= today;
  return {
    kind: upcoming ? court : "event",
    dedupeKey: upcoming
      ? courtDateKey(prisonerId, `event:${event.id}`, event.date, today)
      : `event:${event.id}:${prisonerId}`,
    prisonerIds: [prisonerId],
    countryCode: null,
    letterId: null,
    subject,
    date: event.date,
    eventType: event.type,
    title: event.title,
  };
}

/** A published event that is a court date: a hearing or a verdict. */
export function courtKindOfEvent(event: EventFact): "hearing" | "verdict" | null {
  if (event.type === "HEARING" || event.type === "APPEAL") return "hearing";
  if (event.type === "VERDICT") return "verdict";
  return null;
}

/**
 * The key of a court date's alert: the reminder's own when it is within the reminder window, so
 * the announcement and the reminder are one alert.
 */
export function courtDateKey(prisonerId: string, key: string, date: string, today: string): string {
  return withinReminderWindow(date, today)
    ? `reminder:${prisonerId}:${key}:${date}`
    : `courtdate:${prisonerId}:${key}:${date}`;
}

export function withinReminderWindow(date: string, today: string): boolean {
  return date >= today && date <= addDays(today, REMINDER_DAYS);
}

export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function letterAlerts(
  before: LetterFacts,
  after: LetterFacts,
  { entityId }: DiffContext,
): AlertDraft[] {
  const subject = { type: "letter" as const, id: entityId, slug: after.slug, name: after.title };
  const targets = { prisonerIds: after.prisonerIds, countryCode: null, letterId: entityId };
  const delivered = new Set(before.deliveries.map((delivery) => delivery.id));
  const answered = new Set(before.answers.map((answer) => answer.id));
  return [
    ...after.deliveries
      .filter((delivery) => !delivered.has(delivery.id))
      .map((delivery): AlertDraft => ({
        kind: "delivery",
        dedupeKey: `delivery:${delivery.id}`,
        ...targets,
        subject,
        date: delivery.deliveredOn,
        person: delivery.recipient,
      })),
    ...after.answers
      .filter((answer) => !answered.has(answer.id))
      .map((answer): AlertDraft => ({
        kind: "answer",
        dedupeKey: `answer:${answer.id}`,
        ...targets,
        subject,
        date: answer.receivedOn,
        person: answer.answeredBy,
        summary: answer.summary,
      })),
  ];
}

function publicationAlerts(
  before: PublicationFacts | null,
  after: PublicationFacts,
  { entityId }: DiffContext,
): AlertDraft[] {
  const linked = new Set(before?.prisonerIds ?? []);
  const added = after.prisonerIds.filter((id) => !linked.has(id)).sort();
  if (added.length === 0) return [];
  const digest = createHash("sha256").update(added.join(",")).digest("hex").slice(0, 16);
  return [
    {
      kind: "publication",
      dedupeKey: `publication:${entityId}:${digest}`,
      prisonerIds: added,
      countryCode: null,
      letterId: null,
      subject: {
        type: "publication",
        id: entityId,
        slug: after.slug,
        name: after.title,
        section: after.publicationType,
      },
      date: null,
      title: after.title,
    },
  ];
}

/**
 * The reminders due on `today` for a published profile (pure): its court dates and its published
 * hearing and verdict events within the next REMINDER_DAYS days, as the profile shows them
 * (redacted sections give none). Keyed like courtDateKey, so each is made once, and not at all
 * when the date was announced within the window.
 */
export function dueCourtReminders(
  prisonerId: string,
  facts: PrisonerFacts,
  today: string,
): AlertDraft[] {
  const subject = { type: "prisoner" as const, id: prisonerId, slug: facts.slug, name: facts.name };
  const own = { prisonerIds: [prisonerId], countryCode: null, letterId: null };
  const fromCases = (facts.courtDates ?? [])
    .filter((court) => withinReminderWindow(court.date, today))
    .map((court): AlertDraft => ({
      kind: court.kind,
      dedupeKey: courtDateKey(prisonerId, court.key, court.date, today),
      ...own,
      subject,
      date: court.date,
    }));
  const fromEvents = (facts.events ?? [])
    .filter((event) => courtKindOfEvent(event) && withinReminderWindow(event.date, today))
    .map((event) => eventAlert(event, prisonerId, subject, today));
  return [...fromCases, ...fromEvents];
}
