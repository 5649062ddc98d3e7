"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { ActionStatus } from "@/components/dashboard/form/action-status";
import { Button } from "@/components/ui/button";
import { initialFormState, type FormState } from "@/lib/actions/staff-action-state";

type RowAction = (state: FormState<void>, formData: FormData) => Promise<FormState<void>>;

/**
 * One sponsor's buttons: show or hide on the profile, remove. Plain POST forms. The result of the
 * last button pressed is shown and announced right next to the buttons (the shared ActionStatus,
 * as the save bar and the workflow buttons do), not at the top of a long page.
 */
export function SponsorRowActions({
  id,
  name,
  published,
  setPublished,
  remove,
}: {
  id: string;
  name: string;
  published: boolean;
  setPublished: RowAction;
  remove: RowAction;
}) {
  const t = useTranslations("Sponsors");
  const statusId = useId();
  const [last, setLast] = useState<"state" | "remove">("state");
  const [stateState, stateAction, statePending] = useActionState(
    setPublished,
    initialFormState as FormState<void>,
  );
  const [removeState, removeAction, removePending] = useActionState(
    remove,
    initialFormState as FormState<void>,
  );
  const result = last === "remove" ? removeState : stateState;
  const failed = result.status === "error" || result.status === "invalid";
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        <form action={stateAction} onSubmit={() => setLast("state")}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="published" value={published ? "false" : "true"} />
          <Button
            type="submit"
            variant="secondary"
            disabled={statePending}
            aria-describedby={statusId}
          >
            {published ? t("hide") : t("showPublicly")}
          </Button>
        </form>
        <form action={removeAction} onSubmit={() => setLast("remove")}>
          <input type="hidden" name="id" value={id} />
          <Button
            type="submit"
            variant="secondary"
            disabled={removePending}
            aria-label={t("removeLabel", { name })}
            aria-describedby={statusId}
          >
            {t("remove")}
          </Button>
        </form>
      </div>
      <ActionStatus id={statusId} tone={failed ? "error" : "success"}>
        {failed ? result.message : result.status === "success" ? t("updated") : null}
      </ActionStatus>
    </div>
  );
}
