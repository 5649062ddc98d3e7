import { getTranslations } from "next-intl/server";
import { SignatureForm } from "@/components/letter/signature-form";
import { Alert } from "@/components/ui/alert";
import type { LetterDto } from "@/lib/data/letters";

/**
 * A petition's signing section: the sign form while the petition is open, otherwise a plain
 * statement that it no longer accepts signatures (the signing handler refuses them too).
 */
export async function LetterSigning({
  letter,
}: {
  letter: Pick<LetterDto, "slug" | "state" | "deadline" | "signingVersionId">;
}) {
  const t = await getTranslations("LettersPage");
  const deadlinePassed = letter.deadline !== null && new Date(letter.deadline) <= new Date();
  if (letter.state === "OPEN" && !deadlinePassed) {
    const versionId = letter.signingVersionId;
    // A petition without a text cannot be signed: there is nothing to record as signed.
    if (versionId) return <SignatureForm slug={letter.slug} letterVersionId={versionId} />;
    return <Alert>{t("signClosed")}</Alert>;
  }
  return <Alert>{t(letter.state === "DELIVERED" ? "signDelivered" : "signClosed")}</Alert>;
}
