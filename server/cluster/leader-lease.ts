import pg from "pg";
import { errorMessage } from "@/lib/errors";

/** The advisory lock every instance of one database competes for. */
const LEASE_KEY = 0x5357_0010;

/**
 * Exactly one instance ingests from the gateway: the one holding a PostgreSQL session-level
 * advisory lock on its own connection. The holder checks the connection every `intervalMs`
 * (a heartbeat with a timeout): if it fails, the holder steps down at once, and PostgreSQL has
 * released the lock with the dead session. A killed process's connection closes with it, and
 * a vanished machine's is found by TCP keepalives (a few seconds), so another instance, trying
 * every `intervalMs`, takes over well within 10 s.
 */
export function createLeaderLease(deps: {
  url: string;
  instanceId: string;
  onChange: (leader: boolean) => void;
  log: (line: string) => void;
  intervalMs?: number;
}) {
  const intervalMs = deps.intervalMs ?? 1000;
  let client: pg.Client | null = null;
  let leader = false;
  let timer: NodeJS.Timeout | null = null;
  let busy = false;

  function become(next: boolean): void {
    if (next === leader) return;
    leader = next;
    deps.log(`instance ${deps.instanceId} is ${next ? "the leader" : "a standby"}`);
    deps.onChange(next);
  }

  function drop(reason: string): void {
    const old = client;
    client = null;
    void old?.end().catch(() => undefined);
    if (leader) deps.log(`leader lease lost: ${reason}`);
    become(false);
  }

  async function connect(): Promise<pg.Client> {
    const c = new pg.Client({
      connectionString: deps.url,
      application_name: `switchboard ${deps.instanceId}`,
      query_timeout: intervalMs * 2,
      keepAlive: true,
    });
    c.on("error", (error) => drop(errorMessage(error)));
    await c.connect();
    // The server notices a vanished client (and frees its lock) within about 3 + 2 × 2 s.
    await c.query(
      "SET tcp_keepalives_idle = 3; SET tcp_keepalives_interval = 2; SET tcp_keepalives_count = 2",
    );
    return c;
  }

  async function tick(): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      client ??= await connect();
      if (leader) await client.query("SELECT 1");
      else {
        const { rows } = await client.query<{ held: boolean }>("SELECT pg_try_advisory_lock($1) AS held", [
          LEASE_KEY,
        ]);
        if (rows[0]?.held) become(true);
      }
    } catch (error) {
      drop(errorMessage(error));
    } finally {
      busy = false;
    }
  }

  return {
    isLeader: () => leader,
    start(): void {
      void tick();
      timer = setInterval(() => void tick(), intervalMs);
    },
    /** Lets go of the lease (a clean shutdown hands over at once). */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      const old = client;
      client = null;
      leader = false;
      await old?.end().catch(() => undefined);
    },
  };
}

export type LeaderLease = ReturnType<typeof createLeaderLease>;
