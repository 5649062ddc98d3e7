import type { TypeText } from "./openapi-reference";

/** The id of a named schema's table on the data page, for links from the types that use it. */
export function schemaAnchor(name: string): string {
  return `type-${name}`;
}

/**
 * A printed type (`CalendarDate | null`, `Citation[]`) with each named schema in it a link to
 * that schema's table. Plain text when it names none: most rows' types, and the data page's rows
 * are many (no element nor class that is not needed).
 */
export function TypeTextLinks({ type, linkClass }: { type: TypeText; linkClass?: string }) {
  if (type.refs.length === 0) return type.text;
  const refs = new Set(type.refs);
  const parts = type.text.split(/([A-Za-z][A-Za-z0-9]*)/).filter(Boolean);
  return parts.map((part, index) =>
    refs.has(part) ? (
      <a key={index} href={`#${schemaAnchor(part)}`} className={linkClass}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** A printed type in <code>, outside the field tables (an endpoint's answer). */
export function TypeTextCode({ type }: { type: TypeText }) {
  return (
    <code className="break-words">
      <TypeTextLinks type={type} linkClass="text-link" />
    </code>
  );
}
