import { gapSentence, type Gap } from "@/lib/gaps";

interface Props {
  gaps: readonly Gap[];
}

/** Says which live events this page missed and what was got back, one line per gap. */
export function GapBanner({ gaps }: Props) {
  if (gaps.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="gap-banner"
      className="space-y-1 rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm text-amber-200"
    >
      {gaps.map((gap) => (
        <p key={gap.id}>{gapSentence(gap)}</p>
      ))}
    </div>
  );
}
