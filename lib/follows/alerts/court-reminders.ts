import "server-only";
import { registryEntry } from "@/lib/content-store/registry";
import { prisma } from "@/lib/db";
import { addDays, dueCourtReminders, REMINDER_DAYS } from "./alert-diff";
import { alertFactsOf, type PrisonerFacts } from "./alert-facts";
import { insertAlert } from "./detect-alerts";

/**
 * The daily reminder of hearings and verdicts a few days ahead (REMINDER_DAYS), once per date:
 * for each published profile with a court date or a published hearing or verdict event in the
 * window, its alert facts are computed from its current snapshot with the same pure function as
 * the change feed's (so redactions apply exactly as on the profile), and the due reminders are
 * inserted under their dedupe keys (never twice, not after an announcement within the window).
 */
export async function remindCourtDates(options: { now?: Date; signal?: AbortSignal } = {}) {
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const until = addDays(today, REMINDER_DAYS);
  const candidates = await prisma.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Prisoner" AS p
    WHERE p."state" = 'PUBLISHED' AND (
      EXISTS (SELECT 1 FROM "Case" AS c WHERE c."prisonerId" = p."id"
              AND (c."trialStartedOn" BETWEEN ${today}::date AND ${until}::date
                   OR c."verdictOn" BETWEEN ${today}::date AND ${until}::date))
      OR EXISTS (SELECT 1 FROM "EventPrisoner" AS ep JOIN "Event" AS e ON e."id" = ep."eventId"
                 WHERE ep."prisonerId" = p."id" AND e."state" = 'PUBLISHED'
                   AND e."type" IN ('HEARING', 'APPEAL', 'VERDICT')
                   AND e."date" BETWEEN ${today}::date AND ${until}::date))`;
  let alerts = 0;
  for (const { id } of candidates) {
    if (options.signal?.aborted) break;
    alerts += await prisma.$transaction(async (tx) => {
      const facts = alertFactsOf("prisoner", await registryEntry("prisoner").loadSnapshot(tx, id));
      if (!facts) return 0;
      let made = 0;
      for (const draft of dueCourtReminders(id, facts as PrisonerFacts, today)) {
        made += await insertAlert(tx, draft);
      }
      return made;
    });
  }
  return { prisoners: candidates.length, alerts };
}
