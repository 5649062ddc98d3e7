import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { LetterDto } from "@/lib/data/letters";

/**
 * The place of a petition's signing form. The form itself comes with the signatures feature;
 * until then the page says plainly that signing online is not available, rather than showing a
 * form that does nothing.
 */
export async function LetterSigning({ letter }: { letter: Pick<LetterDto, "state"> }) {
  const t = await getTranslations("LettersPage");
  if (letter.state === "OPEN") {
    // SIGNING FORM: replace this notice with the signing form (issue "signatures").
    return <Alert tone="info">{t("signSoon")}</Alert>;
  }
  return <Alert>{t(letter.state === "DELIVERED" ? "signDelivered" : "signClosed")}</Alert>;
}
