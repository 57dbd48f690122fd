interface Props {
  reason: string;
}

/** The gateway's own words when the connection failed, in full (the pill only has room for a line). */
export function GatewayErrorBanner({ reason }: Props) {
  return (
    <div
      data-testid="gateway-error"
      role="alert"
      className="border-b border-red-900/60 bg-red-950/40 px-4 py-2 text-xs text-red-200"
    >
      <strong className="font-semibold">Gateway error:</strong> <span className="break-words">{reason}</span>
    </div>
  );
}
