import { getLocale, getTranslations } from "next-intl/server";
import { FillTimeField } from "@/components/letter/fill-time-field";
import {
  SIGNATURE_ERROR_SUMMARY_ID,
  SIGNATURE_FIELD_IDS as ids,
  type SignatureErrorText,
} from "@/components/letter/signature-form-fields";
import { SignatureFormProblems } from "@/components/letter/signature-form-problems";
import { SignerOptionalFields } from "@/components/letter/signer-optional-fields";
import { SignerVisibilityField } from "@/components/letter/signer-visibility-field";
import { NotifyOutcomeField } from "@/components/letter/notify-outcome-field";
import { Button } from "@/components/ui/button";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { Checkbox } from "@/components/ui/checkbox";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { apiRoutes, localized, publicRoutes } from "@/lib/routes";
import type { SignFormProblem } from "@/lib/signing/form-cookie";
import { signerCountryOptions } from "@/lib/signing/countries";
import {
  SIGNATURE_ELAPSED_FIELD,
  SIGNATURE_HONEYPOT_FIELD,
  SIGNATURE_LIMITS,
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
  const errorText: SignatureErrorText = (field) => {
    const code = errors[field];
    if (!code) return undefined;
    const max =
      field in SIGNATURE_LIMITS ? SIGNATURE_LIMITS[field as keyof typeof SIGNATURE_LIMITS] : 0;
    return t(`errors.${field}.${code}` as Parameters<typeof t>[0], { max });
  };

  return (
    <div className="flex flex-col gap-6">
      {problem !== undefined ? (
        <SignatureFormProblems problem={problem} errorText={errorText} t={t} tOutage={tOutage} />
      ) : null}
      <p className="text-slate-800 dark:text-slate-200">{t("intro")}</p>
      <form
        method="post"
        action={apiRoutes.letterSignatures(slug)}
        noValidate
        className="flex flex-col gap-5"
      >
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="letterVersionId" value={letterVersionId} />
        <FillTimeField
          name={SIGNATURE_ELAPSED_FIELD}
          errorSummaryId={problem !== undefined ? SIGNATURE_ERROR_SUMMARY_ID : undefined}
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
        <SignerOptionalFields values={values} errorText={errorText} t={t} />
        <SignerVisibilityField value={values.visibility} errorText={errorText} t={t} />
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
                href={`${localized(locale, publicRoutes.privacy())}#signing`}
                className="font-semibold underline underline-offset-2"
              >
                {chunks}
              </a>
            ),
          })}
        />
        <NotifyOutcomeField checked={values.notifyOutcome === true} t={t} />
        <HoneypotField id="sign-website" name={SIGNATURE_HONEYPOT_FIELD} label={t("honeypot")} />
        <div>
          <Button type="submit">{t("submit")}</Button>
        </div>
      </form>
    </div>
  );
}
