import { getFormatter, getTranslations } from "next-intl/server";
import type { HomeFiguresDto } from "@/lib/data/home";

/**
 * The figures as a description list. The number is shown above its label but read after it
 * ("Prisoners documented: 214"), which is the order that makes sense when listening.
 */
export async function KeyFigures({ figures }: { figures: HomeFiguresDto }) {
  const [t, format] = await Promise.all([getTranslations("Home.figures"), getFormatter()]);
  const items = [
    { key: "documented", value: figures.prisonersDocumented },
    { key: "detained", value: figures.prisonersDetained },
    { key: "openLetters", value: figures.openLetters },
  ] as const;

  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      {items.map((item) => (
        <div
          key={item.key}
          className="flex flex-col-reverse justify-end gap-1 rounded-lg border border-slate-200 bg-slate-50 p-5 dark:border-slate-700 dark:bg-slate-800/60"
        >
          <dt className="flex flex-col gap-1">
            <span className="font-semibold text-slate-900 dark:text-slate-100">{t(item.key)}</span>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {t(`${item.key}Hint`)}
            </span>
          </dt>
          <dd className="text-4xl font-bold tracking-tight text-accent-800 tabular-nums dark:text-accent-200">
            {format.number(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
