/**
 * The one way a live update lands in a newest-first list loaded page by page (runs, hops):
 * a known item is replaced where it is, or dropped when it left the filter; a new one goes on
 * top, unless it is older than everything loaded while more pages wait ("Load more" brings it).
 */
export interface PagedList<P, T> {
  items(page: P): readonly T[];
  withItems(page: P, items: T[]): P;
  id(item: T): string;
  /** Position in the list: larger is newer. */
  time(item: T): number;
  hasMore(page: P): boolean;
}

export function applyPagedUpdate<P, T>(list: PagedList<P, T>, pages: P[], item: T, matches: boolean): P[] {
  const id = list.id(item);
  const pageIndex = pages.findIndex((page) => list.items(page).some((x) => list.id(x) === id));
  if (pageIndex < 0) {
    const [first, ...rest] = pages;
    if (!matches || !first || belongsBelowLoaded(list, pages, item)) return pages;
    return [list.withItems(first, [item, ...list.items(first)]), ...rest];
  }
  return pages.map((page, i) => {
    if (i !== pageIndex) return page;
    const items = list.items(page);
    return list.withItems(
      page,
      matches ? items.map((x) => (list.id(x) === id ? item : x)) : items.filter((x) => list.id(x) !== id),
    );
  });
}

/** The pages as one list; an item that moved between pages while loading shows once. */
export function flattenPages<P, T>(list: Pick<PagedList<P, T>, "items" | "id">, pages: readonly P[]): T[] {
  const seen = new Set<string>();
  return pages.flatMap((page) =>
    list.items(page).filter((item) => {
      if (seen.has(list.id(item))) return false;
      seen.add(list.id(item));
      return true;
    }),
  );
}

function belongsBelowLoaded<P, T>(list: PagedList<P, T>, pages: readonly P[], item: T): boolean {
  const last = pages.at(-1);
  const oldest = last ? list.items(last).at(-1) : undefined;
  return Boolean(last && list.hasMore(last) && oldest && list.time(item) < list.time(oldest));
}
