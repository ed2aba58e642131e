/*
 * Imported by every service worker that scripts/build-service-workers.ts generates, before Workbox's
 * routes. A new version of the site waits behind the one in charge (no skipWaiting mid-page: a page
 * open on the old version keeps its own files). When the reader goes to another page, this tells
 * the waiting version to take over and answers the navigation with an immediate refresh, which the
 * new version serves: the old page is gone by then, and the next one is whole, never half old, half
 * new. Other tabs of the site pass to the new version too; their pages keep working, as each page
 * loads what it needs up front (search loads Pagefind later, from the network if it moved). Every
 * other request goes on to Workbox's routes.
 */
self.addEventListener('fetch', (event) => {
  const waiting = self.registration.waiting;
  // A page, not a frame inside one: the page around a frame would stay on the old version.
  if (event.request.destination !== 'document' || !waiting) return;
  waiting.postMessage({ type: 'SKIP_WAITING' });
  // Answered at once: the browser activates the new version only when this one has no request in
  // hand, so waiting here for the activation would hold it off. The refresh then goes to the new version.
  event.respondWith(new Response('', { headers: { Refresh: '0', 'Content-Type': 'text/html; charset=utf-8' } }));
  event.stopImmediatePropagation();
});
