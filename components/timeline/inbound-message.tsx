import Link from "next/link";
import { splitDemoScript } from "@/lib/demo-script";
import { sessionHref } from "@/lib/format";
import { legibleText } from "@/lib/legible-text";
import type { MessageItem } from "@/lib/timeline-view";

interface Props {
  item: MessageItem;
}

/** A message that reached this session, with where it came from ("from agent:main:a via sessions_send"). */
export function InboundMessage({ item }: Props) {
  const { provenance } = item;
  const source = provenance?.sourceSessionKey ?? null;
  const tool = provenance?.sourceTool ?? null;
  const { prose, script } = splitDemoScript(item.text);
  return (
    <section
      data-testid="inbound-message"
      className="rounded border border-violet-900/60 bg-violet-950/20 px-3 py-2"
    >
      <p className="mb-1 text-xs text-violet-300">
        <span className="font-semibold">{provenance ? "Message" : `${item.role} message`}</span>
        {source ? (
          <>
            {" "}
            from{" "}
            <Link href={sessionHref(source)} className="rounded font-mono hover:underline">
              {source}
            </Link>
          </>
        ) : (
          provenance && ` (${provenance.kind})`
        )}
        {tool && (
          <>
            {" "}
            via <span className="font-mono">{tool}</span>
          </>
        )}
      </p>
      <div className="max-h-64 overflow-y-auto leading-relaxed break-words whitespace-pre-wrap text-zinc-300">
        {legibleText(prose)}
      </div>
      {script && (
        <details data-testid="demo-script" className="mt-1 text-xs text-zinc-400">
          <summary className="cursor-pointer">Demo script (what the scripted model is told to do)</summary>
          <pre className="mt-1 max-h-48 overflow-auto break-words whitespace-pre-wrap">
            {legibleText(script)}
          </pre>
        </details>
      )}
    </section>
  );
}
