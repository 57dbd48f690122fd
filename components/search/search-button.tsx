"use client";

import { openPalette } from "@/hooks/use-command-palette";
import { SearchIcon } from "@/components/ui/icons";

/** Opens the command palette; Ctrl/⌘+K and `/` do the same. */
export function SearchButton() {
  return (
    <button
      type="button"
      data-testid="search-button"
      onClick={openPalette}
      aria-keyshortcuts="Control+K Meta+K /"
      title="Search and go to (Ctrl/⌘+K or /)"
      className="inline-flex shrink-0 items-center gap-1.5 rounded border border-zinc-700 px-2 py-1 text-xs text-zinc-300 hover:bg-zinc-800"
    >
      <SearchIcon />
      <span className="sr-only sm:not-sr-only">Search</span>
      <kbd className="hidden rounded border border-zinc-700 px-1 font-sans text-[0.7rem] text-zinc-400 sm:inline">
        ⌘K
      </kbd>
    </button>
  );
}
