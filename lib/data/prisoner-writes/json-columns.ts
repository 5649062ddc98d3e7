import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** A JSON column's value, or SQL NULL for an empty optional one. */
export function jsonOrDbNull(
  value: object | null | undefined,
): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === null || value === undefined ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}

/** A localized text the form left empty in every language, as null. */
export function emptyToNull(value: Record<string, string>): Record<string, string> | null {
  return Object.keys(value).length > 0 ? value : null;
}
