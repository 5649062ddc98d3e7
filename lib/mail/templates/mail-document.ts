/**
 * What an e-mail says, independent of its format: each template builds one of these, and the text
 * and HTML renderers turn it into the two parts of the message. Building both parts from one
 * document keeps their wording and their links identical.
 */
export interface MailDocument {
  subject: string;
  greeting: string;
  blocks: MailBlock[];
  signOff: string;
  footer: string;
  /** Extra headers, e.g. RFC 8058's List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
}

export type MailBlock =
  | { type: "paragraph"; text: string }
  /** A link to act on; "primary" is the one thing the e-mail asks for (shown as a button). */
  | { type: "action"; label: string; url: string; emphasis: "primary" | "secondary" };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}
