import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";

const BIN = "/usr/lib/postgresql/15/bin/postgres";
const ROLE = "switchboard_test";
const PASSWORD = "switchboard_test";
const HOST = "127.0.0.1:5432";

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", stdio: "pipe" });
const asPostgres = (sql: string) =>
  sh("runuser", ["-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-tAc", sql]);

/**
 * The machine's PostgreSQL 15, started the way CI starts it (`pg_ctlcluster 15 main start`),
 * with a test role that may create databases. Missing PostgreSQL is a failure, never a skip:
 * the PostgreSQL half of a suite must not pass by not running.
 */
export function ensurePostgres(): void {
  if (!existsSync(BIN))
    throw new Error(
      `PostgreSQL 15 is not installed (${BIN} is missing): apt-get install -y postgresql-15 (.ci/run does it). The PostgreSQL tests cannot run without it.`,
    );
  const status = sh("pg_lsclusters", ["--no-header", "15", "main"]);
  if (!/\bonline\b/.test(status)) sh("pg_ctlcluster", ["15", "main", "start"]);
  const exists = asPostgres(`SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}'`).trim();
  if (exists !== "1") asPostgres(`CREATE ROLE ${ROLE} LOGIN CREATEDB PASSWORD '${PASSWORD}'`);
}

const urlOf = (database: string) => `postgres://${ROLE}:${PASSWORD}@${HOST}/${database}`;

/** A new, empty database of the test role; `drop` removes it (and cuts its connections). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `switchboard_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  // Dropped by the superuser: WITH (FORCE) must also end backends the test role may not signal
  // (an autovacuum worker on the database failed the drop once).
  return {
    url: urlOf(name),
    drop: async () => void asPostgres(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlOf("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** One query on a test database (what a contract case checks behind the store's back). */
export async function queryDatabase<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}
