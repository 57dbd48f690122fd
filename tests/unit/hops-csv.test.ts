import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hopsToCsv } from "@/server/timeline/hops-csv";
import { hop } from "./helpers/hops";

describe("hops as CSV", () => {
  it("quotes commas, quotes and line breaks, and defuses text a spreadsheet would run as a formula", () => {
    const csv = hopsToCsv([
      hop("h1", ["r1", "agent:main:a"], ["r2", "agent:main:b"], "failed", {
        messagePreview: 'Say "hi",\nthen stop',
        error: '=HYPERLINK("x")',
      }),
    ]);
    const [header, row] = csv.split("\r\n");
    assert.match(header!, /^hop_id,kind,state,/);
    assert.ok(row!.startsWith("h1,send,failed,agent:main:a,r1,agent:main:b,,r2,1,"));
    assert.ok(csv.includes('"Say ""hi"",\nthen stop"'));
    assert.ok(csv.includes(`"'=HYPERLINK(""x"")"`));
    assert.ok(csv.endsWith("\r\n"));
  });
});
