import { xml2js, type Element } from "xml-js";

/**
 * The rules of RFC 4287 (The Atom Syndication Format) that a feed document can break, checked
 * on the parsed XML. Returns one line per broken rule, naming the section; an empty list means
 * the document is valid as far as these rules go. Written for the tests: the validators people
 * use (W3C's feedvalidator) are web services or Python, neither of which runs here.
 */
const ATOM = "http://www.w3.org/2005/Atom";
// RFC 3339 date-time, as section 3.3 requires (an uppercase "T" and "Z").
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const TEXT_TYPES = new Set(["text", "html", "xhtml"]);

function elements(parent: Element | undefined, name: string): Element[] {
  return (parent?.elements ?? []).filter(
    (child) => child.type === "element" && child.name === name,
  );
}

function textOf(element: Element | undefined): string {
  return (element?.elements ?? []).map((node) => String(node.text ?? node.cdata ?? "")).join("");
}

function isAbsoluteIri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

function checkText(parent: Element, name: string, where: string, problems: string[]): void {
  for (const element of elements(parent, name)) {
    const type = String(element.attributes?.type ?? "text");
    if (!TEXT_TYPES.has(type)) problems.push(`${where}: ${name} has type "${type}" (3.1.1)`);
  }
}

function checkOnce(
  parent: Element,
  name: string,
  where: string,
  rule: "exactly" | "at most",
  problems: string[],
): void {
  const count = elements(parent, name).length;
  if (rule === "exactly" ? count !== 1 : count > 1) {
    problems.push(`${where}: ${count} atom:${name} (must be ${rule} one)`);
  }
}

function checkPersons(parent: Element, where: string, problems: string[]): void {
  for (const name of ["author", "contributor"]) {
    for (const person of elements(parent, name)) {
      // 3.2: exactly one atom:name, at most one atom:uri and atom:email.
      if (elements(person, "name").length !== 1 || textOf(elements(person, "name")[0]) === "")
        problems.push(`${where}: atom:${name} without exactly one non-empty atom:name (3.2.1)`);
      checkOnce(person, "uri", `${where} ${name}`, "at most", problems);
      checkOnce(person, "email", `${where} ${name}`, "at most", problems);
      for (const uri of elements(person, "uri")) {
        if (!isAbsoluteIri(textOf(uri)))
          problems.push(`${where}: ${name}'s uri is not an IRI (3.2.2)`);
      }
    }
  }
}

function checkLinks(parent: Element, where: string, problems: string[]): Element[] {
  const links = elements(parent, "link");
  const alternates = new Set<string>();
  for (const link of links) {
    const href = String(link.attributes?.href ?? "");
    if (!isAbsoluteIri(href))
      problems.push(`${where}: link href "${href}" is not absolute (4.2.7.1)`);
    // 4.2.7.2: a link without rel is an "alternate" link.
    if (String(link.attributes?.rel ?? "alternate") !== "alternate") continue;
    const key = `${String(link.attributes?.type ?? "")}|${String(link.attributes?.hreflang ?? "")}`;
    if (alternates.has(key)) {
      problems.push(`${where}: two alternate links of the same type and hreflang (4.1.1, 4.1.2)`);
    }
    alternates.add(key);
  }
  return links.filter((link) => String(link.attributes?.rel ?? "alternate") === "alternate");
}

function checkCommon(element: Element, where: string, problems: string[]): void {
  checkOnce(element, "id", where, "exactly", problems);
  checkOnce(element, "title", where, "exactly", problems);
  checkOnce(element, "updated", where, "exactly", problems);
  checkOnce(element, "rights", where, "at most", problems);
  const id = textOf(elements(element, "id")[0]);
  if (id && !isAbsoluteIri(id))
    problems.push(`${where}: atom:id "${id}" is not an absolute IRI (4.2.6)`);
  const title = elements(element, "title")[0];
  if (title && textOf(title).trim() === "") problems.push(`${where}: empty atom:title (4.2.14)`);
  for (const name of ["updated", "published"]) {
    for (const date of elements(element, name)) {
      if (!DATE_TIME.test(textOf(date))) {
        problems.push(
          `${where}: atom:${name} "${textOf(date)}" is not an RFC 3339 date-time (3.3)`,
        );
      }
    }
  }
  for (const name of ["title", "subtitle", "summary", "rights"])
    checkText(element, name, where, problems);
  checkPersons(element, where, problems);
}

export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  let document: Element;
  try {
    document = xml2js(xml, { compact: false }) as Element;
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const feeds = elements(document, "feed");
  const feed = feeds[0];
  if (feeds.length !== 1 || !feed) return ["the root element is not atom:feed (4.1.1)"];
  if (feed.attributes?.xmlns !== ATOM) problems.push("atom:feed is not in the Atom namespace (2)");

  checkCommon(feed, "feed", problems);
  checkOnce(feed, "subtitle", "feed", "at most", problems);
  checkOnce(feed, "generator", "feed", "at most", problems);
  checkOnce(feed, "icon", "feed", "at most", problems);
  checkOnce(feed, "logo", "feed", "at most", problems);
  checkLinks(feed, "feed", problems);
  // 4.1.1: SHOULD contain one link rel="self"; we hold ourselves to it.
  if (!elements(feed, "link").some((link) => link.attributes?.rel === "self")) {
    problems.push('feed: no atom:link rel="self" (4.1.1)');
  }

  const feedHasAuthor = elements(feed, "author").length > 0;
  const ids = new Set<string>();
  elements(feed, "entry").forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    checkCommon(entry, where, problems);
    checkOnce(entry, "summary", where, "at most", problems);
    checkOnce(entry, "content", where, "at most", problems);
    checkOnce(entry, "published", where, "at most", problems);
    const alternates = checkLinks(entry, where, problems);
    // 4.1.2: without atom:content, an entry needs an alternate link.
    if (elements(entry, "content").length === 0 && alternates.length === 0) {
      problems.push(`${where}: neither atom:content nor an alternate link (4.1.2)`);
    }
    // 4.1.1 / 4.1.2: the author is the feed's, or the entry's own (or its source's).
    const source = elements(entry, "source")[0];
    const entryHasAuthor =
      elements(entry, "author").length > 0 || elements(source, "author").length > 0;
    if (!feedHasAuthor && !entryHasAuthor) {
      problems.push(`${where}: no atom:author, and the feed has none (4.1.1, 4.1.2)`);
    }
    const id = textOf(elements(entry, "id")[0]);
    // 4.1.1: entries with the same id are revisions of one entry; a feed of ours has no revisions.
    if (ids.has(id)) problems.push(`${where}: atom:id "${id}" repeats another entry's (4.1.1)`);
    ids.add(id);
  });
  return problems;
}
