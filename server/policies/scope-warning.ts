import type { HandoffPolicies } from "@/lib/policies";

/**
 * Why the configured policies cannot work with this token, in words for the UI; null when
 * they can (or when it is not known yet). chat.inject, behind transcript notes, needs admin.
 */
export function policyScopeWarning(policies: HandoffPolicies, scopes: string[] | null): string | null {
  if (!scopes || scopes.includes("operator.admin")) return null;
  const notes =
    policies.autoAcknowledge?.enabled ||
    policies.deliveryConfirmation?.enabled ||
    policies.progressRelay.enabled;
  if (notes && policies.deliverTo === "transcript") {
    return "The gateway token lacks operator.admin, which posting notes into a transcript (chat.inject) needs: acknowledgements and confirmations will fail.";
  }
  if (policies.loopGuard === "abort" && !scopes.includes("operator.write")) {
    return "The gateway token lacks operator.write, which aborting a run needs: the loop guard can only alert.";
  }
  return null;
}
