import { APP_PAGES } from "./app-pages";

/** Every keyboard shortcut, as the `?` dialog lists them. Keys are as `KeyboardEvent.key` names them. */
export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: "Ctrl/⌘ K", does: "Search and go to a session, run or hop" },
  { keys: "/", does: "Search" },
  { keys: "j / k", does: "Next / previous item in a list or the timeline" },
  { keys: "Enter", does: "Open the item (expand it, in the timeline)" },
  { keys: "f", does: "Follow the run into the sessions it hands work to" },
  { keys: "s", does: "Send a message" },
  { keys: "?", does: "Show these shortcuts" },
  { keys: "Esc", does: "Close a dialog" },
  ...APP_PAGES.map((p) => ({ keys: `g ${p.goKey}`, does: `Go to ${p.label}` })),
];
