import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { planMessage, statusStep, textStep } from "@/server/demo/plans";
import { startScriptedModel, type ScriptedModel } from "@/server/demo/scripted-model";

interface Chunk {
  object: string;
  choices: Array<{ delta: Record<string, unknown>; finish_reason: string | null }>;
  usage?: { total_tokens: number };
}

/** Posts like the gateway does and splits the SSE answer into its `data:` payloads. */
async function complete(
  model: ScriptedModel,
  prompt: string,
  extra: Record<string, unknown> = {},
): Promise<{ status: number; data: string[] }> {
  const body = {
    model: "fake-model",
    stream: true,
    tools: [{ type: "function" }],
    messages: [{ role: "user", content: prompt }],
    ...extra,
  };
  const res = await fetch(`${model.baseUrl}/chat/completions`, {
    method: "POST",
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const data = text
    .split("\n\n")
    .filter(Boolean)
    .map((frame) => frame.replace(/^data: /, ""));
  return { status: res.status, data };
}

function chunks(data: string[]): Chunk[] {
  return data.slice(0, -1).map((payload) => JSON.parse(payload) as Chunk);
}

describe("the scripted model server", () => {
  let model: ScriptedModel;
  before(async () => {
    model = await startScriptedModel({ port: 0 });
  });
  after(() => model.close());

  it("listens on loopback with an OpenAI-style /v1 base URL", () => {
    assert.match(model.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    assert.ok(model.port > 0);
  });

  it("streams a tool call: role chunk, argument pieces, finish reason, usage, [DONE]", async () => {
    const { status, data } = await complete(model, planMessage("t", [statusStep()]));
    assert.equal(status, 200);
    assert.equal(data.at(-1), "[DONE]");
    const parsed = chunks(data);
    const opening = parsed[0]!.choices[0]!.delta as {
      role: string;
      tool_calls: Array<{ id: string; function: { name: string } }>;
    };
    assert.equal(opening.role, "assistant");
    assert.equal(opening.tool_calls[0]!.function.name, "session_status");
    const args = parsed
      .slice(1)
      .flatMap((c) =>
        c.choices.map(
          (choice) =>
            (choice.delta.tool_calls as Array<{ function: { arguments: string } }> | undefined)?.[0]?.function
              .arguments ?? "",
        ),
      )
      .join("");
    assert.deepEqual(JSON.parse(args), {});
    assert.equal(parsed.at(-2)!.choices[0]!.finish_reason, "tool_calls");
    assert.deepEqual(parsed.at(-1)!.choices, []);
    assert.ok(parsed.at(-1)!.usage!.total_tokens > 0);
  });

  it("gives every tool call a new id", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { data } = await complete(model, planMessage("t", [statusStep()]));
      ids.add((chunks(data)[0]!.choices[0]!.delta.tool_calls as Array<{ id: string }>)[0]!.id);
    }
    assert.equal(ids.size, 3);
  });

  it("streams text in pieces with the planned delay between them", async () => {
    const started = Date.now();
    const { data } = await complete(model, planMessage("t", [textStep("one two three four", 50, 4)]));
    const parsed = chunks(data);
    const pieces = parsed
      .map((c) => c.choices[0]?.delta.content)
      .filter((p): p is string => typeof p === "string");
    assert.deepEqual(pieces, ["", "one ", "two ", "three ", "four"]);
    assert.equal(parsed.at(-2)!.choices[0]!.finish_reason, "stop");
    assert.ok(Date.now() - started >= 3 * 50, "three pauses between four pieces");
  });

  it("refuses what the gateway never sends", async () => {
    assert.equal((await complete(model, "x", { stream: false })).status, 400);
    assert.equal((await fetch(`${model.baseUrl}/models`)).status, 404);
  });
});
