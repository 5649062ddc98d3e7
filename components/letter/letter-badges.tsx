import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { LetterListItemDto } from "@/lib/data/letters";

const stateTones: Record<LetterListItemDto["state"], BadgeTone> = {
  OPEN: "success",
  CLOSED: "neutral",
  DELIVERED: "info",
};

/** Kind and state of a letter, in words (the colour only repeats the state). */
export async function LetterBadges({
  letter,
}: {
  letter: Pick<LetterListItemDto, "kind" | "state">;
}) {
  const [tKind, tState] = await Promise.all([
    getTranslations("LetterKind"),
    getTranslations("LetterState"),
  ]);
  return (
    <div className="flex flex-wrap gap-2">
      <Badge>{tKind(letter.kind)}</Badge>
      <Badge tone={stateTones[letter.state]}>{tState(letter.state)}</Badge>
    </div>
  );
}
