import { cacheTags } from "@/lib/data/cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { json, jsonOrNull, localized, rows, toSnapshot } from "../snapshot-json";
import type { ContentRegistryEntry, Snapshot, Tx } from "../types";
import { existingIds } from "./existing-ids";
import { CONTENT_KINDS } from "../content-kinds";

/** A publication with its attachments and the prisoners and countries it concerns. */
async function loadSnapshot(tx: Tx, id: string): Promise<Snapshot | null> {
  const row = await tx.publication.findUnique({
    where: { id },
    include: {
      attachments: { omit: { publicationId: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      prisoners: { select: { prisonerId: true, prisoner: { select: { name: true } } } },
      countries: { select: { countryCode: true } },
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
  const cover = snapshot.coverImageId ? String(snapshot.coverImageId) : null;
  const covers = await existingIds(tx, "mediaAsset", cover ? [cover] : []);
  await tx.publication.update({
    where: { id },
    data: {
      slug: String(snapshot.slug),
      type: snapshot.type as Prisma.PublicationUpdateInput["type"],
      title: json(snapshot.title),
      summary: json(snapshot.summary),
      body: json(snapshot.body),
      publishedOn: (snapshot.publishedOn as string | null) ?? null,
      coverImageId: cover && covers.has(cover) ? cover : null,
    },
  });
  await tx.publicationAttachment.deleteMany({ where: { publicationId: id } });
  await tx.publicationPrisoner.deleteMany({ where: { publicationId: id } });
  await tx.publicationCountry.deleteMany({ where: { publicationId: id } });

  const attachments = rows(snapshot, "attachments");
  const assets = await existingIds(
    tx,
    "mediaAsset",
    attachments.map((a) => String(a.assetId)),
  );
  const attachmentData = attachments
    .filter((attachment) => assets.has(String(attachment.assetId)))
    .map((attachment) => ({
      id: String(attachment.id),
      publicationId: id,
      assetId: String(attachment.assetId),
      title: jsonOrNull(attachment.title),
      position: Number(attachment.position ?? 0),
    }));
  if (attachmentData.length > 0)
    await tx.publicationAttachment.createMany({ data: attachmentData });

  const prisoners = await existingIds(
    tx,
    "prisoner",
    rows(snapshot, "prisoners").map((p) => String(p.prisonerId)),
  );
  if (prisoners.size > 0) {
    await tx.publicationPrisoner.createMany({
      data: [...prisoners].map((prisonerId) => ({ publicationId: id, prisonerId })),
    });
  }
  const codes = Array.isArray(snapshot.countries) ? snapshot.countries.map(String) : [];
  const countries = await existingIds(tx, "country", codes);
  if (countries.size > 0) {
    await tx.publicationCountry.createMany({
      data: [...countries].map((countryCode) => ({ publicationId: id, countryCode })),
    });
  }
}

export const publicationEntry: ContentRegistryEntry = {
  type: "publication",
  ...CONTENT_KINDS.publication,
  table: "Publication",
  idColumn: "id",
  loadSnapshot,
  restoreSnapshot,
  async cacheTags(_tx, id) {
    return [cacheTags.publications, cacheTags.publication(id)];
  },
  label: (snapshot, locale) => localized(snapshot.title, locale) || String(snapshot.slug ?? ""),
};
