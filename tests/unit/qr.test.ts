import { describe, expect, it } from 'vitest';
import { qrCodeSvg, typedAddress } from '../../src/utils/qr';

describe('qrCodeSvg', () => {
  it('makes an image named by its first child, a <title>', async () => {
    const svg = await qrCodeSvg('https://example.org/uygunluk/', 'Karekod: example.org/uygunluk/ adresini açar');
    expect(svg).toMatch(
      /^<svg role="img" class="qr-code" [^>]*viewBox="0 0 (\d+) \1"[^>]*><title>Karekod: example\.org\/uygunluk\/ adresini açar<\/title><path /,
    );
    expect(svg).toMatch(/<\/svg>$/);
  });

  it('writes the name as text, never as markup', async () => {
    const svg = await qrCodeSvg('https://example.org/', '<script>alert(1)</script> & "quotes"');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</title>');
  });

  it('gives a longer address a larger code, at the same module size', async () => {
    const sizeOf = (svg: string) => {
      const [, width = '', modules = ''] = /width="([\d.]+)mm"[^>]*viewBox="0 0 (\d+) /.exec(svg) ?? [];
      return { width: Number(width), modules: Number(modules) };
    };
    const short = sizeOf(await qrCodeSvg('https://example.org/', 'short'));
    const long = sizeOf(await qrCodeSvg(`https://example.org/${'x'.repeat(200)}`, 'long'));
    expect(long.width).toBeGreaterThan(short.width);
    expect(long.width / long.modules).toBeCloseTo(short.width / short.modules);
  });
});

describe('typedAddress', () => {
  it('drops the scheme and keeps the rest as a reader types it', () => {
    expect(typedAddress('https://sosyalkooperatif.org.tr/en/eligibility/')).toBe(
      'sosyalkooperatif.org.tr/en/eligibility/',
    );
  });
});
