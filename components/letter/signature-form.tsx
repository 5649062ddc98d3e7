import { getLocale, getTranslations } from "next-intl/server";
import { FillTimeField } from "@/components/letter/fill-time-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import type { SignFormProblem } from "@/lib/signing/form-cookie";
import { signerCountryOptions } from "@/lib/signing/countries";
import {
  SIGNATURE_ELAPSED_FIELD,
  SIGNATURE_HONEYPOT_FIELD,
  SIGNATURE_LIMITS,
  SIGNATURE_VISIBILITIES,
  emptySignatureValues,
  type SignatureFieldErrors,
  type SignatureValues,
} from "@/lib/validation/signature";

interface SignatureFormProps {
  slug: string;
  letterVersionId: string;
  /** What the signer typed, when the form comes back with problems (the /sign page). */
  values?: SignatureValues;
  errors?: SignatureFieldErrors;
  problem?: SignFormProblem;
}

const ids = {
  name: "sign-name",
  email: "sign-email",
  country: "sign-country",
  city: "sign-city",
  organisation: "sign-organisation",
  title: "sign-title",
  visibility: "sign-visibility-PUBLIC",
  consent: "sign-consent",
} as const;

const ERROR_SUMMARY_ID = "sign-problems";

/**
 * The petition sign form: plain HTML that posts to the signing route handler, so it works
 * without JavaScript and the letter page that shows it stays a cached page. Rendered again by
 * the /sign page with the signer's values and the errors.
 */
export async function SignatureForm({
  slug,
  letterVersionId,
  values = emptySignatureValues,
  errors = {},
  problem,
}: SignatureFormProps) {
  const [t, tOutage, locale] = await Promise.all([
    getTranslations("Signing"),
    getTranslations("Outage"),
    getLocale(),
  ]);
  const errorText = (field: keyof SignatureFieldErrors): string | undefined => {
    const code = errors[field];
    if (!code) return undefined;
    const max =
      field in SIGNATURE_LIMITS ? SIGNATURE_LIMITS[field as keyof typeof SIGNATURE_LIMITS] : 0;
    return t(`errors.${field}.${code}` as Parameters<typeof t>[0], { max });
  };
  const fieldsWithErrors = (Object.keys(ids) as (keyof typeof ids)[]).filter(
    (field) => errors[field],
  );
  const hasSummary = problem !== undefined;

  return (
    <div className="flex flex-col gap-6">
      {hasSummary ? (
        <div id={ERROR_SUMMARY_ID} tabIndex={-1} className="rounded-md">
          {problem === "invalid" ? (
            <Alert tone="error" title={t("problems.invalid")} announce>
              <ul className="list-disc ps-5">
                {fieldsWithErrors.map((field) => (
                  <li key={field}>
                    <a href={`#${ids[field]}`} className="underline underline-offset-2">
                      {errorText(field)}
                    </a>
                  </li>
                ))}
              </ul>
            </Alert>
          ) : (
            <Alert
              tone={problem === "rate-limited" || problem === "unavailable" ? "warning" : "error"}
              title={
                problem === "unavailable"
                  ? tOutage("formProblem")
                  : t(problem === "rate-limited" ? "problems.rateLimited" : "problems.failed")
              }
              announce
            />
          )}
        </div>
      ) : null}
      <p className="text-slate-800 dark:text-slate-200">{t("intro")}</p>
      <form
        method="post"
        action={`/api/letters/${encodeURIComponent(slug)}/signatures`}
        noValidate
        className="flex flex-col gap-5"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="letterVersionId" value={letterVersionId} />
        <FillTimeField
          name={SIGNATURE_ELAPSED_FIELD}
          errorSummaryId={hasSummary ? ERROR_SUMMARY_ID : undefined}
        />
        <TextField
          name="name"
          id={ids.name}
          label={t("name")}
          hint={t("nameHint")}
          error={errorText("name")}
          required
          requiredLabel={t("required")}
          maxLength={SIGNATURE_LIMITS.name}
          autoComplete="name"
          defaultValue={values.name}
        />
        <TextField
          name="email"
          id={ids.email}
          type="email"
          label={t("email")}
          hint={t("emailHint")}
          error={errorText("email")}
          required
          requiredLabel={t("required")}
          maxLength={SIGNATURE_LIMITS.email}
          autoComplete="email"
          spellCheck={false}
          defaultValue={values.email}
        />
        <Select
          name="country"
          id={ids.country}
          label={t("country")}
          placeholder={t("countryPlaceholder")}
          options={signerCountryOptions(locale)}
          error={errorText("country")}
          required
          requiredLabel={t("required")}
          autoComplete="country"
          defaultValue={values.country}
        />
        <TextField
          name="city"
          id={ids.city}
          label={
            <>
              {t("city")} <span className="font-normal">{t("optional")}</span>
            </>
          }
          error={errorText("city")}
          maxLength={SIGNATURE_LIMITS.city}
          autoComplete="address-level2"
          defaultValue={values.city}
        />
        <TextField
          name="organisation"
          id={ids.organisation}
          label={
            <>
              {t("organisation")} <span className="font-normal">{t("optional")}</span>
            </>
          }
          error={errorText("organisation")}
          maxLength={SIGNATURE_LIMITS.organisation}
          autoComplete="organization"
          defaultValue={values.organisation}
        />
        <TextField
          name="title"
          id={ids.title}
          label={
            <>
              {t("title")} <span className="font-normal">{t("optional")}</span>
            </>
          }
          hint={t("titleHint")}
          error={errorText("title")}
          maxLength={SIGNATURE_LIMITS.title}
          autoComplete="organization-title"
          defaultValue={values.title}
        />
        <fieldset
          className="flex flex-col gap-3"
          aria-describedby={errors.visibility ? "sign-visibility-error" : undefined}
        >
          <legend className="mb-2 font-semibold text-slate-900 dark:text-slate-100">
            {t("visibilityLegend")}{" "}
            <span className="font-normal text-slate-700 dark:text-slate-300">{t("required")}</span>
          </legend>
          {errors.visibility ? (
            <FieldError id="sign-visibility-error">{errorText("visibility")}</FieldError>
          ) : null}
          {SIGNATURE_VISIBILITIES.map((visibility) => (
            <div key={visibility} className="flex items-start gap-3">
              <input
                id={`sign-visibility-${visibility}`}
                type="radio"
                name="visibility"
                value={visibility}
                required
                defaultChecked={values.visibility === visibility}
                className="mt-0.5 size-6 shrink-0 accent-accent-700 dark:accent-accent-300"
              />
              <label
                htmlFor={`sign-visibility-${visibility}`}
                className="text-slate-900 dark:text-slate-100"
              >
                {t(`visibility.${visibility}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <Checkbox
          name="consent"
          id={ids.consent}
          value="yes"
          required
          defaultChecked={values.consent}
          error={errorText("consent")}
          label={t.rich("consent", {
            link: (chunks) => (
              <a
                href={`/${locale}/privacy#signing`}
                className="font-semibold underline underline-offset-2"
              >
                {chunks}
              </a>
            ),
          })}
        />
        {/* The honeypot: hidden from sight and from the keyboard; robots fill it. */}
        <div className="sr-only">
          <label htmlFor="sign-website">{t("honeypot")}</label>
          <input
            id="sign-website"
            name={SIGNATURE_HONEYPOT_FIELD}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>
    </div>
  );
}
