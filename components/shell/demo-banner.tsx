import { SpinnerIcon } from "@/components/ui/icons";

interface Props {
  /** The demo gateway's start-up step while it boots, else null. */
  startupStep: string | null;
}

/** Says plainly that the data is a demo, and how to point Switchboard at a real gateway. */
export function DemoBanner({ startupStep }: Props) {
  return (
    <div
      data-testid="demo-banner"
      className="border-b border-sky-900/60 bg-sky-950/40 px-4 py-2 text-xs leading-relaxed text-sky-200"
    >
      <p>
        <strong className="font-semibold">Demo:</strong> Switchboard started a local OpenClaw gateway with a
        scripted model, because no gateway is configured.{" "}
        <span className="hidden sm:inline">
          To watch your own, set <Code>OPENCLAW_GATEWAY_URL</Code> (and <Code>OPENCLAW_GATEWAY_TOKEN</Code>)
          or keep a local OpenClaw config in <Code>~/.openclaw/openclaw.json</Code>.
        </span>
      </p>
      {startupStep && (
        <p className="mt-1 flex items-center gap-2 text-sky-300" role="status">
          <SpinnerIcon />
          Starting the demo gateway: {startupStep}
        </p>
      )}
    </div>
  );
}

function Code({ children }: { children: string }) {
  return <code className="rounded bg-sky-900/40 px-1 font-mono text-[0.7rem]">{children}</code>;
}
