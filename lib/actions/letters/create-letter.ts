"use server";

import { redirect } from "next/navigation";
import { actionLocale } from "@/lib/actions/content-editor/action-locale";
import { refreshLetterPages } from "@/lib/actions/letters/refresh-letters";
import { writeLetter } from "@/lib/actions/letters/write-letter";
import { staffAction } from "@/lib/actions/staff-action";
import { createContent } from "@/lib/content-store";
import { letterSchema } from "@/lib/validation/letter";

/** Creates a draft letter with version 1 of its text and opens its editor. */
export const createLetter = staffAction<typeof letterSchema, never>(
  {
    permission: { action: "create", type: "letter" },
    schema: letterSchema,
    messages: "LetterEditor.errors",
  },
  async ({ actor, input, context, formData }) => {
    const { id } = await createContent(actor, {
      type: "letter",
      create: async (tx) => writeLetter(tx, input, null, actor.id),
      summary: "created",
      context,
    });
    refreshLetterPages();
    redirect(`/${actionLocale(formData)}/dashboard/letters/${encodeURIComponent(id)}?created=1`);
  },
);
