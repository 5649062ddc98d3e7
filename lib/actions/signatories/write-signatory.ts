import "server-only";
import { optionalJson } from "@/lib/actions/content-editor/reference-checks";
import { InvalidFieldsError } from "@/lib/actions/staff-action";
import type { Tx } from "@/lib/content-store";
import type { LetterErrorCode } from "@/lib/validation/letter";
import type { NotableSignatoryInput } from "@/lib/validation/notable-signatory";

/**
 * Writes a notable signatory inside a content-store transaction; `id` is null when creating. It
 * never touches the verification: a new signatory is a proposal, and only an editor's verification
 * (lib/data/signatory-verification.ts) makes it public. The content store refuses an update of a
 * verified signatory by a contributor (its policy state is PUBLISHED).
 */
export async function writeSignatory(
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
