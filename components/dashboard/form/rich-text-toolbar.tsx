"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  link: boolean;
  h2: boolean;
  h3: boolean;
  h4: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  href: string;
}

function ToolButton({
  pressed,
  onClick,
  children,
}: {
  pressed?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className="min-h-9 min-w-9 rounded border border-slate-400 px-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 aria-pressed:bg-accent-700 aria-pressed:text-white dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-pressed:bg-accent-200 dark:aria-pressed:text-accent-950"
    >
      {children}
    </button>
  );
}

/**
 * The formatting buttons. Toggle buttons say their state with aria-pressed; links are edited in
 * a small inline field rather than a prompt() dialog.
 */
export function RichTextToolbar({
  editor,
  active,
  label,
}: {
  editor: Editor;
  active: ToolbarState;
  label: string;
}) {
  const t = useTranslations("RichTextEditor");
  const [editingLink, setEditingLink] = useState(false);
  const [href, setHref] = useState("");
  const chain = () => editor.chain().focus();

  const applyLink = () => {
    const value = href.trim();
    if (value) chain().extendMarkRange("link").setLink({ href: value }).run();
    else chain().extendMarkRange("link").unsetLink().run();
    setEditingLink(false);
  };

  return (
    <div className="flex flex-col gap-2">
      <div role="toolbar" aria-label={label} className="flex flex-wrap gap-1">
        <ToolButton pressed={active.bold} onClick={() => chain().toggleBold().run()}>
          {t("bold")}
        </ToolButton>
        <ToolButton pressed={active.italic} onClick={() => chain().toggleItalic().run()}>
          {t("italic")}
        </ToolButton>
        <ToolButton
          pressed={active.link}
          onClick={() => {
            setHref(active.href);
            setEditingLink((open) => !open);
          }}
        >
          {t("link")}
        </ToolButton>
        <ToolButton pressed={active.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          {t("heading", { level: 2 })}
        </ToolButton>
        <ToolButton pressed={active.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          {t("heading", { level: 3 })}
        </ToolButton>
        <ToolButton pressed={active.h4} onClick={() => chain().toggleHeading({ level: 4 }).run()}>
          {t("heading", { level: 4 })}
        </ToolButton>
        <ToolButton pressed={active.bulletList} onClick={() => chain().toggleBulletList().run()}>
          {t("bulletList")}
        </ToolButton>
        <ToolButton pressed={active.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          {t("orderedList")}
        </ToolButton>
        <ToolButton pressed={active.blockquote} onClick={() => chain().toggleBlockquote().run()}>
          {t("blockquote")}
        </ToolButton>
      </div>
      {editingLink ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {t("linkAddress")}
            <input
              type="url"
              value={href}
              onChange={(event) => setHref(event.target.value)}
              onKeyDown={(event) => {
                // Enter applies the link instead of submitting the whole form.
                if (event.key === "Enter") {
                  event.preventDefault();
                  applyLink();
                }
              }}
              className="min-h-9 rounded border border-slate-500 px-2 font-normal"
            />
          </label>
          <ToolButton onClick={applyLink}>{t("applyLink")}</ToolButton>
          <ToolButton
            onClick={() => {
              setHref("");
              chain().extendMarkRange("link").unsetLink().run();
              setEditingLink(false);
            }}
          >
            {t("removeLink")}
          </ToolButton>
        </div>
      ) : null}
    </div>
  );
}
