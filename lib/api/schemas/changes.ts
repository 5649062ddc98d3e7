import { z } from "zod";
import type { PublicChangeDto, PublicChangePageDto } from "@/lib/api/change-feed";
import { PRISONER_ASPECTS } from "@/lib/content-store/public-change-kind";
import type { SameType } from "./common";

/**
 * `GET /api/v1/changes`: the change feed (PublicChangePageDto). Ids, types and kinds only: a
 * mirror re-reads a published or changed item from its endpoint and drops a removed one.
 */
const publicChangeSchema = z
  .strictObject({
    id: z.string().describe("The item's id (a country's ISO code)."),
    type: z
      .enum(["prisoner", "letter", "publication", "country", "article", "facility"])
      .describe("Which endpoint lists it; `article` is a criminal-code article."),
    slug: z
      .union([z.string(), z.null()])
      .describe("Its slug when the change happened (a country's code); null for articles."),
    kind: z
      .enum(["published", "changed", "removed"])
      .describe(
        "published: now public. changed: what the public sees of it changed. removed: no " +
          "longer public (unpublished, archived, deleted, or withheld): drop it from a mirror.",
      ),
    at: z.iso.datetime().describe("When the change was made (UTC)."),
    aspects: z
      .array(z.enum(PRISONER_ASPECTS))
      .optional()
      .describe("For a prisoner's `changed`: which parts of the profile changed."),
  })
  .meta({ id: "PublicChange" });

export const publicChangePageSchema = z
  .strictObject({
    items: z.array(publicChangeSchema).describe("Oldest first."),
    nextCursor: z
      .string()
      .describe("Pass as `since` to read on; given on the last page too, to poll with later."),
  })
  .meta({ id: "PublicChangePage" });

true satisfies SameType<z.output<typeof publicChangeSchema>, PublicChangeDto>;
true satisfies SameType<z.output<typeof publicChangePageSchema>, PublicChangePageDto>;
