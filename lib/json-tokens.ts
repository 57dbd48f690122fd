/** A piece of indented JSON text and what it is, for syntax colouring. */
export interface JsonToken {
  text: string;
  kind: "key" | "string" | "number" | "literal" | "plain";
}

const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b/g;

/** Splits JSON text into coloured tokens; the pieces joined give back the text exactly. Pure. */
export function jsonTokens(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > at) tokens.push({ text: text.slice(at, match.index), kind: "plain" });
    const [whole, string, colon, number, literal] = match;
    if (string !== undefined) {
      tokens.push({ text: string, kind: colon ? "key" : "string" });
      if (colon) tokens.push({ text: colon, kind: "plain" });
    } else if (number !== undefined) tokens.push({ text: number, kind: "number" });
    else if (literal !== undefined) tokens.push({ text: literal, kind: "literal" });
    at = match.index + whole.length;
  }
  if (at < text.length) tokens.push({ text: text.slice(at), kind: "plain" });
  return tokens;
}
