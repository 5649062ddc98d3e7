import {
  SIGNATURE_ERROR_SUMMARY_ID,
  SIGNATURE_FIELD_IDS,
  type OutageTranslator,
  type SignatureErrorText,
  type SigningTranslator,
} from "@/components/letter/signature-form-fields";
import { Alert } from "@/components/ui/alert";
import type { SignFormProblem } from "@/lib/signing/form-cookie";

/**
 * What went wrong with the last submission, above the sign form: the fields to correct, each
 * linking to its field, or why nothing was stored (too many signatures, the database away).
 * The fill-time script moves the focus here when the form comes back.
 */
export function SignatureFormProblems({
  problem,
  errorText,
  t,
  tOutage,
}: {
  problem: SignFormProblem;
  errorText: SignatureErrorText;
  t: SigningTranslator;
  tOutage: OutageTranslator;
}) {
  const fieldsWithErrors = (
    Object.keys(SIGNATURE_FIELD_IDS) as (keyof typeof SIGNATURE_FIELD_IDS)[]
  ).filter((field) => errorText(field) !== undefined);
  return (
    <div id={SIGNATURE_ERROR_SUMMARY_ID} tabIndex={-1} className="rounded-md">
      {problem === "invalid" ? (
        <Alert tone="error" title={t("problems.invalid")} announce>
          <ul className="list-disc ps-5">
            {fieldsWithErrors.map((field) => (
              <li key={field}>
                <a href={`#${SIGNATURE_FIELD_IDS[field]}`} className="underline underline-offset-2">
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
  );
}
