import type { MailBlock, MailDocument } from "@/lib/mail/templates/mail-document";

function blockAsText(block: MailBlock): string {
  if (block.type === "paragraph") return block.text;
  // The address on a line of its own: mail clients make it clickable, and it copies cleanly.
  return `${block.label}:\n${block.url}`;
}

/** The plain-text part of an e-mail. */
export function renderMailText(document: MailDocument): string {
  return [
    document.greeting,
    ...document.blocks.map(blockAsText),
    `— ${document.signOff}`,
    document.footer,
  ].join("\n\n");
}
