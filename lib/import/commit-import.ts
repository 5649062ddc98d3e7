import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/session";
import { diffSnapshots } from "@/lib/content-store/diff-snapshots";
import { bumpVersion, lockRow } from "@/lib/content-store/locked-row";
import {
  publicChangesOfWrite,
  recordPublicChanges,
  type PublicChangeWrite,
} from "@/lib/content-store/record-public-change";
import { recordRevision } from "@/lib/content-store/record-revision";
import { registryEntry } from "@/lib/content-store/registry";
import type { WriteContext } from "@/lib/content-store/types";
import { parseLocalizedText, type LocalizedText } from "@/lib/content-model/localized";
import { revalidateContent } from "@/lib/data/cache";
import { prisma } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  checkImportRows,
  MERGEABLE_PATHS,
  type CheckedRow,
} from "@/lib/import/build-import-preview";
import type { ImportDecision, ImportPreview } from "@/lib/import/import-preview-types";
import { parseImportCsv, type ImportFileError } from "@/lib/import/parse-import-csv";
import type { PrisonerCoreColumns } from "@/lib/validation/prisoner";

/** Why the confirm step wrote nothing (message keys of Import.commitErrors). */
export type ImportCommitProblem =
  /** The file is not the one previewed, or no longer readable. */
  | "fileChanged"
  /** Some rows have errors now (e.g. a slug taken since the preview). */
  | "invalidRows"
  /** A row's decision is missing or does not fit the row (a merge target not offered). */
  | "decisionInvalid";

export class ImportNotCommittedError extends Error {
  override name = "ImportNotCommittedError";
  constructor(
    readonly problem: ImportCommitProblem,
    /** The preview as it is now, to show again; null when the file cannot be read. */
    readonly preview: ImportPreview | null,
    readonly fileError?: ImportFileError,
  ) {
    super(`Import not committed: ${problem}`);
  }
}

export interface ImportOutcome {
  created: string[];
  merged: string[];
  skipped: number;
}

/** The whole import may write a thousand profiles with their revisions. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

/**
 * Writes a previewed import: in ONE transaction, the file is checked again (rows, addresses and
 * duplicates as they are now, under the transaction's view of the data), every decision is
 * checked against that, and then each row is created as a DRAFT profile or merged into the
 * existing profile chosen, each with its Revision and AuditLog row, plus one audit row for the
 * import as a whole. Anything wrong (a changed file, a row invalid now, a merge target edited since
 * the preview: ConflictError) rolls everything back: nothing is half-imported.
 *
 * The content store's createContent/updateContent each run their own transaction, so this uses
 * its building blocks (lockRow, bumpVersion, recordRevision, the prisoner registry's snapshot)
 * inside one transaction of its own: revisions and audit rows are the same as for an edit.
 */
export async function commitImport(
  actor: Actor | null,
  input: {
    csvText: string;
    fileHash: string;
    decisions: Record<number, ImportDecision | undefined>;
    context?: WriteContext;
  },
): Promise<ImportOutcome> {
  authorize(actor, "import", { type: "prisoner" });
  const parsed = parseImportCsv(input.csvText);
  if (!parsed.ok) throw new ImportNotCommittedError("fileChanged", null, parsed.error);

  const entry = registryEntry("prisoner");
  const { outcome, tags } = await prisma.$transaction(async (tx) => {
    const { preview, checked } = await checkImportRows(tx, input.csvText, parsed.rows);
    if (preview.fileHash !== input.fileHash) {
      throw new ImportNotCommittedError("fileChanged", preview);
    }
    const plan = checked.map((row) => ({ row, decision: input.decisions[row.preview.index] }));
    for (const { row, decision } of plan) {
      if (!decision) throw new ImportNotCommittedError("decisionInvalid", preview);
      if (decision.action === "skip") continue;
      if (!row.columns) throw new ImportNotCommittedError("invalidRows", preview);
      if (decision.action === "merge") {
        const target = row.preview.existingDuplicates.find((d) => d.id === decision.targetId);
        const offered = new Set(target?.comparisons.map((c) => c.path));
        if (!target || decision.fields.some((path) => !offered.has(path))) {
          throw new ImportNotCommittedError("decisionInvalid", preview);
        }
      }
    }

    const outcome: ImportOutcome = { created: [], merged: [], skipped: 0 };
    const tags = new Set<string>();
    // Rows are drafts: only a merge into a published profile changes what the public sees.
    const publicChanges: PublicChangeWrite[] = [];
    for (const { row, decision } of plan) {
      if (decision!.action === "skip") {
        outcome.skipped++;
        continue;
      }
      if (decision!.action === "create") {
        authorize(actor, "create", { type: "prisoner", state: "DRAFT" });
        const id = await createDraft(tx, actor, row.columns!);
        const snapshot = (await entry.loadSnapshot(tx, id))!;
        await recordRevision(tx, actor, entry, {
          id,
          number: 1,
          snapshot,
          summary: `CSV import, line ${row.preview.line}`,
          action: "import",
          changes: diffSnapshots({}, snapshot),
          context: input.context,
        });
        outcome.created.push(id);
        for (const tag of await entry.cacheTags(tx, id, snapshot)) tags.add(tag);
        continue;
      }

      const merge = decision as Extract<ImportDecision, { action: "merge" }>;
      const locked = await lockRow(tx, entry, merge.targetId);
      authorize(actor, "update", { type: "prisoner", state: locked.state ?? "DRAFT" });
      const before = (await entry.loadSnapshot(tx, merge.targetId))!;
      if (locked.version !== merge.expectedVersion) {
        throw new ConflictError(
          "prisoner",
          merge.targetId,
          merge.expectedVersion,
          locked.version,
          [],
        );
      }
      await mergeFields(tx, merge.targetId, row, merge.fields);
      const version = await bumpVersion(tx, entry, merge.targetId, actor.id);
      const snapshot = (await entry.loadSnapshot(tx, merge.targetId))!;
      await recordRevision(tx, actor, entry, {
        id: merge.targetId,
        number: version,
        snapshot,
        summary: `CSV import, line ${row.preview.line} (merged)`,
        action: "import",
        changes: diffSnapshots(before, snapshot),
        context: input.context,
      });
      publicChanges.push(
        ...(await publicChangesOfWrite(tx, entry, merge.targetId, before, snapshot)),
      );
      outcome.merged.push(merge.targetId);
      for (const tag of await entry.cacheTags(tx, merge.targetId, snapshot)) tags.add(tag);
    }

    await recordAudit(tx, {
      actor,
      action: "prisoner.import_file",
      entityType: "Prisoner",
      ip: input.context?.ip,
      userAgent: input.context?.userAgent,
      details: {
        fileHash: preview.fileHash,
        rows: preview.counts.rows,
        created: outcome.created.length,
        merged: outcome.merged.length,
        skipped: outcome.skipped,
      },
    });
    // Last, as the feed's writes must be (record-public-change.ts).
    await recordPublicChanges(tx, publicChanges);
    return { outcome, tags: [...tags] };
  }, TRANSACTION_OPTIONS);

  revalidateContent(...tags);
  return outcome;
}

async function createDraft(
  tx: Prisma.TransactionClient,
  actor: Actor,
  columns: PrisonerCoreColumns,
): Promise<string> {
  const created = await tx.prisoner.create({
    data: {
      ...columns,
      region: columns.region ?? undefined,
      occupation: columns.occupation ?? undefined,
      state: "DRAFT",
      createdById: actor.id,
      updatedById: actor.id,
    },
    select: { id: true },
  });
  await tx.prisonerStatusChange.create({
    data: {
      prisonerId: created.id,
      status: columns.status,
      effectiveOn: columns.statusSince,
      effectiveOnPrecision: columns.statusSincePrecision,
    },
  });
  return created.id;
}

function withLocale(current: unknown, locale: string, text: string | undefined): LocalizedText {
  let value: LocalizedText = {};
  try {
    value = parseLocalizedText(current);
  } catch {
    // A damaged stored value is replaced by what the import brings.
  }
  return { ...value, ...(text ? { [locale]: text } : {}) };
}

/** Writes the chosen fields of a row into an existing profile (its address is kept). */
async function mergeFields(
  tx: Prisma.TransactionClient,
  id: string,
  row: CheckedRow,
  fields: string[],
): Promise<void> {
  const columns = row.columns!;
  const current = await tx.prisoner.findUniqueOrThrow({ where: { id } });
  const data: Prisma.PrisonerUncheckedUpdateInput = {};
  for (const path of fields) {
    if (!MERGEABLE_PATHS.includes(path)) continue;
    const [field, locale] = path.split(".") as [string, string | undefined];
    if (locale) {
      const key = field as "name" | "region" | "occupation" | "summary";
      const base = (data[key] as unknown) ?? current[key];
      data[key] = withLocale(base, locale, columns[key]?.[locale as "en"]);
      continue;
    }
    switch (field) {
      case "birthDate":
        data.birthDate = columns.birthDate;
        if (columns.birthYear !== null) data.birthYear = columns.birthYear;
        break;
      case "statusSince":
        data.statusSince = columns.statusSince;
        data.statusSincePrecision = columns.statusSincePrecision;
        break;
      case "arrestedOn":
        data.arrestedOn = columns.arrestedOn;
        data.arrestedOnPrecision = columns.arrestedOnPrecision;
        break;
      case "sortName":
      case "gender":
      case "birthYear":
      case "citizenships":
      case "countryCode":
      case "roles":
      case "status":
        (data as Record<string, unknown>)[field] = columns[field];
        break;
    }
  }
  await tx.prisoner.update({ where: { id }, data });
  if (data.status !== undefined && data.status !== current.status) {
    await tx.prisonerStatusChange.create({
      data: {
        prisonerId: id,
        status: columns.status,
        effectiveOn: columns.statusSince,
        effectiveOnPrecision: columns.statusSincePrecision,
      },
    });
  }
}
