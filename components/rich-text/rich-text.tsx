import type { ReactNode } from "react";

/**
 * Renders rich text stored as ProseMirror/Tiptap JSON with React elements only: no HTML string
 * is ever injected, so stored content cannot carry script. Unknown nodes keep their text, unknown
 * marks are dropped, links are kept only for http(s) and mailto addresses.
 *
 * Written by hand because the node set is small and fixed; a general renderer (and its HTML
 * sanitiser) would be more code to trust than this.
 */
interface RichTextProps {
  /** The document (`{ type: "doc", content: [...] }`) as stored; anything else renders nothing. */
  doc: unknown;
  /**
   * Levels to add to the document's headings (which start at h2, below the page's h1): 1 when
   * the text sits under an h2 of the page, such as "Text of the letter".
   */
  headingOffset?: 0 | 1 | 2;
  /** Set when the text is in another language than the page. */
  lang?: string;
  className?: string;
}

interface Mark {
  type: string;
  attrs?: Record<string, unknown>;
}

interface RichNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Mark[];
  content?: RichNode[];
}

// Editors cannot nest deeper than a few lists; the cap only guards against a malformed document.
const MAX_DEPTH = 24;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function toNode(value: unknown): RichNode | null {
  if (!isRecord(value) || typeof value.type !== "string") return null;
  return {
    type: value.type,
    text: typeof value.text === "string" ? value.text : undefined,
    attrs: isRecord(value.attrs) ? value.attrs : undefined,
    marks: Array.isArray(value.marks)
      ? value.marks.filter((mark): mark is Mark => isRecord(mark) && typeof mark.type === "string")
      : undefined,
    content: Array.isArray(value.content)
      ? value.content.map(toNode).filter((node): node is RichNode => node !== null)
      : undefined,
  };
}

/** The link target if it is safe to follow (web, e-mail, a path on this site), otherwise null. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  // A path on this site. Browsers read "//host", "/\host" and "/<tab>/host" as another site, so a
  // path may not continue with a slash, and may hold no backslash, whitespace or control character.
  if (value.startsWith("/")) return /^\/(?!\/)[^\\\s\p{Cc}]*$/u.test(value) ? value : null;
  try {
    const url = new URL(value.trim());
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function renderText(node: RichNode, key: number): ReactNode {
  let element: ReactNode = node.text ?? "";
  // Links wrap outermost so that bold or italic text inside a link stays one link.
  const marks = [...(node.marks ?? [])].sort(
    (a, b) => Number(a.type === "link") - Number(b.type === "link"),
  );
  for (const mark of marks) {
    if (mark.type === "bold" || mark.type === "strong") element = <strong>{element}</strong>;
    else if (mark.type === "italic" || mark.type === "em") element = <em>{element}</em>;
    else if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href) {
        element = (
          <a
            href={href}
            rel="noopener noreferrer"
            className="font-medium text-accent-700 underline underline-offset-4 hover:decoration-2 dark:text-accent-200"
          >
            {element}
          </a>
        );
      }
    }
  }
  return <span key={key}>{element}</span>;
}

function renderChildren(node: RichNode, depth: number, headingOffset: number): ReactNode[] {
  return (node.content ?? []).map((child, index) =>
    renderNode(child, index, depth + 1, headingOffset),
  );
}

function renderNode(node: RichNode, key: number, depth: number, headingOffset: number): ReactNode {
  if (depth > MAX_DEPTH) return null;
  const children = () => renderChildren(node, depth, headingOffset);

  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "hardBreak":
      return <br key={key} />;
    case "paragraph":
      return <p key={key}>{children()}</p>;
    case "heading": {
      const level = typeof node.attrs?.level === "number" ? Math.round(node.attrs.level) : 2;
      // Never an h1 (the page title is the only one), never beyond h6.
      const rendered = Math.min(6, Math.max(2, level + headingOffset));
      const Heading = `h${rendered}` as "h2" | "h3" | "h4" | "h5" | "h6";
      return (
        <Heading key={key} className="mt-8 text-lg font-semibold text-slate-900 dark:text-slate-50">
          {children()}
        </Heading>
      );
    }
    case "bulletList":
      return (
        <ul key={key} className="list-disc space-y-1 ps-6">
          {children()}
        </ul>
      );
    case "orderedList": {
      const start = typeof node.attrs?.start === "number" ? node.attrs.start : undefined;
      return (
        <ol key={key} start={start} className="list-decimal space-y-1 ps-6">
          {children()}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{children()}</li>;
    case "blockquote":
      return (
        <blockquote
          key={key}
          className="border-s-4 border-slate-300 ps-4 text-slate-700 dark:border-slate-600 dark:text-slate-300"
        >
          {children()}
        </blockquote>
      );
    default:
      // An unknown node (a newer editor feature): keep its text rather than lose it.
      return node.content ? <div key={key}>{children()}</div> : null;
  }
}

export function RichText({ doc, headingOffset = 0, lang, className }: RichTextProps) {
  const root = toNode(doc);
  if (!root) return null;
  return (
    <div lang={lang} className={className ?? "space-y-4 leading-relaxed"}>
      {renderChildren(root, 0, headingOffset)}
    </div>
  );
}
