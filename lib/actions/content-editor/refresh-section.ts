import "server-only";
import { revalidatePath } from "next/cache";
import {
  CONTENT_SECTIONS,
  type SectionContentType,
} from "@/lib/actions/content-editor/content-sections";

/**
 * Re-renders a section's dashboard pages (list and editors) after a write, so that a form starts
 * again from the stored values and version. Outside a Next.js request (integration tests call
 * the actions directly) there is no page to refresh.
 */
export function refreshSection(type: SectionContentType): void {
  try {
    revalidatePath(`/[locale]/dashboard/${CONTENT_SECTIONS[type]}`, "layout");
  } catch (error) {
    if (error instanceof Error && error.message.includes("static generation store missing")) return;
    throw error;
  }
}
