import { clockTime, type Gap } from "@/lib/gaps";

/** Where a gap cut this timeline: events between these times came back from history, or not at all. */
export function GapMarker({ gap }: { gap: Gap }) {
  return (
    <p
      data-testid="gap-marker"
      className="border-y border-dashed border-amber-500/50 py-1 text-center text-xs text-amber-300"
    >
      Gap {clockTime(gap.from)}–{clockTime(gap.to)} UTC: live events missed
      {gap.recovered
        ? `; ${gap.recovered.events} recovered from the gateway's history`
        : gap.unrecoverable.length > 0
          ? "; not resynced"
          : "; resyncing…"}
    </p>
  );
}
