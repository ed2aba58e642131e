/** The message an embedded page sends its parent: see src/components/EmbedFrame.astro. */
export const HEIGHT_MESSAGE = 'sosyal-kooperatif:height';

/** Tells the framing page the document's height now and whenever it changes. */
export function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
