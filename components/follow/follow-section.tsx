import { getTranslations } from "next-intl/server";
import { FollowForm } from "@/components/follow/follow-form";
import type { FollowTargetRef } from "@/lib/follows/follow-target-ref";

const HEADING = {
  prisoner: "headingPrisoner",
  country: "headingCountry",
  letter: "headingLetter",
} as const;
const INTRO = {
  prisoner: "introPrisoner",
  country: "introCountry",
  letter: "introLetter",
} as const;
const COUNT = {
  prisoner: "countPrisoner",
  country: "countCountry",
  letter: "countLetter",
} as const;

/**
 * "Follow this case" / "Follow <country>" / "Follow this letter" on a cached public page: the
 * number of people who follow it (only from 10 up, lib/follows/follower-counts.ts; never who) and
 * the follow form. `name` is the country's name (the other headings do not name their target).
 */
export async function FollowSection({
  target,
  name,
  count,
}: {
  target: FollowTargetRef;
  name: string;
  /** Confirmed followers as the page may show them: null for none to show. */
  count: number | null;
}) {
  const t = await getTranslations("Follow");
  return (
    <section
      aria-labelledby="follow-heading"
      className="flex flex-col gap-4 rounded-lg border border-slate-300 p-5 print:hidden dark:border-slate-600"
    >
      <h2
        id="follow-heading"
        className="text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50"
      >
        {t(HEADING[target.kind], { country: name })}
      </h2>
      <p className="text-slate-800 dark:text-slate-200">
        {t(INTRO[target.kind], { country: name })}
      </p>
      {count !== null ? (
        <p
          className="font-semibold text-slate-900 dark:text-slate-100"
          data-testid="follower-count"
        >
          {t(COUNT[target.kind], { count, country: name })}
        </p>
      ) : null}
      <FollowForm target={target} />
    </section>
  );
}
