import { expect, type APIRequestContext } from "@playwright/test";
import { RunsPage } from "@/lib/runs";
import { SessionsResponse } from "@/lib/sessions";

/**
 * Every page of the app, with a real run and session in the ids (the e2e sign-in's warm-up
 * run guarantees one): what the accessibility, phone and screenshot passes walk.
 */
export async function everyPage(request: APIRequestContext): Promise<{ name: string; path: string }[]> {
  const runs = RunsPage.parse(await (await request.get("/api/runs?limit=1")).json()).runs;
  const sessions = SessionsResponse.parse(await (await request.get("/api/sessions")).json()).sessions;
  expect(runs.length, "a run to show").toBeGreaterThan(0);
  const runId = encodeURIComponent(runs[0]!.runId);
  const sessionKey = encodeURIComponent(sessions[0]?.sessionKey ?? runs[0]!.sessionKey);
  return [
    { name: "now", path: "/" },
    { name: "runs", path: "/runs" },
    { name: "run", path: `/runs/${runId}` },
    { name: "run-chain", path: `/runs/${runId}?view=chain` },
    { name: "sessions", path: "/sessions" },
    { name: "session", path: `/sessions/${sessionKey}` },
    { name: "handoffs", path: "/handoffs" },
    { name: "alerts", path: "/alerts" },
    { name: "settings", path: "/settings" },
    { name: "audit", path: "/audit" },
    { name: "run-not-found", path: "/runs/0f3c9a7e-4b1d-4e8a-9c2f-5d6e7f8a9b0c-missing" },
    { name: "page-not-found", path: "/no-such-page" },
  ];
}
