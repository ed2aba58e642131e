import { HTMLElement, TextNode, parse, type Node } from 'node-html-parser';
import { LEFT_ALONE, isolateClass, latinRuns } from './bidi';

/* Kept apart from bidi.ts, which the islands' script loads: the HTML parser is for the build only. */

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markup of `text` with each Latin or numeric run in a <bdi>; undefined when it has none. */
function isolatedMarkup(text: string): string | undefined {
  const segments = latinRuns(text);
  if (!segments.some(({ isolated }) => isolated)) return undefined;
  return segments
    .map(({ text: run, isolated }) => {
      if (!isolated) return escapeText(run);
      const className = isolateClass(run);
      return `<bdi${className ? ` class="${className}"` : ''}>${escapeText(run)}</bdi>`;
    })
    .join('');
}

/**
 * A built page with every Latin or numeric run of its text isolated in <bdi>, if the page is written
 * right to left (`<html dir="rtl">`); any other page comes back as it is. Only text changes: tags,
 * attributes, scripts and styles keep their bytes (and so their CSP hashes). Run by
 * src/middleware.ts on every page, so that titles, source lists, the interface words and the
 * islands' server markup get the same isolation as the guide's text.
 */
export function isolateLatinRunsInPage(html: string): string {
  const root = parse(html, { comment: false });
  const document = root.querySelector('html');
  if (document?.getAttribute('dir') !== 'rtl') return html;
  const edits: { start: number; end: number; markup: string }[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child instanceof TextNode) {
        const markup = isolatedMarkup(child.text);
        if (markup !== undefined) edits.push({ start: child.range[0], end: child.range[1], markup });
      } else if (child instanceof HTMLElement && !LEFT_ALONE.has(child.rawTagName.toLowerCase())) visit(child);
    }
  };
  visit(document);
  let result = html;
  for (const { start, end, markup } of edits.reverse()) result = result.slice(0, start) + markup + result.slice(end);
  return result;
}
