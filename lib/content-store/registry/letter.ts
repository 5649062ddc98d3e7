import { cacheTags } from "@/lib/data/cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { json, jsonOrNull, localized, rows, toSnapshot } from "../snapshot-json";
import type { ContentRegistryEntry, Snapshot, Tx } from "../types";
import { existingIds } from "./existing-ids";
import { restoreLetterAnswerRows } from "./letter-answer-rows";
import { CONTENT_KINDS } from "../content-kinds";

/**
 * A letter with the prisoners and countries it concerns, its deliveries, and the text version
 * offered now. Texts are immutable LetterVersions (signatures point at them), so a restore points
 * the letter back at the old version instead of rewriting any text.
 */
async function loadSnapshot(tx: Tx, id: string): Promise<Snapshot | null> {
  const row = await tx.letter.findUnique({
    where: { id },
    include: {
      currentVersion: { select: { id: true, number: true, title: true, body: true } },
      prisoners: { select: { prisonerId: true, prisoner: { select: { name: true } } } },
      countries: { select: { countryCode: true } },
      deliveries: { omit: { letterId: true }, orderBy: [{ deliveredOn: "asc" }, { id: "asc" }] },
      thresholds: { select: { count: true, label: true }, orderBy: { count: "asc" } },
      answers: {
        omit: { letterId: true, createdAt: true, updatedAt: true },
        orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) return null;
  return toSnapshot({
    ...row,
    prisoners: row.prisoners
      .map(({ prisonerId, prisoner }) => ({ prisonerId, name: prisoner.name }))
      .sort((a, b) => a.prisonerId.localeCompare(b.prisonerId)),
    countries: row.countries.map((country) => country.countryCode).sort(),
  });
}

async function restoreSnapshot(tx: Tx, id: string, snapshot: Snapshot): Promise<void> {
  const versionId = snapshot.currentVersionId ? String(snapshot.currentVersionId) : null;
  const version = versionId
    ? await tx.letterVersion.findFirst({
        where: { id: versionId, letterId: id },
        select: { id: true },
      })
    : null;
  await tx.letter.update({
    where: { id },
    data: {
      slug: String(snapshot.slug),
      kind: snapshot.kind as Prisma.LetterUpdateInput["kind"],
      title: json(snapshot.title),
      summary: jsonOrNull(snapshot.summary),
      addresseeName: json(snapshot.addresseeName),
      addresseeOffice: jsonOrNull(snapshot.addresseeOffice),
      sentOn: (snapshot.sentOn as string | null) ?? null,
      goal: (snapshot.goal as number | null) ?? null,
      deadline: (snapshot.deadline as string | null) ?? null,
      ...(version ? { currentVersionId: version.id } : {}),
    },
  });
  await tx.letterPrisoner.deleteMany({ where: { letterId: id } });
  await tx.letterCountry.deleteMany({ where: { letterId: id } });
  await tx.letterDelivery.deleteMany({ where: { letterId: id } });

  const prisoners = await existingIds(
    tx,
    "prisoner",
    rows(snapshot, "prisoners").map((p) => String(p.prisonerId)),
  );
  if (prisoners.size > 0) {
    await tx.letterPrisoner.createMany({
      data: [...prisoners].map((prisonerId) => ({ letterId: id, prisonerId })),
    });
  }
  const codes = Array.isArray(snapshot.countries) ? snapshot.countries.map(String) : [];
  const countries = await existingIds(tx, "country", codes);
  if (countries.size > 0) {
    await tx.letterCountry.createMany({
      data: [...countries].map((countryCode) => ({ letterId: id, countryCode })),
    });
  }
  const deliveries = rows(snapshot, "deliveries").map((delivery) => ({
    id: String(delivery.id),
    letterId: id,
    deliveredOn: String(delivery.deliveredOn),
    recipient: String(delivery.recipient),
    method: (delivery.method ?? null) as Prisma.LetterDeliveryCreateManyInput["method"],
    note: jsonOrNull(delivery.note),
    responseReceivedOn: (delivery.responseReceivedOn as string | null) ?? null,
    response: jsonOrNull(delivery.response),
  }));
  if (deliveries.length > 0) await tx.letterDelivery.createMany({ data: deliveries });
  await restoreLetterAnswerRows(tx, id, snapshot);
}

export const letterEntry: ContentRegistryEntry = {
  type: "letter",
  ...CONTENT_KINDS.letter,
  table: "Letter",
  idColumn: "id",
  loadSnapshot,
  restoreSnapshot,
  async cacheTags(_tx, id) {
    return [cacheTags.letters, cacheTags.letter(id)];
  },
  label: (snapshot, locale) => localized(snapshot.title, locale) || String(snapshot.slug ?? ""),
};
