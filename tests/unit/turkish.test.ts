import { describe, expect, it } from 'vitest';
import { foldDotlessI } from '../../src/utils/turkish';

describe('foldDotlessI', () => {
  it.each([
    ['kırsal', 'kirsal'],
    ['Kırsal ve ıssız', 'Kirsal ve issiz'],
    ['KALKINMA', 'KALKINMA'],
    ['istihdam', 'istihdam'],
  ])('%j → %j, keeping case and length', (text, folded) => {
    expect(foldDotlessI(text)).toBe(folded);
    expect(foldDotlessI(text)).toHaveLength(text.length);
  });
});
