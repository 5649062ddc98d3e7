import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { WorkflowState } from "@/lib/content-store/types";

const TONES: Record<WorkflowState, BadgeTone> = {
  DRAFT: "neutral",
  IN_REVIEW: "warning",
  PUBLISHED: "success",
  ARCHIVED: "neutral",
  OPEN: "success",
  CLOSED: "info",
  DELIVERED: "info",
};

/**
 * The workflow state as a badge: the word ("Workflow.states.*", translated by the caller, on the
 * server or in the browser) carries the meaning, the colour repeats it.
 */
export function WorkflowStateBadge({ state, label }: { state: WorkflowState; label: string }) {
  return <Badge tone={TONES[state]}>{label}</Badge>;
}
