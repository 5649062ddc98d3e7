import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { can, type Actor, type ContentType } from "@/lib/auth/policy";
import { CONTENT_KINDS } from "@/lib/content-store/content-kinds";
import { statesOf, transitionAction } from "@/lib/content-store/transitions";
import type { WorkflowState } from "@/lib/content-store/types";
import { WorkflowForm } from "@/components/dashboard/workflow/workflow-form";
import { dashboardRoutes } from "@/lib/routes";

interface WorkflowPanelProps {
  type: ContentType;
  id: string;
  /** The item's state and version as the page around the panel read them. */
  state: WorkflowState;
  version: number;
  actor: Actor;
  /** Hide the link to the history page (e.g. on the history page itself). */
  hideHistoryLink?: boolean;
}

/**
 * The item's workflow state and the moves this actor may make from it (submit for review,
 * publish, return to draft, archive; for letters open, close, delivered), as one small POST form
 * with a button per move. An async server component: embed it in any dashboard page (not inside
 * a client component). The policy is asked
 * here only to hide what the actor cannot do; the content store asks it again on submit.
 */
export async function WorkflowPanel({
  type,
  id,
  state,
  version,
  actor,
  hideHistoryLink,
}: WorkflowPanelProps) {
  const { stateEnum } = CONTENT_KINDS[type];
  const moves = stateEnum
    ? statesOf(stateEnum).filter((to) => {
        const action = transitionAction(stateEnum, state, to);
        return action !== null && can(actor, action, { type, state });
      })
    : [];
  const messages = await getMessages();
  // The form runs in the browser: it gets the strings it needs, and no others.
  return (
    <NextIntlClientProvider messages={{ Workflow: messages.Workflow }}>
      <WorkflowForm
        type={type}
        id={id}
        state={state}
        version={version}
        moves={moves}
        historyHref={hideHistoryLink ? null : dashboardRoutes.history(type, id)}
      />
    </NextIntlClientProvider>
  );
}
