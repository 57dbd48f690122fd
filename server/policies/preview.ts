import { HopsQuery } from "@/lib/hops";
import type { HandoffPolicies, NotePreview, PolicyPreview } from "@/lib/policies";
import type { Hop } from "@/lib/hops";
import type { Store } from "../store/store";

/** How many recent hops to look through for one with a known target session. */
const RECENT = 20;

/**
 * The Settings preview: the notes `policies` would post for the most recent real hop, rendered
 * by the engine itself, so the preview is the note exactly as it would be posted.
 */
export function createPolicyPreview(deps: {
  store: Pick<Store, "listHops">;
  render: (hop: Hop, policies?: HandoffPolicies) => Promise<NotePreview[]>;
}) {
  return async (policies?: HandoffPolicies): Promise<PolicyPreview> => {
    const { hops } = await deps.store.listHops(HopsQuery.parse({ limit: RECENT }));
    const hop = hops.find((h) => h.targetSessionKey !== null);
    if (!hop) return null;
    return {
      hopId: hop.hopId,
      route: `${hop.callerSessionKey} → ${hop.targetSessionKey}`,
      notes: await deps.render(hop, policies),
    };
  };
}
export type PolicyPreviewer = ReturnType<typeof createPolicyPreview>;
