/**
 * Answers kept in this browser's localStorage so that a founder can come back later; the page says
 * so, and "Yanıtlarımı sil" calls `forgetAnswers`. What is stored is the answers' fragment (the
 * same text as a share link), so reading it back goes through the same strict decoder as a link.
 */
const STORAGE_KEY = 'sosyal-kooperatif:uygunluk';

/** Storage can be missing or refuse access (private modes, blocked storage): then nothing is kept. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function saveAnswers(fragment: string): void {
  try {
    storage()?.setItem(STORAGE_KEY, fragment);
  } catch {
    // Full or blocked storage: resuming later is a convenience, the wizard works without it.
  }
}

export function loadAnswers(): string | undefined {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function forgetAnswers(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}
