"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { restoreRevisionAction } from "@/lib/actions/content/restore-revision";
import { initialFormState } from "@/lib/actions/staff-action-state";
import type { ContentType } from "@/lib/auth/policy";

interface RestoreRevisionFormProps {
  type: ContentType;
  id: string;
  revisionNumber: number;
  /** The item's version now: restoring from a stale page is refused as a conflict. */
  expectedVersion: number;
}

/** "Restore revision N": a POST form; the restored content becomes a new revision. */
export function RestoreRevisionForm({
  type,
  id,
  revisionNumber,
  expectedVersion,
}: RestoreRevisionFormProps) {
  const t = useTranslations("History");
  const [state, action, pending] = useActionState(restoreRevisionAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revisionNumber" value={revisionNumber} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending}
        className="min-h-9 px-3 py-1 text-sm"
      >
        {t("restore", { number: revisionNumber })}
      </Button>
      {state.status === "success" ? (
        <Alert tone="success" announce>
          {t("restoreDone", state.result)}
        </Alert>
      ) : null}
      {state.status === "error" || state.status === "invalid" ? (
        <Alert tone="error" announce>
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}
