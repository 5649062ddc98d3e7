import { notFound } from "next/navigation";

/** Any path under a locale that no route matches: the localised not-found page, not the root one. */
export default function CatchAllPage() {
  notFound();
}
