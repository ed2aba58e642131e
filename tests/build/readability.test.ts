/**
 * Plain language, measured (issue 9 §6): Ateşman's score (src/utils/readability.ts) of the main text of
 * every built Turkish guide page must reach GUIDE_TARGET. The wizard's questions have their own target
 * and test (tests/unit/wizard-words-readability.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { atesman } from '../../src/utils/readability';
import { readPages } from '../unit/content/pages';
import { builtPage, mainTextBlocks } from '../support/dist';

/** Issue 9 §6: every guide page reads at least at the easy end of "middle difficulty". */
const GUIDE_TARGET = 60;

/** The addresses of the Turkish pages whose frontmatter puts them in the guide (`part: guide`). */
const guidePaths = readPages()
  .filter((page) => page.part === 'guide')
  .map((page) => page.path);

describe('the Turkish guide', () => {
  it('has pages to score', () => {
    expect(guidePaths.length).toBeGreaterThan(5);
  });

  it.each(guidePaths)(`%s reads at Ateşman ${GUIDE_TARGET} or more`, (path) => {
    const blocks = mainTextBlocks(builtPage(path));
    expect(blocks.length).toBeGreaterThan(3);
    expect(atesman(blocks), `Ateşman score of the main text of dist${path}index.html`).toBeGreaterThanOrEqual(
      GUIDE_TARGET,
    );
  });
});
