import { join } from "node:path";

/** Where the e2e server leaves the gateway's address for the journeys (an outside operator). */
export const E2E_GATEWAY_FILE = join(import.meta.dirname, "..", "..", ".tmp", "e2e-gateway.json");
