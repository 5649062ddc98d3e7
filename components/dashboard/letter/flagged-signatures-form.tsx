"use client";

import { useTranslations } from "next-intl";
import { BulkCheckbox } from "@/components/dashboard/bulk/bulk-checkbox";
import { BulkForm } from "@/components/dashboard/bulk/bulk-form";
import { BulkGroupToggle } from "@/components/dashboard/bulk/bulk-group-toggle";
import { SelectField } from "@/components/dashboard/form/select-field";
import type { FormState } from "@/lib/actions/staff-action-state";
import type { SignatureFlag, SignatureStatus } from "@/lib/generated/prisma/enums";
import { INVALIDATION_REASONS } from "@/lib/signing/invalidation-reasons";
import type { BulkOutcome } from "@/lib/validation/bulk";

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

type InvalidateAction = (
  state: FormState<BulkOutcome>,
  formData: FormData,
) => Promise<FormState<BulkOutcome>>;

/**
 * One page of flagged signatures grouped by reason (each reason's legend counts all of the
 * letter's; the pagination below the form says which are shown), each with a box to tick, a
 * "select all in this group" per reason, "select all N matching" for the whole filtered list
 * across pages, and one reason for removing the selection, confirmed with its count
 * (components/dashboard/bulk). A signature with two flags appears in both groups; ticking it
 * once is enough. Works without JavaScript. Addresses appear only when the page was given them,
 * i.e. for roles allowed to see them.
 */
export function FlaggedSignaturesForm({
  action,
  letterId,
  groups,
  showEmail,
  matchingCount,
  filterReason,
}: {
  action: InvalidateAction;
  letterId: string;
  groups: FlaggedGroup[];
  showEmail: boolean;
  /** How many signatures the list's filter matches over all pages. */
  matchingCount: number;
  /** The list's filter: one reason, or null for every flag. */
  filterReason: SignatureFlag | null;
}) {
  const t = useTranslations("FlaggedSignatures");
  return (
    <BulkForm
      action={action}
      idPrefix="flagged-"
      hidden={{ letterId, filterReason: filterReason ?? "" }}
      matchingCount={matchingCount}
      empty={groups.length === 0}
      // Under the page's "Flagged signatures" h2.
      headingLevel={3}
      operations={[{ op: "invalidate", label: t("submit") }]}
      fields={
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
      }
    >
      {groups.length === 0 ? <p>{t("none")}</p> : null}
      {groups.map((group) => (
        <fieldset
          key={group.reason}
          className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4 dark:border-slate-600"
        >
          <legend className="px-1 font-semibold">
            {t("groupHeading", { reason: t(`flags.${group.reason}`), count: group.total })}
          </legend>
          <BulkGroupToggle
            groupId={group.reason}
            ids={group.signatures.map((signature) => signature.id)}
          />
          <ul className="flex flex-col gap-1">
            {group.signatures.map((signature) => (
              <li key={signature.id}>
                <BulkCheckbox value={signature.id} group={group.reason}>
                  <span className="font-medium">{signature.name ?? t("anonymised")}</span>
                  {showEmail && signature.email ? (
                    <span data-testid="signer-email">{signature.email}</span>
                  ) : null}
                  <span>{[signature.city, signature.countryCode].filter(Boolean).join(", ")}</span>
                  <span>· {t(`statuses.${signature.status}`)}</span>
                  <span>· {signature.flags.map((flag) => t(`flags.${flag}`)).join(", ")}</span>
                </BulkCheckbox>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </BulkForm>
  );
}
