/**
 * Asks the page's service worker to keep its whole language (public/sw-save-data.js), and says how it
 * went in the box's live region. Loaded by OfflineDownload.astro on the first press only, from here
 * (not bundled), so that the pages that show the button carry no script file for it.
 */
export async function downloadGuide(box) {
  const status = box.querySelector('[role="status"]');
  const button = box.querySelector('button');
  const { downloading, downloaded, alreadyKept, failed } = box.dataset;
  button.disabled = true;
  status.textContent = downloading;
  const outcome = await navigator.serviceWorker.ready.then(
    ({ active }) =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = ({ data }) => resolve(data);
        active.postMessage({ type: 'DOWNLOAD_GUIDE' }, [channel.port2]);
      }),
    () => 'failed',
  );
  status.textContent = outcome === 'done' ? downloaded : outcome === 'kept' ? alreadyKept : failed;
  // A failure may be retried; the guide kept needs no second press.
  button.disabled = outcome !== 'failed';
}
