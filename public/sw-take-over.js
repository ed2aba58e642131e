/*
 * Imported by every service worker that scripts/build-service-workers.ts generates, before Workbox's
 * routes. A new version of the site waits behind the one in charge (no skipWaiting mid-page: a page
 * open on the old version keeps its own files). When the reader goes to another page, this tells
 * the waiting version to take over and answers the navigation with a page that reloads itself, which
 * the new version serves: the old page is gone by then, and the next one is whole, never half old,
 * half new. Other tabs of the site pass to the new version too; their pages keep working, as each page
 * loads what it needs up front (search loads Pagefind later, from the network if it moved). Every
 * other request goes on to Workbox's routes.
 */

/*
 * location.reload(), not a `Refresh: 0` header: Chromium takes a refresh to the same address with a
 * #fragment (a result link, a wizard step) for a jump within the page, and the page stays blank.
 */
const RELOAD = 'location.reload()';
const RELOAD_PAGE = `<!doctype html><meta charset="utf-8"><title></title><script>${RELOAD}</script>`;

/** The site's security headers (scripts/build-headers.ts), with a policy that lets only that one script run. */
async function reloadHeaders() {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(RELOAD));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

self.addEventListener('fetch', (event) => {
  const waiting = self.registration.waiting;
  // A page, not a frame inside one: the page around a frame would stay on the old version.
  if (event.request.destination !== 'document' || !waiting) return;
  waiting.postMessage({ type: 'SKIP_WAITING' });
  // Answered at once: the browser activates the new version only when this one has no request in
  // hand, so waiting here for the activation would hold it off. The reload then goes to the new version.
  event.respondWith(reloadHeaders().then((headers) => new Response(RELOAD_PAGE, { headers })));
  event.stopImmediatePropagation();
});
