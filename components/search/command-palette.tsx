"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { APP_PAGES } from "@/lib/app-pages";
import { searchHitHref, searchHitKey, searchHitWords } from "@/lib/search";
import { useCommandPalette } from "@/hooks/use-command-palette";
import { useSearch } from "@/hooks/use-search";

const item =
  "flex cursor-pointer flex-col gap-0.5 rounded px-3 py-2 text-sm text-zinc-200 data-[selected=true]:bg-zinc-800 data-[selected=true]:outline data-[selected=true]:outline-sky-400";
const group =
  "px-1 py-1 text-zinc-400 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs";

/** Ctrl/⌘+K or `/`: jump to a page, or to a session, run or hop by id, label or the text in it. */
export function CommandPalette() {
  const { open, setOpen } = useCommandPalette();
  const [query, setQuery] = useState("");
  const search = useSearch(query);
  const router = useRouter();
  const go = (href: string) => {
    setOpen(false);
    setQuery("");
    router.push(href);
  };
  const q = query.trim().toLowerCase();
  const pages = APP_PAGES.filter((p) => !q || p.label.toLowerCase().includes(q));
  const hits = q ? (search.data ?? []) : [];
  return (
    <Command.Dialog
      open={open}
      onOpenChange={setOpen}
      label="Search and go to"
      shouldFilter={false}
      overlayClassName="fixed inset-0 z-40 bg-black/60"
      contentClassName="fixed top-[10vh] left-1/2 z-50 w-[min(40rem,calc(100vw-1.5rem))] -translate-x-1/2 rounded-lg border border-zinc-700 bg-zinc-900 shadow-2xl"
    >
      <Command.Input
        value={query}
        onValueChange={setQuery}
        data-testid="palette-input"
        placeholder="Search sessions, runs, hops and what they said…"
        className="w-full border-b border-zinc-700 bg-transparent px-4 py-3 text-sm text-zinc-100 outline-none placeholder:text-zinc-400"
      />
      <Command.List data-testid="palette-list" className="max-h-[60vh] overflow-y-auto p-1">
        <Command.Empty className="px-3 py-4 text-zinc-400">
          {search.isFetching ? "Searching…" : "Nothing found."}
        </Command.Empty>
        {pages.length > 0 && (
          <Command.Group heading="Go to" className={group}>
            {pages.map((p) => (
              <Command.Item
                key={p.href}
                value={`page:${p.href}`}
                onSelect={() => go(p.href)}
                className={item}
              >
                {p.label}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {hits.length > 0 && (
          <Command.Group heading="Found" className={group}>
            {hits.map((hit) => {
              const words = searchHitWords(hit);
              return (
                <Command.Item
                  key={searchHitKey(hit)}
                  value={searchHitKey(hit)}
                  onSelect={() => go(searchHitHref(hit))}
                  data-testid="palette-hit"
                  data-type={hit.type}
                  className={item}
                >
                  <span className="flex min-w-0 items-baseline gap-2">
                    <span className="shrink-0 rounded bg-zinc-800 px-1.5 text-xs text-zinc-300">
                      {words.kind}
                    </span>
                    <span className="min-w-0 break-words">{words.title}</span>
                  </span>
                  <span className="truncate font-mono text-xs text-zinc-400">{words.detail}</span>
                </Command.Item>
              );
            })}
          </Command.Group>
        )}
      </Command.List>
    </Command.Dialog>
  );
}
