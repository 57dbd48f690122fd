import { chromium } from "@playwright/test";
import { chromiumPath } from "../scripts/system-requirements.mjs";

export interface PageFigures {
  firstRowsMs: number;
  heapMb: number;
  domNodes: number;
  rows: number;
  longestTaskLoadingMs: number;
  longestTaskScrollingMs: number;
}

declare global {
  interface Window {
    benchLongest: { phase: "loading" | "scrolling"; loading: number; scrolling: number };
  }
}

/**
 * Opens a run's page in Chromium as a signed-in admin: time until the first timeline rows,
 * then (once the page is idle) JS heap after a GC, DOM nodes, and the longest task while
 * loading and while scrolling to the end.
 */
export async function measureRunPage(url: string, token: string, runId: string): Promise<PageFigures> {
  const browser = await chromium.launch({
    executablePath: chromiumPath() ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const login = await context.request.post(`${url}/api/auth/login`, { data: { token } });
    if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.benchLongest = { phase: "loading", loading: 0, scrolling: 0 };
      new PerformanceObserver((list) => {
        const l = window.benchLongest;
        for (const e of list.getEntries()) l[l.phase] = Math.max(l[l.phase], e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    const started = performance.now();
    await page.goto(`${url}/runs/${encodeURIComponent(runId)}`);
    await page.waitForSelector('[data-testid="timeline"] li', { timeout: 180_000 });
    const firstRowsMs = performance.now() - started;
    await page.waitForLoadState("networkidle", { timeout: 180_000 }).catch(() => {});
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    const rows = await page.locator('[data-testid="timeline"] li').count();
    await page.evaluate(() => (window.benchLongest.phase = "scrolling"));
    await page.mouse.move(640, 450);
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(50);
    }
    await page.keyboard.press("End");
    await page.waitForTimeout(500);
    const longest = await page.evaluate(() => window.benchLongest);
    return {
      firstRowsMs,
      heapMb: heap.usedSize / 1e6,
      domNodes,
      rows,
      longestTaskLoadingMs: longest.loading,
      longestTaskScrollingMs: longest.scrolling,
    };
  } finally {
    await browser.close();
  }
}
