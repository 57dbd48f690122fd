import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { oneLine, prettyJson, resultText } from "@/lib/format";
import { legibleText } from "@/lib/legible-text";

describe("hostile text stays legible", () => {
  it("shows every bidi override, embedding and isolate as a marker, in writing order", () => {
    assert.equal(legibleText("invoice\u202Efdp.exe"), "invoice⟨U+202E⟩fdp.exe");
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const marked = legibleText(`a${String.fromCodePoint(code)}b`);
      assert.equal(marked, `a⟨U+${code.toString(16).toUpperCase()}⟩b`);
    }
  });

  it("shows zero-width and invisible characters, but keeps the joiner inside an emoji", () => {
    assert.equal(legibleText("pay\u200Bpal\uFEFF\u2060"), "pay⟨U+200B⟩pal⟨U+FEFF⟩⟨U+2060⟩");
    assert.equal(legibleText("rm\u200D -rf"), "rm⟨U+200D⟩ -rf");
    assert.equal(legibleText("👩\u200D💻"), "👩\u200D💻");
    assert.equal(legibleText("left\u200Eright\u200F"), "left⟨U+200E⟩right⟨U+200F⟩");
  });

  it("leaves ordinary text, right-to-left letters included, as it is", () => {
    assert.equal(legibleText("Hello, שלום — مرحبا"), "Hello, שלום — مرحبا");
  });

  it("is applied by the helpers that render agent text", () => {
    assert.equal(oneLine("a\u202Eb", 20), "a⟨U+202E⟩b");
    assert.equal(prettyJson({ path: "x\u2067y" }), '{\n  "path": "x⟨U+2067⟩y"\n}');
    assert.equal(resultText({ content: [{ type: "text", text: "ok\u200B" }] }), "ok⟨U+200B⟩");
  });
});
