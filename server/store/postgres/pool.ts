import pg from "pg";

/** int8 (counts, cursors, epoch ms) as numbers: every value the store keeps fits in 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? Number
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

export type Query = <R extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => Promise<R[]>;

export function createPool(url: string, max = 8): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, types, max });
  // An idle client that loses its server is dropped by the pool; without a listener it would crash the process.
  pool.on("error", () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one client; `onRollback` runs when it does not commit. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (query: Query) => Promise<T>,
  onRollback?: () => void,
): Promise<T> {
  const client = await pool.connect();
  const query: Query = async (text, params) => (await client.query(text, params)).rows;
  try {
    await client.query("BEGIN");
    const result = await work(query);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    onRollback?.();
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** One statement outside a transaction. */
export const poolQuery =
  (pool: pg.Pool): Query =>
  async (text, params) =>
    (await pool.query(text, params)).rows;
