import { getLocale, getTranslations } from "next-intl/server";
import {
  FollowFormProblems,
  FOLLOW_ERROR_SUMMARY_ID,
} from "@/components/follow/follow-form-problems";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { TextField } from "@/components/ui/text-field";
import { FillTimeField } from "@/components/letter/fill-time-field";
import type { FollowFormProblem } from "@/lib/follows/follow-form-cookie";
import { FOLLOW_TARGET_FIELDS, type FollowTargetRef } from "@/lib/follows/follow-target-ref";
import { apiRoutes, localized, publicRoutes } from "@/lib/routes";
import {
  FOLLOW_CADENCES,
  FOLLOW_EMAIL_MAX,
  FOLLOW_HONEYPOT_FIELD,
  emptyFollowValues,
  type FollowFieldErrors,
  type FollowValues,
} from "@/lib/follows/follow-form";

const IDS = { email: "follow-email", cadence: "follow-cadence-INSTANT" } as const;

interface FollowFormProps {
  target: FollowTargetRef;
  /** What was typed, when the form comes back with problems (the /follow page). */
  values?: FollowValues;
  errors?: FollowFieldErrors;
  problem?: FollowFormProblem;
}

/**
 * The follow form: plain HTML posting to the follows route handler, so that it works without
 * JavaScript and the page that shows it stays cached. The /follow page renders it again with
 * what was typed and what was wrong.
 */
export async function FollowForm({
  target,
  values = emptyFollowValues,
  errors = {},
  problem,
}: FollowFormProps) {
  const [t, locale] = await Promise.all([getTranslations("Follow"), getLocale()]);
  const emailError = errors.email ? t(`errors.email.${errors.email}`) : undefined;
  const cadenceError = errors.cadence ? t("errors.cadence.required") : undefined;
  const cadence = FOLLOW_CADENCES.find((entry) => entry === values.cadence) ?? "INSTANT";

  return (
    <div className="flex flex-col gap-5">
      {problem !== undefined ? (
        <FollowFormProblems
          problem={problem}
          problems={[
            { id: IDS.email, text: emailError },
            { id: IDS.cadence, text: cadenceError },
          ]}
        />
      ) : null}
      <form method="post" action={apiRoutes.follows()} noValidate className="flex flex-col gap-5">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name={FOLLOW_TARGET_FIELDS.kind} value={target.kind} />
        <input type="hidden" name={FOLLOW_TARGET_FIELDS.key} value={target.key} />
        {/* Only for its focus move to the problems; the follow route does not judge fill times. */}
        <FillTimeField
          name="elapsed"
          errorSummaryId={problem !== undefined ? FOLLOW_ERROR_SUMMARY_ID : undefined}
        />
        <TextField
          name="email"
          id={IDS.email}
          type="email"
          label={t("email")}
          hint={t("emailHint")}
          error={emailError}
          required
          requiredLabel={t("required")}
          maxLength={FOLLOW_EMAIL_MAX}
          autoComplete="email"
          spellCheck={false}
          defaultValue={values.email}
        />
        <fieldset
          className="flex flex-col gap-3"
          aria-describedby={cadenceError ? "follow-cadence-error" : undefined}
        >
          <legend className="mb-2 font-semibold text-slate-900 dark:text-slate-100">
            {t("cadenceLegend")}
          </legend>
          {cadenceError ? <FieldError id="follow-cadence-error">{cadenceError}</FieldError> : null}
          {FOLLOW_CADENCES.map((choice) => (
            <div key={choice} className="flex items-start gap-3">
              <input
                id={`follow-cadence-${choice}`}
                type="radio"
                name="cadence"
                value={choice}
                defaultChecked={cadence === choice}
                className="mt-0.5 size-6 shrink-0 accent-accent-700 dark:accent-accent-300"
              />
              <label
                htmlFor={`follow-cadence-${choice}`}
                className="text-slate-900 dark:text-slate-100"
              >
                {t(`cadence.${choice}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t.rich("privacy", {
            link: (chunks) => (
              <a
                href={`${localized(locale, publicRoutes.privacy())}#following`}
                className="font-semibold underline underline-offset-2"
              >
                {chunks}
              </a>
            ),
          })}
        </p>
        <HoneypotField id="follow-website" name={FOLLOW_HONEYPOT_FIELD} label={t("honeypot")} />
        <div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>
    </div>
  );
}
