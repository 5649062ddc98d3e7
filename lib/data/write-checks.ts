import "server-only";
import type { Tx } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentErrorCode } from "@/lib/validation/reference-item";

/**
 * What a schema cannot know, checked inside the write's transaction: that a slug is free and
 * that referenced rows exist. Problems are collected per field and thrown together, so the form
 * marks every one of them at once.
 */
export class FieldProblems {
  private readonly problems: Record<string, ContentErrorCode> = {};

  add(field: string, code: ContentErrorCode): void {
    this.problems[field] ??= code;
  }

  throwIfAny(): void {
    if (Object.keys(this.problems).length > 0) throw new InvalidFieldsError(this.problems);
  }
}

type SluggedModel = "tag" | "country" | "affiliation" | "organisation" | "facility" | "publication";

/** Whether another row of the model already has this slug (the row being edited does not count). */
export async function isSlugTaken(
  tx: Tx,
  model: SluggedModel,
  slug: string,
  ownId: string | null,
): Promise<boolean> {
  const idColumn = model === "country" ? "code" : "id";
  const table = model.charAt(0).toUpperCase() + model.slice(1);
  // Table and column names are fixed above, never taken from input.
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "${idColumn}" AS id FROM "${table}" WHERE "slug" = $1 LIMIT 1`,
    slug,
  );
  return rows.length > 0 && rows[0]!.id !== ownId;
}

export async function countryExists(tx: Tx, code: string): Promise<boolean> {
  return (await tx.country.count({ where: { code } })) > 0;
}

/** A LocalizedText column's value, or SQL NULL when no language has text. */
export function optionalJson(
  value: Record<string, unknown> | null | undefined,
): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value && Object.keys(value).length > 0 ? (value as Prisma.InputJsonValue) : Prisma.DbNull;
}

/** PostgreSQL's foreign_key_violation: another row still refers to the one being deleted. */
export function isReferencedError(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2003") return true;
  const meta = error.meta as { code?: string } | undefined;
  return error.code === "P2010" && meta?.code === "23503";
}
