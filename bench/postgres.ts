import pg from "pg";

/**
 * `BENCH_POSTGRES_URL` (a role that may create databases, e.g. on its `postgres` database) puts
 * the bench on PostgreSQL: one fresh database for the compiled server's fill, one for the
 * in-process server, dropped at the end.
 */
export async function benchDatabases(adminUrl: string) {
  const name = `switchboard_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const urlOf = (db: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${db}`;
    return url.toString();
  };
  for (const db of [`${name}_fill`, `${name}_app`]) await admin(`CREATE DATABASE ${db}`);
  return {
    fillUrl: urlOf(`${name}_fill`),
    appUrl: urlOf(`${name}_app`),
    /** Bytes of the store's tables in a database, with their indexes and TOAST. */
    async tableBytes(url: string): Promise<number> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ bytes: string }>(
          `SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::text AS bytes FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`,
        );
        return Number(rows[0]!.bytes);
      } finally {
        await client.end();
      }
    },
    async drop(): Promise<void> {
      for (const db of [`${name}_fill`, `${name}_app`])
        await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    },
  };
}
