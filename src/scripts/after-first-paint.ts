/**
 * Starts the scripts that AfterFirstPaint.astro holds back, once the browser has shown the page's
 * first words and is idle. The wizard's island (Preact and XState) then downloads after the reader
 * sees the page, instead of sharing a slow connection with the stylesheet and running before the
 * first paint (issue 11). Until then the page is the one the server sent, and works as it does
 * without script.
 */
export function startAfterFirstPaint(): void {
  // A script cloned out of a <template> runs once it is in the page, and only then is it fetched.
  const start = () => {
    for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-after-first-paint]'))
      template.replaceWith(document.importNode(template.content, true));
  };
  // The paint entry, not a frame callback: on a busy phone a frame reaches the screen long after
  // its callbacks ran. Every browser our bundles run in has it (Vite's default build target).
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    // Safari has no requestIdleCallback: there the next task will do. Idle time may be long in
    // coming on a busy phone: the reader should not wait more than half a second longer for it.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 500 });
    else setTimeout(start);
  }).observe({ type: 'paint', buffered: true });
}
