import { getTranslations } from "next-intl/server";
import { Localized } from "@/components/ui/localized";
import type { LetterListItemDto } from "@/lib/data/letters";

/** "To Kassym-Jomart Tokayev, President of the Republic of Kazakhstan". */
export async function LetterAddressee({
  letter,
}: {
  letter: Pick<LetterListItemDto, "addresseeName" | "addresseeOffice">;
}) {
  if (!letter.addresseeName) return null;
  const t = await getTranslations("Letters");
  return (
    <>
      {t("addressedTo")} <Localized value={letter.addresseeName} />
      {letter.addresseeOffice ? (
        <>
          , <Localized value={letter.addresseeOffice} />
        </>
      ) : null}
    </>
  );
}
