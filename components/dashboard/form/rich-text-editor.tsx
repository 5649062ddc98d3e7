"use client";

import Link from "@tiptap/extension-link";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { controlClass, FieldError } from "@/components/ui/field";
import { useFieldState } from "@/components/dashboard/form/form-context";
import { RichTextToolbar } from "@/components/dashboard/form/rich-text-toolbar";
import { useHydrating, useTextTypedBeforeHydration } from "@/components/ui/typed-before-hydration";
import {
  isPlainTextDocument,
  richTextFromPlainText,
  richTextToPlainText,
  type RichTextDoc,
} from "@/lib/content-model/rich-text";
import { parseRichTextField } from "@/lib/validation/localized";

interface RichTextEditorProps {
  /** Form name; the field submits the document as JSON (or plain text without JavaScript). */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Language of the text, for spell-checking and screen readers. */
  lang?: string;
}

/** Only what lib/content-model/rich-text.ts stores and the public renderer shows. */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: false,
  }),
  Link.configure({
    openOnClick: false,
    autolink: true,
    protocols: ["http", "https", "mailto"],
    HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
  }),
];

/**
 * The rich-text field (Tiptap): bold, italic, links, headings h2–h4, lists and quotes. The
 * document is kept as JSON in a hidden input and validated on the server against
 * lib/content-model/rich-text.ts. Before the editor loads, and without JavaScript, it is a plain
 * textarea whose blank-line-separated paragraphs the server turns into a document.
 */
export function RichTextEditor({ name, label, hint, lang }: RichTextEditorProps) {
  const field = useFieldState(name);
  // The textarea on the server and while hydrating; the editor once JavaScript runs.
  const mounted = !useHydrating();
  const t = useTranslations("RichTextEditor");
  const stored = field.value.trim() ? parseRichTextField(field.value.trim()) : null;
  // Formatted text cannot go through the plain textarea without losing its formatting: without
  // JavaScript it is shown read-only and submitted unchanged.
  const keptAsIs = stored !== null && !isPlainTextDocument(stored);
  const plainText = stored ? richTextToPlainText(stored) : field.value;
  // What the user typed into the textarea before the editor loaded replaces the stored text.
  const typed = useTextTypedBeforeHydration(field.id, plainText);
  const initial =
    keptAsIs || typed === plainText ? stored : typed.trim() ? richTextFromPlainText(typed) : null;
  const keptId = `${field.id}-kept`;
  const hintId = hint ? `${field.id}-hint` : undefined;
  const errorId = field.error ? `${field.id}-error` : undefined;
  const labelId = `${field.id}-label`;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className="flex flex-col gap-1.5">
      <label
        id={labelId}
        htmlFor={field.id}
        className="font-semibold text-slate-900 dark:text-slate-100"
      >
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      {field.error ? <FieldError id={errorId}>{field.error}</FieldError> : null}
      {mounted ? (
        <TiptapField
          name={name}
          id={field.id}
          labelId={labelId}
          describedBy={describedBy}
          invalid={Boolean(field.error)}
          lang={lang}
          initial={initial}
        />
      ) : keptAsIs ? (
        <>
          <input type="hidden" name={name} value={JSON.stringify(initial)} />
          <textarea
            id={field.id}
            lang={lang}
            rows={8}
            readOnly
            aria-describedby={[describedBy, keptId].filter(Boolean).join(" ")}
            defaultValue={plainText}
            className={controlClass}
          />
          <p id={keptId} className="text-sm text-slate-700 dark:text-slate-300">
            {t("keptWithoutScript")}
          </p>
        </>
      ) : (
        <textarea
          id={field.id}
          name={name}
          lang={lang}
          rows={8}
          aria-describedby={describedBy}
          aria-invalid={field.error ? true : undefined}
          defaultValue={typed}
          className={controlClass}
        />
      )}
    </div>
  );
}

function TiptapField({
  name,
  id,
  labelId,
  describedBy,
  invalid,
  lang,
  initial,
}: {
  name: string;
  id: string;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  lang?: string;
  initial: RichTextDoc | null;
}) {
  const t = useTranslations("RichTextEditor");
  const [json, setJson] = useState(() => (initial ? JSON.stringify(initial) : ""));
  const editor = useEditor({
    extensions,
    content: initial ?? "",
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(lang ? { lang } : {}),
        class: `${controlClass} prose-editor min-h-40 max-w-none`,
      },
    },
    onUpdate: ({ editor: current }) => setJson(JSON.stringify(current.getJSON())),
  });

  return (
    <div className="flex flex-col gap-2" data-rich-text-editor={name}>
      <input type="hidden" name={name} value={json} />
      {editor ? <ToolbarFor editor={editor} label={t("toolbar")} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function ToolbarFor({ editor, label }: { editor: Editor; label: string }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      link: current.isActive("link"),
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      h4: current.isActive("heading", { level: 4 }),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      blockquote: current.isActive("blockquote"),
      href: (current.getAttributes("link").href as string | undefined) ?? "",
    }),
  });
  return <RichTextToolbar editor={editor} active={active} label={label} />;
}
