import { z } from "zod";
import type { ApiPage } from "@/lib/api/api-page";
import type { PublicationDto, PublicationListItemDto } from "@/lib/data/publications";
import { PublicationType } from "@/lib/generated/prisma/enums";
import {
  calendarDateSchema,
  countryRefSchema,
  linkedPrisonerSchema,
  orNull,
  pagedList,
  resolvedRichTextSchema,
  resolvedTextSchema,
  type SameType,
} from "./common";

/**
 * `GET /api/v1/publications` and `/publications/{slug}`: published news, statements and reports
 * as their pages show them (PublicationListItemDto, PublicationDto, lib/data/publications.ts).
 */

export const publicationTypeSchema = z.enum(PublicationType).meta({
  id: "PublicationType",
  description: "NEWS, a REPORT, or a STATEMENT (the foundation's position).",
});

export const publicationListItemSchema = z
  .strictObject({
    slug: z.string().describe("Stable identifier: /api/v1/publications/{slug}."),
    type: publicationTypeSchema,
    title: resolvedTextSchema,
    summary: orNull(resolvedTextSchema).describe("The publication in a sentence or two."),
    publishedOn: orNull(calendarDateSchema).describe("When it was published."),
  })
  .meta({ id: "PublicationListItem" });

export const publicationListSchema = z
  .strictObject(pagedList(publicationListItemSchema))
  .meta({ id: "PublicationList" });

export const publicationSchema = publicationListItemSchema
  .extend({
    body: orNull(resolvedRichTextSchema).describe("The publication's text."),
    cover: z
      .strictObject({
        href: z.string().describe("Path of the image."),
        alt: orNull(resolvedTextSchema).describe(
          "What the image shows, for readers who cannot see it.",
        ),
        width: z.number().int().nullable().describe("Width in pixels, when known."),
        height: z.number().int().nullable().describe("Height in pixels, when known."),
        credit: z.string().nullable().describe("Who made or holds the rights to the image."),
      })
      .nullable()
      .describe("The image at the top of the page; null when there is none."),
    attachments: z
      .array(
        z.strictObject({
          id: z.string().describe("Stable identifier of the attachment."),
          title: orNull(resolvedTextSchema).describe("Its title, when it has one."),
          filename: z.string().describe("The file's name."),
          kind: z.enum(["IMAGE", "PDF"]).describe("An image or a PDF document."),
          mimeType: z.string().describe("The file's media type."),
          byteSize: z.number().int().describe("Size in bytes."),
          href: z.string().describe("Where to download it."),
        }),
      )
      .describe("Files published with it: images and PDF documents."),
    prisoners: z.array(linkedPrisonerSchema).describe("Published profiles it concerns."),
    countries: z.array(countryRefSchema).describe("Countries it concerns."),
  })
  .meta({ id: "Publication" });

true satisfies SameType<z.output<typeof publicationListItemSchema>, PublicationListItemDto>;
true satisfies SameType<z.output<typeof publicationListSchema>, ApiPage<PublicationListItemDto>>;
true satisfies SameType<z.output<typeof publicationSchema>, PublicationDto>;
