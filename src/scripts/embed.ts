/** The message an embedded page sends its parent: see src/components/EmbedFrame.astro. */
export const HEIGHT_MESSAGE = 'sosyal-kooperatif:height';

/** Tells the framing page the document's height now and whenever it changes. */
export function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const report = () => {
    // The root's own box, not scrollHeight: that never falls below the frame's current height, so a
    // frame made tall by one page would never shrink to a shorter one.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
