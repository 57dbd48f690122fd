import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { supervise } from "@/server/demo/supervisor";

/** A stand-in process: `die()` makes it exit as a crash would. */
function fakeProcess(name: string) {
  let die!: (how: string) => void;
  const exited = new Promise<string>((resolve) => (die = resolve));
  return {
    name,
    exited,
    die,
    stopped: false,
    stop: async function (this: { stopped: boolean }) {
      this.stopped = true;
    },
  };
}

describe("the demo gateway's supervisor", () => {
  it("starts the gateway again when it dies, again after a failed start, and not after stop()", async () => {
    const lines: string[] = [];
    const first = fakeProcess("first");
    const second = fakeProcess("second");
    let starts = 0;
    const supervisor = supervise(
      first,
      async () => {
        starts += 1;
        if (starts === 1) throw new Error("port busy");
        return second;
      },
      { name: "demo gateway", log: (l) => lines.push(l), delaysMs: [5] },
    );
    first.die("signal SIGKILL");
    while (supervisor.current() !== second) await sleep(5);
    assert.equal(supervisor.restarts(), 1);
    assert.ok(lines.some((l) => l.includes("exited (signal SIGKILL)")));
    assert.ok(lines.some((l) => l.includes("did not start: port busy")));

    await supervisor.stop();
    assert.equal(second.stopped, true);
    second.die("code 0");
    await sleep(30);
    assert.equal(starts, 2);
  });
});
