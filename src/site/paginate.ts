import { pageUrl } from "../routes.ts";

export const PAGE_SIZE = 20;

export interface ListPage<T> {
  url: string;
  pageNumber: number;
  pageCount: number;
  items: T[];
  previousUrl?: string;
  nextUrl?: string;
  /** the pages to link to: the first, the last and two either side of this one; null marks a gap */
  nearby: (PageLink | null)[];
}

export interface PageLink {
  number: number;
  url: string;
}

const NEIGHBOURS = 2;

function nearbyPages(pages: PageLink[], current: number): (PageLink | null)[] {
  const near = (number: number) => number === 1 || number === pages.length || Math.abs(number - current) <= NEIGHBOURS;
  // a gap of a single page shows that page instead: "1 2 3", never "1 … 3"
  const shown = pages.filter(({ number }) => near(number) || (near(number - 1) && near(number + 1)));
  return shown.flatMap((page, index) => (index > 0 && page.number - shown[index - 1]!.number > 1 ? [null, page] : [page]));
}

/**
 * Splits a list into pages of `size` with stable URLs. An empty list still gets its first
 * page, so that every region and term has a page to link to.
 */
export function paginate<T>(items: readonly T[], firstPage: string, size = PAGE_SIZE): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const pages: PageLink[] = Array.from({ length: pageCount }, (_, index) => ({ number: index + 1, url: pageUrl(firstPage, index + 1) }));
  return pages.map(({ number, url }) => ({
    url,
    pageNumber: number,
    pageCount,
    items: items.slice((number - 1) * size, number * size),
    previousUrl: number > 1 ? pageUrl(firstPage, number - 1) : undefined,
    nextUrl: number < pageCount ? pageUrl(firstPage, number + 1) : undefined,
    nearby: nearbyPages(pages, number),
  }));
}
