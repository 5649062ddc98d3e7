"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/dashboard/form/error-summary";
import { FormStateProvider } from "@/components/dashboard/form/form-context";
import { SelectField } from "@/components/dashboard/form/select-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/staff-action-state";
import type { SignatureFlag, SignatureStatus } from "@/lib/generated/prisma/enums";
import { INVALIDATION_REASONS } from "@/lib/signing/invalidation-reasons";

interface FlaggedRow {
  id: string;
  name: string | null;
  email: string | null;
  countryCode: string;
  city: string | null;
  status: SignatureStatus;
  flags: SignatureFlag[];
  createdAt: string;
}

interface FlaggedGroup {
  reason: SignatureFlag;
  total: number;
  signatures: FlaggedRow[];
}

type Result = { invalidated: number; uncounted: number };
type InvalidateAction = (
  state: FormState<Result>,
  formData: FormData,
) => Promise<FormState<Result>>;

/**
 * One page of flagged signatures grouped by reason (each reason's legend counts all of the
 * letter's; the pagination below the form says which are shown), each with a box to tick, and one
 * reason for removing the ticked ones. A signature with two flags appears in both groups; ticking
 * it once is enough. Works without JavaScript (a plain POST of the boxes). Addresses appear only
 * when the page was given them, i.e. for roles allowed to see them.
 */
export function FlaggedSignaturesForm({
  action,
  letterId,
  groups,
  showEmail,
}: {
  action: InvalidateAction;
  letterId: string;
  groups: FlaggedGroup[];
  showEmail: boolean;
}) {
  const t = useTranslations("FlaggedSignatures");
  const [state, formAction] = useActionState(action, { status: "idle", values: {} });
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "success" ? {} : state.values;
  const ticked = new Set(
    ([] as string[]).concat((values.signatureIds as string[] | string | undefined) ?? []),
  );
  return (
    <FormStateProvider values={values} errors={errors} idPrefix="flagged">
      <div className="flex flex-col gap-4">
        <ErrorSummary
          submissionKey={state}
          message={
            state.status === "error" || (state.status === "invalid" && !errors.reason)
              ? (errors.signatureIds ?? state.message)
              : undefined
          }
        />
        {state.status === "success" ? (
          <Alert tone="success" announce>
            {t("done", { count: state.result.invalidated, uncounted: state.result.uncounted })}
          </Alert>
        ) : null}
        {groups.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <form action={formAction} className="flex flex-col gap-6" noValidate>
            <input type="hidden" name="letterId" value={letterId} />
            {groups.map((group) => (
              <fieldset
                key={group.reason}
                className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4 dark:border-slate-600"
              >
                <legend className="px-1 font-semibold">
                  {t("groupHeading", { reason: t(`flags.${group.reason}`), count: group.total })}
                </legend>
                <ul className="flex flex-col gap-1">
                  {group.signatures.map((signature) => {
                    const inputId = `flagged-${group.reason}-${signature.id}`;
                    return (
                      <li key={signature.id} className="flex items-start gap-2">
                        <input
                          type="checkbox"
                          id={inputId}
                          name="signatureIds"
                          value={signature.id}
                          defaultChecked={ticked.has(signature.id)}
                          className="mt-1 size-5"
                        />
                        <label htmlFor={inputId} className="flex flex-wrap gap-x-2">
                          <span className="font-medium">{signature.name ?? t("anonymised")}</span>
                          {showEmail && signature.email ? (
                            <span data-testid="signer-email">{signature.email}</span>
                          ) : null}
                          <span>
                            {[signature.city, signature.countryCode].filter(Boolean).join(", ")}
                          </span>
                          <span>· {t(`statuses.${signature.status}`)}</span>
                          <span>
                            · {signature.flags.map((flag) => t(`flags.${flag}`)).join(", ")}
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            ))}
            <SelectField
              name="reason"
              label={t("reason")}
              hint={t("reasonHint")}
              placeholder={t("reasonChoose")}
              required
              options={INVALIDATION_REASONS.map((reason) => ({
                value: reason,
                label: t(`reasons.${reason}`),
              }))}
              className="max-w-xl"
            />
            <div>
              <Button type="submit">{t("submit")}</Button>
            </div>
          </form>
        )}
      </div>
    </FormStateProvider>
  );
}
