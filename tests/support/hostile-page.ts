import { createServer, type Server } from "node:http";

/**
 * The attacker's page: served from another origin on this machine (another
 * port, so the same site: a SameSite=Strict cookie still goes with its requests). It tries
 * what any website the user visits could: send, create and abort through the user's
 * browser (no-cors fetch, an HTML form, a CORS request), read the API, open a socket.
 */
export async function serveHostilePage(
  port: number,
  target: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page(target));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function page(target: string): string {
  const wsTarget = target.replace(/^http/, "ws");
  return `<!doctype html>
<title>cute cats</title>
<iframe name="sink" id="sink"></iframe>
<form id="form" method="POST" enctype="text/plain" target="sink"></form>
<script>
const target = ${JSON.stringify(target)};
const p = new URLSearchParams(location.search);
const results = {};
const noCors = (path, body) =>
  fetch(target + path, { method: "POST", mode: "no-cors", credentials: "include",
    headers: { "content-type": "text/plain" }, body: JSON.stringify(body) })
    .then(() => "sent", (e) => "error: " + e);
async function attack() {
  results.send = await noCors("/api/sessions/" + encodeURIComponent(p.get("session")) + "/messages",
    { message: p.get("message"), idempotencyKey: p.get("key") });
  results.create = await noCors("/api/sessions", { agentId: "main", key: p.get("createKey") });
  results.abort = await noCors("/api/runs/" + encodeURIComponent(p.get("runId")) + "/abort", {});
  results.cors = await fetch(target + "/api/sessions", { method: "POST", credentials: "include",
    headers: { "content-type": "application/json" }, body: JSON.stringify({ agentId: "main", key: p.get("corsKey") }) })
    .then((r) => "answered " + r.status, () => "blocked");
  results.read = await fetch(target + "/api/runs", { credentials: "include" })
    .then((r) => r.text(), () => "blocked");
  results.form = await new Promise((resolve) => {
    const form = document.getElementById("form");
    form.action = target + "/api/sessions";
    const input = document.createElement("input");
    input.name = '{"agentId":"main","key":"' + p.get("formKey") + '","pad":"';
    input.value = '"}';
    form.appendChild(input);
    document.getElementById("sink").onload = () => resolve("submitted");
    form.submit();
  });
  results.socket = await new Promise((resolve) => {
    const received = [];
    const ws = new WebSocket(${JSON.stringify(`${wsTarget}/socket.io/?EIO=4&transport=websocket`)});
    ws.onopen = () => received.push("(open)");
    ws.onmessage = (m) => {
      received.push(String(m.data));
      if (String(m.data).startsWith("0")) ws.send("40");
      if (String(m.data).startsWith("40")) ws.send('42["feed:subscribe"]');
    };
    ws.onclose = () => resolve(received);
  });
  window.__results = results;
}
attack();
</script>`;
}
