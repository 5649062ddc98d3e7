import type { ComponentProps, ReactNode } from "react";
import { ContentClientMessages } from "@/components/dashboard/content/content-client-messages";
import { DeleteSection } from "@/components/dashboard/content/delete-section";
import { ItemHeader } from "@/components/dashboard/content/item-header";
import { historyPath } from "@/components/dashboard/history/content-paths";
import {
  CONTENT_SECTIONS,
  type SectionContentType,
} from "@/lib/actions/content-editor/content-sections";
import { can, type Actor } from "@/lib/auth/policy";
import type { TranslationStatus } from "@/lib/validation/localized";

interface ReferenceItemEditorProps {
  actor: Actor;
  type: SectionContentType;
  /** The item's key in its address, history and delete form (a country's code, else its id). */
  id: string;
  /** What the editor loader returned about the item's version and use. */
  item: { version: number; updatedAt: Date; usage: number };
  title: string;
  translation: TranslationStatus;
  /** `?created=1` after the create action sent the user here. */
  created: boolean;
  deleteAction: ComponentProps<typeof DeleteSection>["action"];
  /** The item's form. */
  children: ReactNode;
}

/**
 * The page of one reference item (tag, country, facility …): its header with version, history
 * link and a read-only notice when the actor may not save, the form, and the delete section.
 * The policy is asked here only to hide what the actor cannot do; the actions ask it again.
 */
export function ReferenceItemEditor({
  actor,
  type,
  id,
  item,
  title,
  translation,
  created,
  deleteAction,
  children,
}: ReferenceItemEditorProps) {
  return (
    <ContentClientMessages>
      <ItemHeader
        title={title}
        backHref={`/dashboard/${CONTENT_SECTIONS[type]}`}
        version={item.version}
        updatedAt={item.updatedAt}
        translation={translation}
        historyHref={historyPath(type, id)}
        created={created}
        readOnly={!can(actor, "update", { type })}
      />
      {children}
      <DeleteSection
        actor={actor}
        type={type}
        usage={item.usage}
        action={deleteAction}
        id={id}
        version={item.version}
      />
    </ContentClientMessages>
  );
}
