import { describe, expect, it } from 'vitest';
import { distFile } from '../../../scripts/sizes';

describe('distFile', () => {
  it.each([
    ['/sozluk/', 'dist/sozluk/index.html'],
    ['/_astro/x.css', 'dist/_astro/x.css'],
  ])('finds %s at %s', (address, file) => {
    expect(distFile(address)).toBe(file);
  });
});
