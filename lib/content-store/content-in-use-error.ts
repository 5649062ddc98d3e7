/**
 * The item cannot be deleted because other content still refers to it (a facility with
 * detentions, a country with prisoners). Nothing was written; the edit page should say what
 * refers to it, or offer to archive instead.
 */
export class ContentInUseError extends Error {
  override name = "ContentInUseError";
  constructor(
    readonly entityType: string,
    readonly entityId: string,
  ) {
    super(`${entityType} ${entityId} is still referred to by other content.`);
  }
}

/** PostgreSQL's foreign_key_violation, as Prisma's raw queries report it through the pg adapter. */
export function isForeignKeyViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const meta = (
    error as {
      meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown } } };
    }
  ).meta;
  return (
    meta?.code === "23503" ||
    meta?.driverAdapterError?.cause?.originalCode === "23503" ||
    /\b23503\b|foreign key constraint/i.test(error.message)
  );
}
