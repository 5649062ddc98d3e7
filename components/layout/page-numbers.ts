/**
 * The page numbers a pagination shows: the first and last, and two on each side of the current
 * one, with null where a run of pages is left out ("1 … 4 5 6 7 8 … 20").
 */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let number = 1; number <= pageCount; number++) {
    const near = Math.abs(number - page) <= 2;
    if (number === 1 || number === pageCount || near) pages.push(number);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
