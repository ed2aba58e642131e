import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../../src/machines/codec';
import { keepsNothing, withKeepChoice, withoutKeepMark } from '../../../src/machines/keepOnDevice';
import { MATCHING_PLAN } from '../../support/plans';

const answers = encodeAnswers(MATCHING_PLAN, 'check');

describe('the choice to keep nothing on this device, in the fragment', () => {
  it.each([
    [answers, false],
    [`${answers}&keep=no`, true],
    [`#${answers}&keep=no`, true],
    [`keep=no&${answers}`, true],
    [`${answers}&keep=nope`, false],
    [`${answers}&keep=`, false],
    ['', false],
  ])('%s keeps nothing: %s', (fragment, expected) => {
    expect(keepsNothing(fragment)).toBe(expected);
  });

  it('marks a fragment only when nothing is to be kept, and never an empty one', () => {
    expect(withKeepChoice(answers, true)).toBe(answers);
    expect(withKeepChoice(answers, false)).toBe(`${answers}&keep=no`);
    expect(withKeepChoice('', false)).toBe('');
  });

  it('leaves the answers as they were: the codec reads the marked fragment as the plain one', () => {
    expect(decodeAnswers(withKeepChoice(answers, false))).toEqual(decodeAnswers(answers));
    expect(withoutKeepMark(withKeepChoice(answers, false))).toBe(answers);
    expect(withoutKeepMark(answers)).toBe(answers);
  });
});
