import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Re-renders the prisoner editor after a save, so that the form starts from the stored values
 * and the new version. Outside a Next.js request (integration tests call actions directly)
 * there is no page to refresh.
 */
export function refreshPrisonerEditor(id: string): void {
  try {
    revalidatePath(`/[locale]/dashboard/prisoners/${id}`, "layout");
    revalidatePath("/[locale]/dashboard/prisoners", "page");
  } catch (error) {
    if (error instanceof Error && error.message.includes("static generation store missing")) return;
    throw error;
  }
}
