import "server-only";
import { optionalJson } from "@/lib/data/write-checks";
import type { Actor } from "@/lib/auth/policy";
import { createContent, updateContent, type Tx } from "@/lib/content-store";
import { InvalidFieldsError } from "@/lib/errors";
import type { RequestContext } from "@/lib/security/request-context";
import type { LetterErrorCode } from "@/lib/validation/letter";
import type { NotableSignatoryInput } from "@/lib/validation/notable-signatory";

/**
 * Writes of a notable signatory as its editor saves it, through the content store (lock, version
 * check, revision and audit row in one transaction; the content store asks the policy). Its
 * verification is signatory-verification.ts; removing one is the content store's deleteContent.
 */

/** Adds a notable signatory to a letter. */
export async function createNotableSignatory(
  actor: Actor,
  input: NotableSignatoryInput,
  context: RequestContext,
): Promise<{ id: string; version: number }> {
  return createContent(actor, {
    type: "notableSignatory",
    create: (tx) => writeSignatory(tx, input, null, actor.id),
    summary: "created",
    context,
  });
}

/** Saves a notable signatory edited on version `expectedVersion`. */
export async function saveNotableSignatoryEdit(
  actor: Actor,
  input: NotableSignatoryInput & { id: string; expectedVersion: number },
  context: RequestContext,
): Promise<{ version: number }> {
  return updateContent(actor, {
    type: "notableSignatory",
    id: input.id,
    expectedVersion: input.expectedVersion,
    apply: async (tx) => {
      await writeSignatory(tx, input, input.id, actor.id);
    },
    context,
  });
}

/**
 * Writes a notable signatory inside a content-store transaction; `id` is null when creating. It
 * never touches the verification: a new signatory is a proposal, and only an editor's verification
 * (lib/data/signatory-verification.ts) makes it public. The content store refuses an update of a
 * verified signatory by a contributor (its policy state is PUBLISHED).
 */
async function writeSignatory(
  tx: Tx,
  input: NotableSignatoryInput,
  id: string | null,
  actorId: string,
): Promise<{ id: string }> {
  // Keys of LetterEditor.errors, the action's message namespace.
  const problems: Record<string, LetterErrorCode> = {};
  if ((await tx.letter.count({ where: { id: input.letterId } })) === 0) {
    problems.letterId = "letterUnknown";
  }
  if (input.countryCode && (await tx.country.count({ where: { code: input.countryCode } })) === 0) {
    problems.countryCode = "countryUnknown";
  }
  if (Object.keys(problems).length > 0) throw new InvalidFieldsError(problems);

  const data = {
    letterId: input.letterId,
    name: input.name,
    office: optionalJson(input.office),
    countryCode: input.countryCode,
    position: input.position,
    updatedById: actorId,
  };
  const row = id
    ? await tx.notableSignatory.update({ where: { id }, data, select: { id: true } })
    : await tx.notableSignatory.create({
        data: { ...data, createdById: actorId },
        select: { id: true },
      });
  return row;
}
