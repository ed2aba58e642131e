/**
 * The language switch leads to the same step with the same answers in the other language: the
 * wizard's pages give it their fragment whenever the fragment changes. (The link is server-rendered
 * without one; the answers never exist on the server.)
 */
export function carryFragmentToLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    link.setAttribute('href', `${link.pathname}${location.hash}`);
  }
}
