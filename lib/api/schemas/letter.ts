import { z } from "zod";
import type { ApiPage } from "@/lib/api/api-page";
import type { ApiLetterDto } from "@/lib/api/letter-answer";
import type { LetterListItemDto } from "@/lib/data/letters";
import { DeliveryMethod, LetterKind, LetterState } from "@/lib/generated/prisma/enums";
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
 * `GET /api/v1/letters` and `/letters/{slug}`: open letters and petitions as their pages show them
 * (LetterListItemDto, LetterDto, lib/data/letters.ts): the counts, deliveries, thresholds and
 * published answers. Never a signer: the page's list of signers who chose to be named is for
 * reading there, not for collecting in bulk (lib/api/README.md).
 */

const text = resolvedTextSchema;

export const letterListItemSchema = z
  .strictObject({
    id: z.string().describe("Stable identifier."),
    slug: z.string().describe("Stable identifier: /api/v1/letters/{slug}."),
    kind: z.enum(LetterKind).meta({
      id: "LetterKind",
      description:
        "OPEN_LETTER is signed by named signatories only; a PETITION is open to public signature.",
    }),
    state: z.enum(LetterState).exclude(["DRAFT"]).meta({
      id: "LetterState",
      description:
        "OPEN accepts signatures (a petition); CLOSED no longer does; DELIVERED was handed to the addressee.",
    }),
    title: text,
    summary: orNull(text).describe("The letter in a sentence or two."),
    addresseeName: orNull(text).describe("Who the letter is addressed to."),
    addresseeOffice: orNull(text).describe("The addressee's office or title."),
    sentOn: orNull(calendarDateSchema).describe("When the letter was sent to the addressee."),
    goal: z.number().int().nullable().describe("A petition's signature target."),
    deadline: z
      .string()
      .nullable()
      .describe("When a petition stops accepting signatures (ISO date-time)."),
    signatureCount: z.number().int().min(0).describe("Confirmed signatures."),
    notableSignatoryCount: z
      .number()
      .int()
      .min(0)
      .describe("Verified notable signatories (public figures, officials)."),
    notableSignatoryNames: z
      .array(z.string())
      .describe("The first few verified notable signatories, in the letter's order."),
  })
  .meta({ id: "LetterListItem" });

export const letterListSchema = z
  .strictObject(pagedList(letterListItemSchema))
  .meta({ id: "LetterList" });

const deliverySchema = z
  .strictObject({
    deliveredOn: calendarDateSchema,
    recipient: z.string().describe("The addressee as the letter page names them."),
    method: z.enum(DeliveryMethod).nullable().describe("How it was delivered, when known."),
    note: orNull(text).describe("What else is known of the delivery."),
    responseReceivedOn: orNull(calendarDateSchema).describe("When a response came, if one did."),
    response: orNull(text).describe("The response in short."),
  })
  .meta({ id: "LetterDelivery" });

const thresholdSchema = z
  .strictObject({
    count: z.number().int().describe("The number of signatures it takes."),
    label: orNull(text).describe("What reaching it means."),
    reachedAt: z.string().nullable().describe("When the count first reached it (ISO date-time)."),
  })
  .meta({ id: "LetterThreshold" });

const answerSchema = z
  .strictObject({
    id: z.string().describe("Stable identifier of the answer."),
    receivedOn: calendarDateSchema,
    answeredBy: z.string().describe("Who answered, as they signed."),
    summary: orNull(text).describe("The answer in a sentence or two."),
    text: z
      .strictObject({
        text: z.string().describe("The reply's words."),
        lang: z.string().nullable().describe("Its language (BCP 47), or null when unknown."),
      })
      .nullable()
      .describe("The reply as received, in its own language (BCP 47, or null when unknown)."),
    document: z
      .strictObject({
        href: z.string().describe("Where to download it."),
        filename: z.string().describe("The file's name."),
        byteSize: z.number().int().describe("Size in bytes."),
      })
      .nullable()
      .describe("The reply as a PDF."),
  })
  .meta({ id: "LetterAnswer" });

export const letterSchema = letterListItemSchema
  .extend({
    versionTitle: orNull(text).describe("The current text's own title."),
    body: orNull(resolvedRichTextSchema).describe("The letter's current text."),
    notableSignatories: z
      .array(
        z.strictObject({
          name: z.string().describe("The signatory's name."),
          office: orNull(text).describe("Their office or title."),
          country: orNull(countryRefSchema).describe("The country they hold office in."),
        }),
      )
      .describe("The verified notable signatories, in the letter's order."),
    prisoners: z.array(linkedPrisonerSchema).describe("Published profiles it concerns."),
    countries: z.array(countryRefSchema).describe("Countries it concerns."),
    deliveries: z.array(deliverySchema).describe("Oldest first."),
    thresholds: z.array(thresholdSchema).describe("A petition's thresholds, smallest first."),
    answers: z.array(answerSchema).describe("The addressee's published answers, oldest first."),
  })
  .meta({ id: "Letter" });

true satisfies SameType<z.output<typeof letterListItemSchema>, LetterListItemDto>;
true satisfies SameType<z.output<typeof letterListSchema>, ApiPage<LetterListItemDto>>;
true satisfies SameType<z.output<typeof letterSchema>, ApiLetterDto>;
