import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { jsonTokens } from "@/lib/json-tokens";
import { previewAtLine } from "@/lib/text-preview";

describe("how the timeline shortens and colours text", () => {
  it("cuts a long result at a line boundary, never mid-line", () => {
    const text = ["one", "two", "three", "four"].join("\n");
    assert.deepEqual(previewAtLine(text, 2, 100), { text: "one\ntwo", cut: true });
    assert.deepEqual(previewAtLine(text, 10, 9), { text: "one\ntwo", cut: true });
    assert.deepEqual(previewAtLine(text, 10, 100), { text, cut: false });
    assert.deepEqual(previewAtLine("a very long first line", 3, 12), { text: "a very long…", cut: true });
  });

  it("splits JSON into keys, strings, numbers and literals that join back to the text", () => {
    const text = JSON.stringify({ a: 'x: "y"', n: -1.5e3, ok: true, none: null }, null, 2);
    const tokens = jsonTokens(text);
    assert.equal(tokens.map((t) => t.text).join(""), text);
    const kinds = tokens.filter((t) => t.kind !== "plain").map((t) => [t.kind, t.text]);
    assert.deepEqual(kinds, [
      ["key", '"a"'],
      ["string", '"x: \\"y\\""'],
      ["key", '"n"'],
      ["number", "-1500"],
      ["key", '"ok"'],
      ["literal", "true"],
      ["key", '"none"'],
      ["literal", "null"],
    ]);
  });
});
