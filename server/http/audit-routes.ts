import { AuditQuery, type AuditEntry } from "@/lib/audit";
import type { AuthStore } from "../store/auth-store";
import { describeZodError, sendDownload, sendError, sendJson } from "./respond";
import { get, type Route } from "./router";

/** The newest entries an export carries (a few MB of JSON). */
const EXPORT_MAX = 10_000;

/** The audit log, for admins: paged newest first, or as a JSON download. */
export function auditRoutes(deps: { store: AuthStore }): Route[] {
  return [
    get(
      /^\/api\/audit$/,
      async ({ query, res }) => {
        const parsed = AuditQuery.safeParse(Object.fromEntries(query));
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        sendJson(res, 200, await deps.store.listAudit(parsed.data));
      },
      { role: "admin" },
    ),
    get(
      /^\/api\/audit\/export$/,
      async ({ query, res }) => {
        const parsed = AuditQuery.safeParse({ ...Object.fromEntries(query), limit: 1000 });
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        const entries: AuditEntry[] = [];
        for (let before = parsed.data.before; entries.length < EXPORT_MAX;) {
          const page = await deps.store.listAudit({ ...parsed.data, before });
          entries.push(...page.entries);
          if (page.nextCursor === null) break;
          before = page.nextCursor;
        }
        sendDownload(res, "switchboard-audit.json", { entries });
      },
      { role: "admin" },
    ),
  ];
}
