import type {
  SignatureErrorText,
  SigningTranslator,
} from "@/components/letter/signature-form-fields";
import { FieldError } from "@/components/ui/field";
import { SIGNATURE_VISIBILITIES } from "@/lib/validation/signature";

/** The sign form's required choice of how the signature is shown (radio buttons). */
export function SignerVisibilityField({
  value,
  errorText,
  t,
}: {
  value: string;
  errorText: SignatureErrorText;
  t: SigningTranslator;
}) {
  const error = errorText("visibility");
  return (
    <fieldset
      className="flex flex-col gap-3"
      aria-describedby={error ? "sign-visibility-error" : undefined}
    >
      <legend className="mb-2 font-semibold text-slate-900 dark:text-slate-100">
        {t("visibilityLegend")}{" "}
        <span className="font-normal text-slate-700 dark:text-slate-300">{t("required")}</span>
      </legend>
      {error ? <FieldError id="sign-visibility-error">{error}</FieldError> : null}
      {SIGNATURE_VISIBILITIES.map((visibility) => (
        <div key={visibility} className="flex items-start gap-3">
          <input
            id={`sign-visibility-${visibility}`}
            type="radio"
            name="visibility"
            value={visibility}
            required
            defaultChecked={value === visibility}
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
  );
}
