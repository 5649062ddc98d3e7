"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { writeSignatory } from "@/lib/actions/signatories/write-signatory";
import { staffAction } from "@/lib/actions/staff-action";
import { createContent } from "@/lib/content-store";
import { notableSignatorySchema } from "@/lib/validation/notable-signatory";

/** Adds a notable signatory to a letter and opens its editor. */
export const createSignatory = staffAction<typeof notableSignatorySchema, never>(
  {
    permission: { action: "create", type: "notableSignatory" },
    schema: notableSignatorySchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context, formData }) => {
    const { id } = await createContent(actor, {
      type: "notableSignatory",
      create: (tx) => writeSignatory(tx, input, null, actor.id),
      summary: "created",
      context,
    });
    refreshLetterPages();
    redirect(
      `/${actionLocale(formData)}/dashboard/signatories/${encodeURIComponent(id)}?created=1`,
    );
  },
);
