/** A piece of a search excerpt: plain text, or a word that matched the query. */
export interface ExcerptSegment {
  text: string;
  matched: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/**
 * Pagefind returns excerpts as HTML: escaped text with the matches wrapped in <mark>. We turn that
 * into segments and render them as text nodes, so no HTML from the index ever reaches innerHTML.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let matched = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') matched = true;
    else if (part === '</mark>') matched = false;
    else if (part) {
      const text = part
        .replace(/<[^>]*>/g, '')
        .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
      if (text) segments.push({ text, matched });
    }
  }
  return segments;
}
