import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { progressNote } from "@/server/policies/progress-summary";

describe("a progress relay note", () => {
  it("combines the tool calls of an interval: a count for repeated names, a duration for single ones", () => {
    const note = progressNote("agent:main:b", [
      { kind: "tool", name: "read_file", ms: 10, error: null },
      { kind: "tool", name: "exec", ms: 1200, error: null },
      { kind: "tool", name: "read_file", ms: 20, error: null },
    ]);
    assert.equal(note, "[progress] agent:main:b: 3 tool calls: read_file ×2, exec 1.2 s");
  });

  it("tells a failed tool, the first words, an onward handoff and the end, in one note", () => {
    const note = progressNote("agent:main:b", [
      { kind: "tool", name: "exec", ms: 300, error: "error" },
      { kind: "text", text: "Looking into it" },
      { kind: "handoff", to: "agent:main:c" },
      { kind: "end", ok: true, error: null },
    ]);
    assert.equal(
      note,
      "[progress] agent:main:b: 1 tool call: exec 0.3 s (failed: error); first words: “Looking into it”; handed work on to agent:main:c; finished",
    );
  });

  it("sends nothing for an empty interval", () => {
    assert.equal(progressNote("agent:main:b", []), null);
  });
});
