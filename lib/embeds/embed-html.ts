/**
 * The embeds' HTML, written as a string by a route handler rather than rendered as a Next.js page:
 * a page brings the framework's client scripts (React, the router: over 100 KB a card would load
 * on every partner page) and its layout; this card is a few kilobytes with no script at all, so it
 * works with scripts blocked in the frame and sets nothing in the partner's visitors' browsers.
 * Every value is escaped here; no HTML from the database is ever inserted.
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** Text with its language when it differs from the card's (a fallback name). */
export interface EmbedText {
  text: string;
  lang?: string;
}

function text(value: EmbedText): string {
  return value.lang
    ? `<span lang="${escapeHtml(value.lang)}">${escapeHtml(value.text)}</span>`
    : escapeHtml(value.text);
}

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#0f172a;background:#fff;font-size:16px;line-height:1.4}
.card{display:flex;gap:12px;align-items:flex-start;padding:12px;border:1px solid #cbd5e1;border-radius:8px;max-width:480px}
.card img{width:96px;height:96px;object-fit:cover;border-radius:4px;flex:none}
.body{display:flex;flex-direction:column;gap:4px;min-width:0}
h1{font-size:1.125rem;margin:0}
p{margin:0}
.muted{color:#334155;font-size:.875rem}
a{color:#1d4ed8;text-decoration:underline;text-underline-offset:2px}
a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sign{display:inline-block;margin-top:4px;padding:6px 12px;background:#1d4ed8;color:#fff;border-radius:6px;font-weight:600;text-decoration:none}
.sign:hover{background:#1e40af}
@media (prefers-color-scheme:dark){body{color:#f1f5f9;background:#0f172a}.card{border-color:#475569}.muted{color:#cbd5e1}a{color:#93c5fd}.sign{background:#93c5fd;color:#0f172a}}
`;

export interface EmbedDocument {
  lang: string;
  title: string;
  body: string;
}

export function renderEmbedDocument(document: EmbedDocument): string {
  return `<!doctype html>
<html lang="${escapeHtml(document.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="card">${document.body}</main>
</body>
</html>
`;
}

/** A link that leaves the frame: a new window, without giving the site a handle on the partner's page. */
function outLink(href: string, content: string, newWindow: string, className?: string): string {
  const classAttribute = className ? ` class="${className}"` : "";
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener"${classAttribute}>${content}<span class="vh"> ${escapeHtml(newWindow)}</span></a>`;
}

export interface PrisonerCardContent {
  lang: string;
  documentTitle: string;
  name: EmbedText;
  profileUrl: string;
  photo: { src: string; alt: string } | null;
  status: string | null;
  /** "1,234 days in detention", or null when it cannot be counted. */
  detention: string | null;
  readMore: string;
  newWindow: string;
  source: string;
}

export function renderPrisonerCard(card: PrisonerCardContent): string {
  const photo = card.photo
    ? `<img src="${escapeHtml(card.photo.src)}" alt="${escapeHtml(card.photo.alt)}" width="96" height="96">`
    : "";
  const lines = [
    `<h1>${outLink(card.profileUrl, text(card.name), card.newWindow)}</h1>`,
    card.status ? `<p>${escapeHtml(card.status)}</p>` : "",
    card.detention ? `<p><strong>${escapeHtml(card.detention)}</strong></p>` : "",
    `<p class="muted">${outLink(card.profileUrl, escapeHtml(card.readMore), card.newWindow)} · ${escapeHtml(card.source)}</p>`,
  ];
  return renderEmbedDocument({
    lang: card.lang,
    title: card.documentTitle,
    body: `${photo}<div class="body">${lines.join("")}</div>`,
  });
}

export interface LetterCardContent {
  lang: string;
  documentTitle: string;
  title: EmbedText;
  letterUrl: string;
  /** The letter page's sign form. */
  signUrl: string;
  signatures: string | null;
  /** The sign link's label, or null when the letter no longer takes signatures. */
  sign: string | null;
  closed: string | null;
  newWindow: string;
  source: string;
}

export function renderLetterCard(card: LetterCardContent): string {
  const lines = [
    `<h1>${outLink(card.letterUrl, text(card.title), card.newWindow)}</h1>`,
    card.signatures ? `<p><strong>${escapeHtml(card.signatures)}</strong></p>` : "",
    card.sign
      ? `<p>${outLink(card.signUrl, escapeHtml(card.sign), card.newWindow, "sign")}</p>`
      : card.closed
        ? `<p class="muted">${escapeHtml(card.closed)}</p>`
        : "",
    `<p class="muted">${escapeHtml(card.source)}</p>`,
  ];
  return renderEmbedDocument({
    lang: card.lang,
    title: card.documentTitle,
    body: `<div class="body">${lines.join("")}</div>`,
  });
}
