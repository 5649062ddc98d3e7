import { prisonerEmbedResponse } from "@/lib/embeds/embed-response";
import { embedRoute } from "@/lib/embeds/embed-route";

/** A prisoner's card for partner sites' iframes: /en/embed/prisoner/<slug> (lib/embeds). */
export const GET = embedRoute(prisonerEmbedResponse);
