"use server";

import { z } from "zod";
import { InvalidFieldsError, staffRedirectAction } from "@/lib/actions/staff-action";
import { routing } from "@/lib/i18n/routing";
import { MediaInUseError } from "@/lib/media/media-errors";
import { deleteMedia } from "@/lib/media/media-writes";
import { dashboardRoutes, localized, withQuery } from "@/lib/routes";

const inputSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  locale: z.enum(routing.locales),
  // A checkbox, so that a stray click on the button alone deletes nothing.
  confirm: z.literal("yes", { error: "deleteConfirm" }),
});

/** Deletes an unused asset (editors); back to the library with a notice. */
export const deleteMediaAction = staffRedirectAction(
  {
    permission: { action: "delete", type: "media" },
    schema: inputSchema,
    messages: "Media.detail",
  },
  async ({ actor, input, context }) => {
    try {
      await deleteMedia(actor, input.id, { context });
    } catch (error) {
      if (error instanceof MediaInUseError) throw new InvalidFieldsError({ confirm: "inUse" });
      throw error;
    }
    return localized(input.locale, withQuery(dashboardRoutes.media(), { notice: "deleted" }));
  },
);
