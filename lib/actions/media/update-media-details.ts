"use server";

import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { readMediaDetailsValues } from "@/lib/media/media-details-schema";
import { updateMediaDetails } from "@/lib/media/media-writes";

const inputSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * Saves an asset's text alternative and credit (any staff member may: they are words about the
 * file, not the file). The rules depend on the kind of file, so the write checks the typed values
 * against the stored asset rather than the form's schema.
 */
export const updateMediaDetailsAction = staffAction(
  {
    permission: { action: "upload", type: "media" },
    schema: inputSchema,
    messages: "Media.errors",
  },
  async ({ actor, input, context, formData }) => {
    await updateMediaDetails(actor, input.id, readMediaDetailsValues(formData), context);
  },
);
