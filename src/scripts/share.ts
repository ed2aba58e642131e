/**
 * Shares a link with the phone's own share sheet (`navigator.share`), or copies it where there is
 * none (most desktop browsers). Only the address and a title go to the sheet: the site itself sends
 * nothing anywhere, and no script of another site is loaded.
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'failed';

export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      // The reader closed the sheet: nothing to say. Any other refusal falls back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
