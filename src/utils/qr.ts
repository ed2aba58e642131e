import QRCode from 'qrcode';

/** The white border the QR standard asks for, in modules: it keeps a code readable on a dark screen too. */
const QUIET_ZONE = 4;
/** A module's printed size by default: phones read codes of 0.75 mm modules from a hand's length. */
const MODULE_MM = 0.75;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A QR code for `url` as inline SVG markup, made at build time from the site's own address: no image
 * comes from another site. It is an image (role="img") named by its <title>, `name`, which says where
 * it leads; the page prints the address beside it for those who cannot scan. Error correction M
 * (15 %) survives a folded or smudged sheet. Its width and height give each module MODULE_MM, so
 * that a longer address makes a larger code, not a denser one; a stylesheet may set another size.
 */
export async function qrCodeSvg(url: string, name: string): Promise<string> {
  const options = { errorCorrectionLevel: 'M', margin: QUIET_ZONE } as const;
  const size = `${(QRCode.create(url, options).modules.size + 2 * QUIET_ZONE) * MODULE_MM}mm`;
  const svg = (await QRCode.toString(url, { ...options, type: 'svg' })).trim();
  if (!svg.startsWith('<svg ')) throw new Error(`qrcode made no SVG for ${url}`);
  return svg.replace(
    /^<svg ([^>]*)>/,
    `<svg role="img" class="qr-code" width="${size}" height="${size}" $1><title>${escapeXml(name)}</title>`,
  );
}

/** An address as people type it, without "https://": "sosyalkooperatif.org.tr/uygunluk/". */
export const typedAddress = (url: string) => url.replace(/^https?:\/\//, '');
