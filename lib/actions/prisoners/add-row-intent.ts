import { submittedValues } from "@/lib/actions/staff-action-form-data";
import type { FormState } from "@/lib/actions/staff-action-state";

/**
 * "Add another" in a repeatable list is a submit button (`intent=add:<list>`), so that it works
 * without JavaScript. Such a submission saves nothing: the form comes back with what was typed
 * (including the intent, from which the list renders one more empty row).
 */
export function withAddRowIntent<Result>(
  save: (state: FormState<Result>, formData: FormData) => Promise<FormState<Result>>,
): (state: FormState<Result>, formData: FormData) => Promise<FormState<Result>> {
  return async (state, formData) => {
    const intent = formData.get("intent");
    if (typeof intent === "string" && intent.startsWith("add:")) {
      return { status: "idle", values: submittedValues(formData, () => false) };
    }
    return save(state, formData);
  };
}
