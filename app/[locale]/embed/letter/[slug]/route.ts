import { letterEmbedResponse } from "@/lib/embeds/embed-response";
import { embedRoute } from "@/lib/embeds/embed-route";

/** A letter's card for partner sites' iframes: /en/embed/letter/<slug> (lib/embeds). */
export const GET = embedRoute(letterEmbedResponse);
