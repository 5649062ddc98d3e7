import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/auth/policy";
import { createContent } from "@/lib/content-store";
import { prisma } from "@/lib/db";
import { createStaffUser } from "../fixtures/staff-users";

/**
 * Rows for the content-store tests: staff users, and prisoners created through the store so that
 * they start with revision 1, as every item edited in the dashboard does. Everything lives in a
 * country of its own ("QS", reserved for user assignment).
 */
export const STORE_COUNTRY = "QS";

export function staffUser(role: Role): Promise<Actor> {
  return createStaffUser(role);
}

export async function storeCountry(): Promise<void> {
  await prisma.country.upsert({
    where: { code: STORE_COUNTRY },
    create: {
      code: STORE_COUNTRY,
      slug: "store-it-country",
      name: { en: "Storeland", ru: "Сторландия" },
    },
    update: {},
  });
}

/** A draft prisoner created by `actor` through the store (version 1, revision 1). */
export async function draftPrisoner(
  actor: Actor,
  name = "Ivan Petrov",
): Promise<{ id: string; version: number }> {
  await storeCountry();
  const slug = `store-it-${randomUUID()}`;
  return createContent(actor, {
    type: "prisoner",
    create: (tx) =>
      tx.prisoner.create({
        data: {
          slug,
          name: { en: name, ru: "Иван Петров" },
          sortName: name,
          countryCode: STORE_COUNTRY,
          status: "PRETRIAL_DETENTION",
          summary: { en: "Detained for a post.", ru: "Задержан за пост." },
          nameVariants: {
            create: [{ value: "Ivan Petroff", script: "LATIN", kind: "TRANSLITERATION" }],
          },
        },
        select: { id: true },
      }),
    summary: "created",
  });
}

export function revisionsOf(id: string) {
  return prisma.revision.findMany({
    where: { entityType: "Prisoner", entityId: id },
    orderBy: { number: "asc" },
  });
}

export function auditRowsOf(id: string) {
  return prisma.auditLog.findMany({
    where: { entityType: "Prisoner", entityId: id },
    orderBy: { id: "asc" },
  });
}
