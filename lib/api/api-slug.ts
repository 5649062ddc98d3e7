/**
 * Whether a path segment can be a slug: lower-case words and digits joined by hyphens, at most 200
 * characters. Anything else names nothing, and is answered 404 without a query.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isApiSlug(value: string): boolean {
  return value.length <= 200 && SLUG.test(value);
}
