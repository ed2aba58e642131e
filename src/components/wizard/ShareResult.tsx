import { useState } from 'preact/hooks';
import type { WizardWords } from '../../i18n/wizard-words';
import { compareFragment } from '../../machines/compare';
import type { QrDrawing } from '../../scripts/qr-modules';

interface Props {
  words: WizardWords;
  /** The result's address to share: its answers only, without the device choice. */
  link: string;
  /** The compare page in this language. */
  comparePath: string;
}

type Qr = { state: 'hidden' } | { state: 'loading' } | { state: 'shown'; drawing: QrDrawing } | { state: 'failed' };

/**
 * The result for the group: each founder can open the link, change an answer and compare the plans.
 * Before any share button, one line says what the link holds and that anyone with it sees it. The
 * QR code's script is fetched on the first press only (budgets.ts, qrOnPress), from this site. The
 * share button is the site's one kind (ShareScript.astro, which the result page includes).
 */
export function ShareResult({ words, link, comparePath }: Props) {
  const { together, result } = words;
  const [qr, setQr] = useState<Qr>({ state: 'hidden' });
  const open = qr.state !== 'hidden';

  const toggleQr = async () => {
    if (open) return setQr({ state: 'hidden' });
    setQr({ state: 'loading' });
    try {
      const { qrDrawing } = await import('../../scripts/qr-modules');
      setQr({ state: 'shown', drawing: qrDrawing(link) });
    } catch {
      setQr({ state: 'failed' });
    }
  };

  return (
    <section class="together no-print" aria-labelledby="together-heading">
      <h2 id="together-heading">{together.heading}</h2>
      <p>
        {together.groupLine}{' '}
        <a href={`${comparePath}#${compareFragment({ a: link, b: '' })}`}>{together.compareLink}</a>
      </p>
      <p class="together__holds">{together.linkHolds}</p>
      <div class="button-group">
        {/* The page's share script handles it (ShareScript.astro), as on a guide page. */}
        <button
          type="button"
          class="button button--secondary"
          data-share={link}
          data-share-title={together.shareTitle}
          data-share-copied={together.shareCopied}
          data-share-failed={result.copyFailed}
          data-share-status="share-status"
        >
          {together.share}
        </button>
        <button
          type="button"
          class="button button--secondary"
          aria-expanded={open}
          aria-controls="result-qr"
          onClick={toggleQr}
        >
          {open ? together.hideQr : together.showQr}
        </button>
      </div>
      <p role="status" id="share-status" />
      <div id="result-qr" class="together__qr" hidden={!open}>
        {qr.state === 'shown' && (
          <>
            <svg
              role="img"
              class="qr-code qr-code--screen"
              viewBox={`0 0 ${qr.drawing.side} ${qr.drawing.side}`}
              shape-rendering="crispEdges"
            >
              <title>{together.qrName}</title>
              <rect width="100%" height="100%" fill="#ffffff" />
              <path d={qr.drawing.path} fill="#000000" />
            </svg>
            <p>{together.qrHint}</p>
          </>
        )}
        {qr.state === 'failed' && <p class="notice">{together.qrFailed}</p>}
      </div>
    </section>
  );
}
