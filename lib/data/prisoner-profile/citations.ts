import { apiRoutes } from "@/lib/routes";
import { webUrl } from "@/lib/net/web-url";
import type { CitationRefDto, SourceDto } from "./dto-types";
import type { CitationRecord, SourceRecord } from "./record-types";

/**
 * Numbers the sources in the order the page first cites them, one number per source however
 * often it is cited. Call `cite` in page order; each call returns the references for one place.
 */
export function createCitationNumbering(sources: Readonly<Record<string, SourceRecord>>) {
  const numbers = new Map<string, number>();
  const backRefs = new Map<string, SourceDto["backRefs"]>();
  return {
    cite(citations: readonly CitationRecord[]): CitationRefDto[] {
      const seenHere = new Set<string>();
      const refs: CitationRefDto[] = [];
      for (const { sourceId, locator } of citations) {
        if (!sources[sourceId] || seenHere.has(sourceId)) continue;
        seenHere.add(sourceId);
        let number = numbers.get(sourceId);
        if (number === undefined) {
          number = numbers.size + 1;
          numbers.set(sourceId, number);
          backRefs.set(sourceId, []);
        }
        const refsOfSource = backRefs.get(sourceId)!;
        const refId = `cite-${number}-${refsOfSource.length + 1}`;
        refsOfSource.push({ refId });
        refs.push({ number, refId, locator });
      }
      return refs.sort((a, b) => a.number - b.number);
    },
    /** The numbered list, including sources of the profile that no single fact cites. */
    sources(): SourceDto[] {
      return [...numbers]
        .map(([sourceId, number]) => {
          const source = sources[sourceId]!;
          return {
            number,
            anchorId: `source-${number}`,
            title: source.title,
            lang: source.language,
            publisher: source.publisher,
            url: webUrl(source.url) ?? webUrl(source.archiveUrl),
            archiveUrl: webUrl(source.url) ? webUrl(source.archiveUrl) : null,
            publishedOn: source.publishedOn,
            confidence: source.confidence,
            documentUrl: source.document
              ? apiRoutes.mediaFile(source.document.id, source.document.filename)
              : null,
            backRefs: backRefs.get(sourceId) ?? [],
          };
        })
        .sort((a, b) => a.number - b.number);
    },
  };
}
