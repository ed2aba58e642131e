import { describe, expect, it } from 'vitest';
import { salvageAnswers } from '../../../src/machines/salvage';

describe('salvageAnswers', () => {
  it.each([
    ['a valid link keeps everything', 'v=1&focus=both&members=9', { focus: 'both', members: 9 }],
    [
      'a refused value is left out, the rest kept',
      '#v=1&focus=both&members=-3&surplus=community',
      { focus: 'both', surplus: 'community' },
    ],
    ['a count above its limit is left out', 'members=5&workerMembers=6&board=3', { members: 5, board: 3 }],
    ['a key given twice is left out', 'focus=both&focus=other&innovation=yes', { innovation: 'yes' }],
    [
      'a script-like value is left out',
      'focus=%3Cscript%3Ealert(1)%3C%2Fscript%3E&publicBenefit=yes',
      { publicBenefit: 'yes' },
    ],
    ['another rules version gives nothing', 'v=2&focus=both', {}],
    ['nothing readable gives nothing', '%%%&&&', {}],
  ])('%s', (_, fragment, answers) => {
    expect(salvageAnswers(fragment)).toEqual(answers);
  });
});
