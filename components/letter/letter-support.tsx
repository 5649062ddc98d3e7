import { getFormatter, getTranslations } from "next-intl/server";
import type { LetterListItemDto } from "@/lib/data/letters";

type LetterSupport = Pick<
  LetterListItemDto,
  "kind" | "signatureCount" | "notableSignatoryCount" | "notableSignatoryNames"
>;

/**
 * Who stands behind a letter, in one or two lines: the public signatures of a petition and the
 * notable signatories ("8 notable signatories · Signed by J. Stetina, P. Austrevicius, T. Kelam
 * and 5 others").
 */
export async function LetterSupport({ letter }: { letter: LetterSupport }) {
  const [t, format] = await Promise.all([getTranslations("LettersPage"), getFormatter()]);
  const shown = letter.notableSignatoryNames;
  const more = letter.notableSignatoryCount - shown.length;
  const names = format.list(shown, { type: more > 0 ? "unit" : "conjunction" });
  return (
    <div className="flex flex-col gap-1 text-sm text-slate-800 dark:text-slate-200">
      {letter.kind === "PETITION" ? (
        <p className="font-semibold">{t("signatures", { count: letter.signatureCount })}</p>
      ) : null}
      {letter.notableSignatoryCount > 0 ? (
        <p>
          <span className="font-semibold">
            {t("notableSignatories", { count: letter.notableSignatoryCount })}
          </span>
          {shown.length > 0 ? (
            <>
              {": "}
              {more > 0 ? t("andMore", { names, count: more }) : names}
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
