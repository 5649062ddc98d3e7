import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { DeleteItemForm } from "@/components/dashboard/content/delete-item-form";
import { can, type Actor, type ContentType } from "@/lib/auth/policy";

type DeleteSectionProps = ComponentProps<typeof DeleteItemForm> & {
  actor: Actor;
  type: ContentType;
  /** How many items refer to this one (shown, and a reason the delete would be refused). */
  usage?: number;
};

/**
 * The bottom of an editor: how much refers to the item and, for editors, the delete form. The
 * policy is asked here only to hide the form; the action asks it again.
 */
export async function DeleteSection({ actor, type, usage, ...form }: DeleteSectionProps) {
  const t = await getTranslations("ContentEditor");
  return (
    <div className="mt-10 flex flex-col gap-4">
      {usage !== undefined ? (
        <p className="text-slate-800 dark:text-slate-200">{t("item.usage", { count: usage })}</p>
      ) : null}
      {can(actor, "delete", { type }) ? (
        <DeleteItemForm {...form} />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("delete.editorsOnly")}</p>
      )}
    </div>
  );
}
