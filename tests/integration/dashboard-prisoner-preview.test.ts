import { randomUUID } from "node:crypto";
import type { PublicationState } from "@/lib/generated/prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  readPrisonerProfileRecordForPreview,
  toPrisonerProfileDto,
} from "@/lib/data/prisoner-profile";
import { ensureCountry } from "../fixtures/countries";

/**
 * The dashboard's preview of a profile against PostgreSQL: it shows the page as it will be once
 * the profile and its own timeline events are published, not only what is public today.
 */

const COUNTRY = "QV";
let prisonerId: string;

beforeAll(async () => {
  await ensureCountry({
    code: COUNTRY,
    slug: "preview-it-country",
    name: { en: "Previewland", ru: "Превью" },
  });
  const prisoner = await prisma.prisoner.create({
    data: {
      slug: `preview-it-${randomUUID().slice(0, 8)}`,
      name: { en: "Marat Preview", ru: "Марат Превью" },
      sortName: "Preview Marat",
      countryCode: COUNTRY,
      status: "PRETRIAL_DETENTION",
      summary: { en: "Detained for a post." },
    },
  });
  prisonerId = prisoner.id;
  const states: PublicationState[] = ["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"];
  for (const [index, state] of states.entries()) {
    await prisma.event.create({
      data: {
        date: new Date(Date.UTC(2025, index, 1)),
        type: "OTHER",
        title: { en: `${state} event` },
        text: { en: `What happened (${state}).` },
        state,
        prisoners: { create: { prisonerId } },
      },
    });
  }
});

describe("previewing a draft profile", () => {
  it("shows its draft, in-review and published events, newest first, but not archived ones", async () => {
    const record = await readPrisonerProfileRecordForPreview(prisonerId);
    const dto = toPrisonerProfileDto(record!, "en");
    expect(dto.events.map((event) => event.title?.text)).toEqual([
      "PUBLISHED event",
      "IN_REVIEW event",
      "DRAFT event",
    ]);
  });

  it("takes no events that belong to another profile", async () => {
    const other = await prisma.prisoner.create({
      data: {
        slug: `preview-it-other-${randomUUID().slice(0, 8)}`,
        name: { en: "Other Person" },
        sortName: "Person Other",
        countryCode: COUNTRY,
        status: "RELEASED",
        summary: { en: "Someone else." },
      },
    });
    const record = await readPrisonerProfileRecordForPreview(other.id);
    expect(record!.events).toEqual([]);
  });
});
