import { describe, expect, it } from "vitest";
import type { Snapshot } from "@/lib/content-store/types";
import {
  addDays,
  alertsOfChange,
  dueCourtReminders,
  type DiffContext,
} from "@/lib/follows/alerts/alert-diff";
import { alertFactsOf, type PrisonerFacts } from "@/lib/follows/alerts/alert-facts";

const TODAY = "2027-01-10";
const context: DiffContext = { entityId: "p1", lastChangeId: "42", today: TODAY };

function prisoner(overrides: Snapshot = {}): Snapshot {
  return {
    id: "p1",
    slug: "anna-k",
    name: { en: "Anna K.", ru: "Анна К." },
    state: "PUBLISHED",
    countryCode: "BY",
    status: "PRETRIAL_DETENTION",
    statusSince: "2026-03-01T00:00:00.000Z",
    redactedFields: [],
    detentions: [
      { id: "d1", facilityId: "sizo-1", startedOn: "2026-03-01T00:00:00.000Z", endedOn: null },
    ],
    events: [],
    cases: [],
    internal: { notes: "secret plan" },
    ...overrides,
  };
}

function diff(before: Snapshot | null, after: Snapshot | null) {
  return alertsOfChange(alertFactsOf("prisoner", before), alertFactsOf("prisoner", after), context);
}

const event = (id: string, state: string, date: string, type = "STATEMENT") => ({
  id,
  state,
  date: `${date}T00:00:00.000Z`,
  type,
  title: { en: `Event ${id}` },
});

describe("prisoner alert facts and their net change", () => {
  it("a transfer (the open detention's facility changed) is one transfer alert", () => {
    const after = prisoner({
      detentions: [
        { id: "d1", facilityId: "sizo-1", startedOn: "2026-03-01", endedOn: "2026-12-01" },
        { id: "d2", facilityId: "ik-3", startedOn: "2026-12-01", endedOn: null },
      ],
    });
    const alerts = diff(prisoner(), after);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: "transfer",
      facilityId: "ik-3",
      prisonerIds: ["p1"],
      countryCode: null,
      dedupeKey: "transfer:p1:42",
    });
  });

  it("a change reverted within the delay compares equal and makes nothing", () => {
    // first row's before = the original; last row's after = the original again
    expect(diff(prisoner(), prisoner())).toEqual([]);
  });

  it("a status change reaches the prisoner's and the country's followers", () => {
    const alerts = diff(prisoner(), prisoner({ status: "IMPRISONED", statusSince: "2027-01-05" }));
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: "status",
        status: "IMPRISONED",
        date: "2027-01-05",
        countryCode: "BY",
        prisonerIds: ["p1"],
      }),
    ]);
  });

  it("a redacted status makes no alert and is not in the facts", () => {
    const redacted = { redactedFields: ["status"] };
    expect(diff(prisoner(redacted), prisoner({ ...redacted, status: "IMPRISONED" }))).toEqual([]);
    expect(diff(prisoner(), prisoner({ ...redacted, status: "IMPRISONED" }))).toEqual([]);
    const facts = alertFactsOf("prisoner", prisoner({ ...redacted, status: "IMPRISONED" }));
    expect(JSON.stringify(facts)).not.toContain("IMPRISONED");
  });

  it("redacted detentions hide the facility: no transfer", () => {
    const hidden = { redactedFields: ["detentions"] };
    const moved = prisoner({
      ...hidden,
      detentions: [{ id: "d2", facilityId: "ik-3", startedOn: "2026-12-01", endedOn: null }],
    });
    expect(diff(prisoner(hidden), moved)).toEqual([]);
    expect(JSON.stringify(alertFactsOf("prisoner", moved))).not.toContain("ik-3");
  });

  it("internal data never enters the facts", () => {
    expect(JSON.stringify(alertFactsOf("prisoner", prisoner()))).not.toContain("secret plan");
  });

  it("an event published makes an event alert; a draft event makes none", () => {
    const draft = prisoner({ events: [event("e1", "DRAFT", "2026-12-20")] });
    const published = prisoner({ events: [event("e1", "PUBLISHED", "2026-12-20")] });
    expect(diff(prisoner(), draft)).toEqual([]);
    expect(diff(draft, published)).toEqual([
      expect.objectContaining({ kind: "event", dedupeKey: "event:e1:p1", date: "2026-12-20" }),
    ]);
  });

  it("un-redacting the timeline is not news", () => {
    const events = [event("e1", "PUBLISHED", "2026-12-20")];
    expect(diff(prisoner({ events, redactedFields: ["events"] }), prisoner({ events }))).toEqual(
      [],
    );
  });

  it("a profile that stops being public, or never was, makes nothing", () => {
    expect(diff(prisoner(), prisoner({ state: "DRAFT", status: "RELEASED" }))).toEqual([]);
    expect(
      diff(prisoner({ state: "DRAFT" }), prisoner({ state: "DRAFT", status: "RELEASED" })),
    ).toEqual([]);
  });

  it("a newly published profile is news for its country's followers only", () => {
    expect(diff(prisoner({ state: "DRAFT" }), prisoner())).toEqual([
      expect.objectContaining({ kind: "profile", prisonerIds: [], countryCode: "BY" }),
    ]);
  });
});

describe("hearings and verdicts", () => {
  const withCase = (trial: string | null, verdict: string | null) =>
    prisoner({ cases: [{ id: "c1", trialStartedOn: trial, verdictOn: verdict }] });

  it("a court date set ahead is announced; one in the past is not", () => {
    const alerts = diff(withCase(null, null), withCase("2026-12-01", "2027-02-01"));
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: "verdict",
        date: "2027-02-01",
        dedupeKey: "courtdate:p1:c1:verdict:2027-02-01",
      }),
    ]);
  });

  it("a reminder is due within three days of the date, once, and shares the key of an announcement made in that window", () => {
    const facts = alertFactsOf("prisoner", withCase(addDays(TODAY, 2), addDays(TODAY, 5)));
    const due = dueCourtReminders("p1", facts as PrisonerFacts, TODAY);
    expect(due).toEqual([
      expect.objectContaining({
        kind: "hearing",
        date: "2027-01-12",
        dedupeKey: "reminder:p1:c1:trial:2027-01-12",
      }),
    ]);
    const announced = diff(withCase(null, null), withCase(addDays(TODAY, 2), null));
    expect(announced.map((alert) => alert.dedupeKey)).toEqual([due[0]!.dedupeKey]);
  });

  it("published hearing events are reminded; drafts and redacted cases are not", () => {
    const snapshot = prisoner({
      events: [
        event("h1", "PUBLISHED", "2027-01-11", "HEARING"),
        event("h2", "DRAFT", "2027-01-11", "HEARING"),
      ],
      cases: [{ id: "c1", trialStartedOn: "2027-01-11", verdictOn: null }],
      redactedFields: ["cases"],
    });
    const due = dueCourtReminders("p1", alertFactsOf("prisoner", snapshot) as PrisonerFacts, TODAY);
    expect(due.map((alert) => alert.dedupeKey)).toEqual(["reminder:p1:event:h1:2027-01-11"]);
  });
});

describe("letters and publications", () => {
  const letter = (overrides: Snapshot = {}): Snapshot => ({
    id: "l1",
    slug: "free-anna",
    state: "OPEN",
    title: { en: "Free Anna" },
    prisoners: [{ prisonerId: "p1", name: { en: "Anna" } }],
    deliveries: [],
    answers: [],
    ...overrides,
  });
  const letterContext = { ...context, entityId: "l1" };

  it("a delivery and a published answer are alerts for the letter's and its prisoners' followers", () => {
    const after = letter({
      deliveries: [{ id: "dl1", deliveredOn: "2027-01-09", recipient: "The Ministry" }],
      answers: [
        {
          id: "a1",
          state: "PUBLISHED",
          receivedOn: "2027-01-10",
          answeredBy: "The Minister",
          summary: { en: "No." },
        },
        { id: "a2", state: "DRAFT", receivedOn: "2027-01-10", answeredBy: "Secret", summary: null },
      ],
    });
    const alerts = alertsOfChange(
      alertFactsOf("letter", letter()),
      alertFactsOf("letter", after),
      letterContext,
    );
    expect(
      alerts.map((alert) => [alert.kind, alert.dedupeKey, alert.letterId, alert.prisonerIds]),
    ).toEqual([
      ["delivery", "delivery:dl1", "l1", ["p1"]],
      ["answer", "answer:a1", "l1", ["p1"]],
    ]);
  });

  it("a publication newly linked to a prisoner is one alert for that prisoner", () => {
    const publication = (prisoners: string[], state = "PUBLISHED"): Snapshot => ({
      id: "n1",
      slug: "news-1",
      type: "NEWS",
      state,
      title: { en: "News" },
      prisoners: prisoners.map((prisonerId) => ({ prisonerId, name: {} })),
    });
    const ctx = { ...context, entityId: "n1" };
    const draft = alertFactsOf("publication", publication(["p1"], "DRAFT"));
    const published = alertsOfChange(draft, alertFactsOf("publication", publication(["p1"])), ctx);
    expect(published).toEqual([
      expect.objectContaining({ kind: "publication", prisonerIds: ["p1"] }),
    ]);
    const more = alertsOfChange(
      alertFactsOf("publication", publication(["p1"])),
      alertFactsOf("publication", publication(["p1", "p2"])),
      ctx,
    );
    expect(more).toEqual([expect.objectContaining({ prisonerIds: ["p2"] })]);
  });
});
