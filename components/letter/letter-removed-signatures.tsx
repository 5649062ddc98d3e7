import { getFormatter, getTranslations } from "next-intl/server";
import type { LetterSignatureFiguresDto } from "@/lib/data/signature-counts";
import { isInvalidationReason } from "@/lib/signing/invalidation-reasons";

/**
 * "12 signatures were removed after review: sent automatically: 10, false name: 2". Published so
 * that readers can trust the count: removed signatures are never silently subtracted.
 */
export async function LetterRemovedSignatures({
  figures,
}: {
  figures: Pick<LetterSignatureFiguresDto, "removed" | "removedTotal">;
}) {
  if (figures.removedTotal === 0) return null;
  const [t, format] = await Promise.all([getTranslations("Signing"), getFormatter()]);
  return (
    <div className="text-sm text-slate-700 dark:text-slate-300">
      <p>{t("removed", { count: figures.removedTotal })}</p>
      <ul className="list-disc ps-5">
        {figures.removed.map((row) => (
          <li key={row.reason}>
            {t("removedReason", {
              reason: t(
                `removedReasons.${isInvalidationReason(row.reason) ? row.reason : "other"}`,
              ),
              count: format.number(row.count),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
