import "server-only";
import { optionalJson } from "@/lib/actions/content-editor/reference-checks";
import { InvalidFieldsError } from "@/lib/actions/staff-action";
import type { Tx } from "@/lib/content-store";
import type { LetterErrorCode } from "@/lib/validation/letter";
import type { NotableSignatoryInput } from "@/lib/validation/notable-signatory";

/**
 * Writes a notable signatory inside a content-store transaction; `id` is null when creating.
 * Ticking "verified" stamps who verified and when (kept on later saves); unticking clears it.
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

  const existing = id
    ? await tx.notableSignatory.findUnique({ where: { id }, select: { verifiedAt: true } })
    : null;
  const verification = input.verified
    ? existing?.verifiedAt
      ? {}
      : { verifiedAt: new Date(), verifiedById: actorId }
    : { verifiedAt: null, verifiedById: null };
  const data = {
    letterId: input.letterId,
    name: input.name,
    office: optionalJson(input.office),
    countryCode: input.countryCode,
    position: input.position,
    verificationNote: input.verificationNote,
    ...verification,
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
