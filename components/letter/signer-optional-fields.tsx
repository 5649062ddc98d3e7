import {
  SIGNATURE_FIELD_IDS as ids,
  type SignatureErrorText,
  type SigningTranslator,
} from "@/components/letter/signature-form-fields";
import { TextField } from "@/components/ui/text-field";
import { SIGNATURE_LIMITS, type SignatureValues } from "@/lib/validation/signature";

/** The sign form's optional fields: city, organisation and title, each marked "optional". */
export function SignerOptionalFields({
  values,
  errorText,
  t,
}: {
  values: SignatureValues;
  errorText: SignatureErrorText;
  t: SigningTranslator;
}) {
  return (
    <>
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
    </>
  );
}
