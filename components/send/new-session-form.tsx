import type { NewSessionFields } from "@/lib/send-draft";

interface Props {
  fields: NewSessionFields;
  onChange: (fields: NewSessionFields) => void;
  readOnly: boolean;
}

const input =
  "w-full rounded border border-zinc-700 bg-zinc-900 px-2 py-1.5 text-sm text-zinc-100 placeholder:text-zinc-500";
const label = "space-y-0.5 text-xs text-zinc-400";

/** A new session to send to: agent id, key (the part after `agent:<agent>:`, random when empty), label. */
export function NewSessionForm({ fields, onChange, readOnly }: Props) {
  const set = (patch: Partial<NewSessionFields>) => onChange({ ...fields, ...patch });
  return (
    <div className="space-y-2 rounded border border-zinc-800 p-2">
      <div className="grid grid-cols-2 gap-2">
        <label className={label}>
          <span>Agent id</span>
          <input
            data-testid="new-session-agent"
            value={fields.agentId}
            onChange={(e) => set({ agentId: e.target.value })}
            readOnly={readOnly}
            placeholder="main"
            className={input}
          />
        </label>
        <label className={label}>
          <span>Label (optional)</span>
          <input
            data-testid="new-session-label"
            value={fields.label}
            onChange={(e) => set({ label: e.target.value })}
            readOnly={readOnly}
            className={input}
          />
        </label>
      </div>
      <label className={`${label} block`}>
        <span>Name or full key (optional)</span>
        <input
          data-testid="new-session-key"
          value={fields.key}
          onChange={(e) => set({ key: e.target.value })}
          readOnly={readOnly}
          placeholder="a short name, or agent:<agent id>:<name>"
          className={`${input} font-mono`}
        />
      </label>
      <p className="font-mono text-[0.7rem] break-all text-zinc-500">
        {fields.key.toLowerCase().startsWith("agent:")
          ? fields.key.toLowerCase()
          : `agent:${(fields.agentId || "…").toLowerCase()}:${(fields.key || "sb-…").toLowerCase()}`}
      </p>
    </div>
  );
}
