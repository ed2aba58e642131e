/**
 * A QR code's dark modules for a link, made in the browser when the reader asks for it, never at
 * page load: this module is imported on "Karekodu gösterin" only (budgets.ts, qrOnPress). It takes
 * qrcode's encoder alone, without its canvas and string renderers, and draws one SVG path, so that
 * nothing but numbers reaches the page's markup. Error correction M, as the printed kit's codes
 * (src/utils/qr.ts).
 */
import { create } from 'qrcode/lib/core/qrcode.js';

/** The white border the QR standard asks for, in modules, as on the printed codes. */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** The side of the whole code in modules, quiet zone included: the SVG's viewBox. */
  readonly side: number;
  /** One path of unit squares, a dark module each. */
  readonly path: string;
}

export function qrDrawing(url: string): QrDrawing {
  const { modules } = create(url, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { side: modules.size + 2 * QUIET_ZONE, path };
}
