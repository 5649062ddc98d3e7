"use server";

import { z } from "zod";
import { InvalidFieldsError, staffAction } from "@/lib/actions/staff-action";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseMediaDetails, readMediaDetailsValues } from "@/lib/media/media-details-schema";
import { updateMediaDetails } from "@/lib/media/media-writes";

const inputSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * Saves an asset's text alternative and credit (any staff member may: they are words about the
 * file, not the file). The rules depend on the kind of file, so they are applied to the stored
 * asset here rather than by the form's schema.
 */
export const updateMediaDetailsAction = staffAction(
  {
    permission: { action: "upload", type: "media" },
    schema: inputSchema,
    messages: "Media.errors",
  },
  async ({ actor, input, context, formData }) => {
    const asset = await prisma.mediaAsset.findUnique({
      where: { id: input.id },
      select: { kind: true },
    });
    if (!asset) throw new NotFoundError("media", input.id);
    const parsed = parseMediaDetails(readMediaDetailsValues(formData), asset.kind);
    if (!parsed.success) throw new InvalidFieldsError(parsed.errors);
    await updateMediaDetails(actor, input.id, parsed.details, context);
  },
);
