/**
 * Polls `read` until `ok` holds (every 20 ms, at most `ms`), then returns the value; a timeout
 * names what was awaited and the last value seen. Tests wait for outcomes, never for time.
 */
export async function until<T>(
  read: () => Promise<T> | T,
  ok: (value: T) => boolean,
  what: string,
  ms = 30_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `until` for a plain condition. */
export async function untilTrue(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  await until(check, (ok) => ok, what, ms);
}
