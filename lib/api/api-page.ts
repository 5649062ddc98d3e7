/** One page of a short list of the open-data API (letters, publications, facilities). */
export interface ApiPage<T> {
  items: T[];
  /** Every item, over all pages. */
  total: number;
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}
