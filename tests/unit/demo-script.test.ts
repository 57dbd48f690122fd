import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitDemoScript } from "@/lib/demo-script";
import { handoffPlan } from "@/server/demo/plans";

describe("demo prompts", () => {
  it("read as a task, with the scripted plan folded apart", () => {
    const { prose, script } = splitDemoScript(handoffPlan("agent:main:research"));
    assert.equal(
      prose,
      "Ask agent:main:research to research battery recycling sources, and report back what it finds.",
    );
    assert.match(script ?? "", /^SB-PLAN: \[/);
    assert.deepEqual(splitDemoScript("just words"), { prose: "just words", script: null });
  });
});
