import { loadConfig } from "@/server/config";
import { startSwitchboard } from "@/server/main";

/** The entry a test starts as a child process: Switchboard with its API and gateway, without pages (no Next build needed). */
void startSwitchboard(loadConfig(), { pages: false, gateway: true });
