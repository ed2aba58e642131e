/**
 * Browsers keep a service worker whose script has gone (a 404 on update leaves it in charge), so a
 * language that lost its worker would be served its old pages forever. Every path that ever had a
 * worker therefore keeps one: the language's own while it has one, this one after. It takes charge at
 * once, deletes the caches of its scope (Workbox names each after its scope), unregisters, and
 * reloads the pages it held, which then come from the network.
 */

/** Every path the site has ever shipped a worker at (git history included). Add to it; never remove. */
export const SHIPPED_WORKERS = ['/sw.js', '/en/sw.js', '/ar/sw.js'] as const;

export const RETIRED_WORKER = `// Written by scripts/build-service-workers.ts (see scripts/retired-worker.ts).
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const scope = self.registration.scope;
    for (const name of await caches.keys()) if (name.endsWith(scope)) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;
