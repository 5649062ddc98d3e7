import { localizedValues } from "@/components/dashboard/content/content-form-values";
import type { FormValues } from "@/lib/actions/staff-action-state";
import type { NotableSignatoryEditorDto } from "@/lib/data/signatories";

/** A stored notable signatory as the names its edit form posts. */
export function signatoryValues(signatory: NotableSignatoryEditorDto): FormValues {
  return {
    letterId: signatory.letterId,
    name: signatory.name,
    countryCode: signatory.countryCode ?? "",
    position: String(signatory.position),
    ...localizedValues("office", signatory.office),
  };
}
