"use client";

import { useTranslations } from "next-intl";
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

/** The workflow state as a badge: the word carries the meaning, the colour repeats it. */
export function WorkflowStateBadge({ state }: { state: WorkflowState }) {
  const t = useTranslations("Workflow.states");
  return <Badge tone={TONES[state]}>{t(state)}</Badge>;
}
