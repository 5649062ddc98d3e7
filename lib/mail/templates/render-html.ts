import type { Locale } from "@/lib/i18n/routing";
import type { MailBlock, MailDocument } from "@/lib/mail/templates/mail-document";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

// Inline styles: many mail clients drop <style> blocks. Colours meet WCAG AA contrast
// (#18181b on white, white on #1d4ed8, #52525b on white for the footer).
const STYLE = {
  body: "margin:0;padding:0;background-color:#f4f4f5;",
  article:
    "max-width:600px;margin:0 auto;padding:24px;background-color:#ffffff;color:#18181b;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;",
  paragraph: "margin:0 0 16px 0;",
  button:
    "display:inline-block;padding:12px 20px;background-color:#1d4ed8;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:6px;",
  link: "color:#1d4ed8;text-decoration:underline;",
  fallback: "margin:0 0 16px 0;font-size:14px;color:#52525b;word-break:break-all;",
  footer: "margin:24px 0 0 0;font-size:14px;color:#52525b;",
};

function blockAsHtml(block: MailBlock, buttonFallback: string): string {
  if (block.type === "paragraph") {
    return `<p style="${STYLE.paragraph}">${escapeHtml(block.text)}</p>`;
  }
  const href = escapeHtml(block.url);
  if (block.emphasis === "secondary") {
    return `<p style="${STYLE.paragraph}"><a href="${href}" style="${STYLE.link}">${escapeHtml(block.label)}</a></p>`;
  }
  // The address is repeated as text (not as a second link) for clients that break buttons.
  return [
    `<p style="${STYLE.paragraph}"><a href="${href}" style="${STYLE.button}">${escapeHtml(block.label)}</a></p>`,
    `<p style="${STYLE.fallback}">${escapeHtml(buttonFallback)}<br>${href}</p>`,
  ].join("\n");
}

/**
 * The HTML part of an e-mail: one column, no remote images or fonts, no scripts; every value
 * from the document is escaped, so a name such as "<script>" arrives as text.
 */
export function renderMailHtml(
  document: MailDocument,
  options: { locale: Locale; buttonFallback: string },
): string {
  const subject = escapeHtml(document.subject);
  return `<!doctype html>
<html lang="${options.locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${subject}</title>
</head>
<body style="${STYLE.body}">
<div role="article" aria-roledescription="email" aria-label="${subject}" lang="${options.locale}" style="${STYLE.article}">
<p style="${STYLE.paragraph}">${escapeHtml(document.greeting)}</p>
${document.blocks.map((block) => blockAsHtml(block, options.buttonFallback)).join("\n")}
<p style="${STYLE.paragraph}">— ${escapeHtml(document.signOff)}</p>
<p style="${STYLE.footer}">${escapeHtml(document.footer)}</p>
</div>
</body>
</html>
`;
}
