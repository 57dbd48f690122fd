import type { Hop } from "@/lib/hops";
import type { HandoffPolicies, PolicyRule, SessionMatch } from "@/lib/policies";
import { agentIdFromSessionKey } from "@/lib/sessions";

/** What a rule can match a session by besides its key. */
export interface SessionNames {
  label: string | null;
}

/** The policy a hop gets: the first rule that matches it, filled in from the default. */
export type EffectivePolicy = Omit<HandoffPolicies, "rules"> & { rule: string | null };

/** `*` stands for any run of characters; everything else is literal. */
function globMatches(glob: string, value: string): boolean {
  const pattern = glob
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${pattern}$`).test(value);
}

function sessionMatches(match: SessionMatch, key: string | null, names: SessionNames | null): boolean {
  if (key === null) return false;
  if (match.key && !globMatches(match.key, key)) return false;
  if (match.agent && agentIdFromSessionKey(key) !== match.agent) return false;
  if (match.label && !(names?.label && globMatches(match.label, names.label))) return false;
  return true;
}

function ruleMatches(rule: PolicyRule, hop: Hop, names: (key: string) => SessionNames | null): boolean {
  const target = hop.targetSessionKey;
  if (rule.target && !sessionMatches(rule.target, target, target ? names(target) : null)) return false;
  return !rule.sender || sessionMatches(rule.sender, hop.callerSessionKey, names(hop.callerSessionKey));
}

/** The first matching rule wins; what it leaves out, and every hop no rule matches, gets the default. Pure. */
export function policyFor(
  policies: HandoffPolicies,
  hop: Hop,
  names: (key: string) => SessionNames | null,
): EffectivePolicy {
  const { rules, ...defaults } = policies;
  const index = rules.findIndex((r) => ruleMatches(r, hop, names));
  if (index < 0) return { ...defaults, rule: null };
  const { name, target: _t, sender: _s, ...own } = rules[index]!;
  const set = Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
  return { ...defaults, ...set, rule: name ?? `rule ${index + 1}` };
}
