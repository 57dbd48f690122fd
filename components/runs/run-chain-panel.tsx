import type { Chain } from "@/lib/hops";
import { Notice } from "@/components/ui/notice";
import { ChainView } from "@/components/chain/chain-view";

interface Props {
  runId: string;
  /** Null while the chain loads. */
  chain: Chain | null;
  error: Error | null;
  labels: ReadonlyMap<string, string>;
}

/** The chain the run belongs to, or why it is not there. */
export function RunChainPanel({ runId, chain, error, labels }: Props) {
  if (chain) {
    return chain.hops.length > 0 ? (
      <ChainView chain={chain} currentRunId={runId} labels={labels} />
    ) : (
      <Notice>No handoffs: this run neither sent work to another session nor came from one.</Notice>
    );
  }
  return error ? (
    <Notice tone="error">Could not load the chain: {error.message}</Notice>
  ) : (
    <Notice tone="loading">Loading chain…</Notice>
  );
}
