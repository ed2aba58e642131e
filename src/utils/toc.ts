/** A heading as Astro reports it for a rendered MDX entry. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: Heading[];
}

/** A page with fewer sections than this is short enough to read without a table of contents. */
export const MIN_SECTIONS_FOR_TOC = 3;

/**
 * The table of contents of a page: its h2 sections, each with its h3 subsections. Empty for a
 * short page (fewer than MIN_SECTIONS_FOR_TOC headings), where a list of links would only get in the way.
 */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const relevant = headings.filter(({ depth }) => depth === 2 || depth === 3);
  if (relevant.length < MIN_SECTIONS_FOR_TOC) return [];
  const entries: TocEntry[] = [];
  for (const heading of relevant) {
    const parent = entries.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(heading);
    else entries.push({ ...heading, children: [] });
  }
  return entries;
}
