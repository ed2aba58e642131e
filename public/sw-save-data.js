/*
 * Imported by every service worker that scripts/build-service-workers.ts generates, after the take-over
 * and before Workbox's routes: readers who pay for every megabyte (issue 18). Where the browser asks to
 * save data (Save-Data, `navigator.connection.saveData`) or the connection is 2G, the page registers the
 * worker with `?save-data` (src/components/offline/UpdateNotice.astro). Such a worker does not download
 * its whole language when it installs: Workbox's precache is skipped, and it keeps only the files of its
 * language the reader opens (the same list Workbox would precache: self.GUIDE_FILES, written by the
 * build), network first, so that they open again offline. "Download the whole guide"
 * (src/scripts/offline-download.ts) asks it for the rest. Every other worker precaches as before and
 * answers that request at once: its language is kept already.
 *
 * Only the files of that list are kept, under their paths, never a query or an answer: the same as
 * Workbox's precache holds.
 */

const SAVES_DATA = new URL(self.location.href).searchParams.has('save-data');
const SCOPE = new URL(self.registration.scope).pathname;
const GUIDE = self.GUIDE_FILES[SCOPE] ?? { files: [], offline: {} };
const FILES = new Set(GUIDE.files);
const KEPT = `guide-opened-${SCOPE}`;

/** The file a request asks for, as the list names it: "/sozluk/" → "/sozluk/index.html". */
const fileOf = (url) => (url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);

/**
 * A list's file as the host serves it: a page at its address ("/sozluk/index.html" → "/sozluk/"). The
 * host redirects the file's own name, and a browser refuses a redirected answer to a page it opens.
 */
const addressOf = (file) => file.replace(/index\.html$/, '');

/** The offline page of the most specific language whose address holds `path`. */
const offlinePageFor = (path) =>
  Object.keys(GUIDE.offline)
    .filter((scope) => path.startsWith(scope))
    .sort((a, b) => b.length - a.length)
    .map((scope) => GUIDE.offline[scope])[0];

async function networkThenKept(request, file) {
  try {
    const response = await fetch(request);
    if (response.ok && FILES.has(file)) await (await caches.open(KEPT)).put(file, response.clone());
    return response;
  } catch (error) {
    const kept =
      (await caches.match(file, { cacheName: KEPT })) ??
      (request.mode === 'navigate' ? await caches.match(offlinePageFor(file) ?? '', { cacheName: KEPT }) : undefined);
    if (kept) return kept;
    throw error;
  }
}

/** The files not kept yet, fetched and kept. */
async function keep(files) {
  const cache = await caches.open(KEPT);
  for (const file of new Set(files)) {
    if (await cache.match(file)) continue;
    const response = await fetch(addressOf(file), { cache: 'no-cache' });
    if (!response.ok || response.redirected) throw new Error(`${file}: ${response.status}`);
    await cache.put(file, response);
  }
}

/** Every file of the language, kept. */
const keepEverything = () => keep(FILES).then(() => 'done');

if (SAVES_DATA) {
  // Workbox would download the whole language here: keep only the offline pages, small, instead.
  self.addEventListener('install', (event) => {
    event.stopImmediatePropagation();
    event.waitUntil(keep(Object.values(GUIDE.offline)));
  });
  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
    const file = fileOf(url);
    if (!FILES.has(file) && event.request.mode !== 'navigate') return;
    event.respondWith(networkThenKept(event.request, file));
    event.stopImmediatePropagation();
  });
}

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'DOWNLOAD_GUIDE') return;
  const [port] = event.ports;
  event.waitUntil(
    (SAVES_DATA ? keepEverything() : Promise.resolve('kept')).then(
      (state) => port.postMessage(state),
      () => port.postMessage('failed'),
    ),
  );
});
