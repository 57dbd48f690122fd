import { legibleText } from "@/lib/legible-text";

interface Props {
  text: string;
}

/**
 * Text an agent (or the gateway, for it) wrote, inline: hidden and reordering characters as
 * visible markers, and isolated (<bdi>) so right-to-left text cannot reorder what surrounds it.
 */
export function AgentText({ text }: Props) {
  return <bdi>{legibleText(text)}</bdi>;
}
