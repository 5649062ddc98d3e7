import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { FollowerPageDto } from "@/lib/follows/follower-page";
import { FOLLOW_CADENCES } from "@/lib/follows/follow-form";
import { followTargetPath } from "@/lib/follows/follow-target-ref";
import { Link } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { apiRoutes } from "@/lib/routes";

const headingClass = "text-2xl font-bold tracking-tight text-slate-900 dark:text-slate-50";

/**
 * A follower's page of follows: what it follows (each with its own "stop" button), how often and
 * in which language it hears from us, and "forget me". Every form is plain HTML posting to the
 * manage handler with its `action`; the answer is this page again with the result.
 */
export async function ManageFollows({
  token,
  locale,
  follower,
}: {
  token: string;
  locale: Locale;
  follower: FollowerPageDto;
}) {
  const t = await getTranslations("Follow");
  const action = apiRoutes.followManage(token);
  const hidden = (name: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="action" value={name} />
    </>
  );
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="follows-heading" className="flex flex-col gap-4">
        <h2 id="follows-heading" className={headingClass}>
          {t("manageFollowsHeading")}
        </h2>
        {follower.follows.length === 0 ? (
          <p className="text-slate-800 dark:text-slate-200">{t("manageNone")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-300 dark:divide-slate-600">
            {follower.follows.map(({ id, target }) => (
              <li key={id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <p>
                  <span className="me-2 text-sm text-slate-700 dark:text-slate-300">
                    {t(`kind.${target.kind}`)}
                  </span>
                  <Link
                    href={followTargetPath(target)}
                    className="font-semibold underline underline-offset-2"
                  >
                    {target.name[locale]}
                  </Link>
                </p>
                <form method="post" action={action}>
                  {hidden("unfollow")}
                  <input type="hidden" name="followId" value={id} />
                  <Button type="submit" variant="secondary">
                    {t.rich("unfollow", {
                      name: target.name[locale],
                      hidden: (chunks) => <VisuallyHidden>{chunks}</VisuallyHidden>,
                    })}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="settings-heading" className="flex flex-col gap-4">
        <h2 id="settings-heading" className={headingClass}>
          {t("settingsHeading")}
        </h2>
        <form method="post" action={action} className="flex flex-col gap-5">
          {hidden("settings")}
          <RadioGroup
            name="cadence"
            legend={t("cadenceLegend")}
            value={follower.cadence}
            choices={FOLLOW_CADENCES.map((value) => ({ value, label: t(`cadence.${value}`) }))}
          />
          <RadioGroup
            name="mailLocale"
            legend={t("languageLegend")}
            value={follower.locale}
            choices={routing.locales.map((value) => ({ value, label: t(`languages.${value}`) }))}
          />
          <div>
            <Button type="submit">{t("saveSettings")}</Button>
          </div>
        </form>
      </section>

      <section aria-labelledby="forget-heading" className="flex flex-col gap-4">
        <h2 id="forget-heading" className={headingClass}>
          {t("forgetHeading")}
        </h2>
        <p className="text-slate-800 dark:text-slate-200">{t("forgetBody")}</p>
        <form method="post" action={action}>
          {hidden("forget")}
          <Button type="submit" variant="secondary">
            {t("forgetButton")}
          </Button>
        </form>
      </section>
    </div>
  );
}

function RadioGroup({
  name,
  legend,
  value,
  choices,
}: {
  name: string;
  legend: string;
  value: string;
  choices: { value: string; label: string }[];
}) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 font-semibold text-slate-900 dark:text-slate-100">{legend}</legend>
      {choices.map((choice) => (
        <div key={choice.value} className="flex items-start gap-3">
          <input
            id={`manage-${name}-${choice.value}`}
            type="radio"
            name={name}
            value={choice.value}
            defaultChecked={value === choice.value}
            className="mt-0.5 size-6 shrink-0 accent-accent-700 dark:accent-accent-300"
          />
          <label
            htmlFor={`manage-${name}-${choice.value}`}
            className="text-slate-900 dark:text-slate-100"
          >
            {choice.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
