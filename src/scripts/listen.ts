import { termRuns, utterancesOf, type Run, type Utterance } from '../utils/listen';
import { localVoice } from '../utils/local-voice';

/**
 * The reader behind "Dinleyin" (src/components/Listen.astro), fetched by the button's script on the
 * first press (src/scripts/listen-button.ts), and reading at once. It reads a guide page's "Kısaca"
 * box first, then the page heading by heading; a wizard step's question, hints and choices, and never
 * a value a founder has given. It highlights the section it reads and keeps it on screen. It is not a screen
 * reader: it stops as soon as focus moves into a form field, or the wizard shows another step.
 */

/** A section: the elements read, highlighted and skipped together. */
type Section = HTMLElement[];

/** Never read: form values, hidden text and text for screen readers only, the reader's own controls. */
const UNREAD =
  'input, select, textarea, script, style, template, [hidden], [aria-hidden="true"], .visually-hidden, [data-listen]';
/** On a wizard step, what is read, each its own section: a value given is in none of them. */
const WIZARD_READS = 'h1, .wizard__intro > p, .hint, .choice, .choices__divider, .label';
/** Where the text of one element ends and the next begins, so that each is its own sentence. */
const BLOCK = 'p, li, h1, h2, h3, h4, dt, dd, label, legend, td, th, blockquote, figcaption';
const CURRENT = 'listen-current';

const box = document.querySelector<HTMLElement>('[data-listen]')!;
/** The device's own voice for a language, never one that speaks through a server (src/utils/local-voice.ts). */
const voiceFor = (lang: string) => localVoice(speechSynthesis.getVoices(), lang);
const control = (name: string) => box.querySelector<HTMLButtonElement>(`[data-listen-${name}]`)!;
const [start, controls, pause, next, stop] = ['start', 'controls', 'pause', 'next', 'stop'].map(control) as [
  HTMLButtonElement,
  HTMLElement,
  HTMLButtonElement,
  HTMLButtonElement,
  HTMLButtonElement,
];
const main = document.querySelector<HTMLElement>('main')!;
const pageLang = document.documentElement.lang;

function guideSections(): Section[] {
  const article = main.querySelector('article')!;
  const inShort = article.querySelector<HTMLElement>('.in-short');
  // The title and its summary after the box: not the part's name above them.
  const title = [...article.querySelectorAll<HTMLElement>('header h1, header .lede')];
  const sections: Section[] = [...(inShort ? [[inShort]] : []), title];
  let section: Section = [];
  for (const child of article.querySelector('.prose')?.children ?? []) {
    if (child === inShort || !(child instanceof HTMLElement)) continue;
    if (/^H[23]$/.test(child.tagName) && section.length > 0) {
      sections.push(section);
      section = [];
    }
    section.push(child);
  }
  return [...sections, section].filter((elements) => elements.length > 0);
}

function wizardSections(): Section[] {
  const wizard = main.querySelector<HTMLElement>('.wizard')!;
  return [...wizard.querySelectorAll<HTMLElement>(WIZARD_READS)]
    .filter(
      (element) =>
        !element.closest('.wizard__actions, .wizard__checklist, [hidden]') &&
        !element.parentElement?.closest(WIZARD_READS),
    )
    .map((element) => [element]);
}

/** A section's text in runs of one language, a line break between blocks. */
function runsOf(section: Section): Run[] {
  const runs: Run[] = [];
  let block: Element | null = null;
  for (const element of section) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest(UNREAD)) continue;
      const own = parent.closest(BLOCK);
      const text = (own !== block ? '\n' : '') + node.textContent;
      block = own;
      runs.push(...termRuns(text, parent.closest<HTMLElement>('[lang]')?.lang ?? pageLang, box.dataset.terms));
    }
  }
  return runs;
}

let sections: Section[] = [];
let utterances: Utterance<SpeechSynthesisVoice>[] = [];
let section = 0;
let sentence = 0;
let paused = false;
/** Counts every start and stop: an utterance that ends after it was cancelled is not followed. */
let turn = 0;

function highlight(on: boolean): void {
  for (const element of sections[section] ?? []) element.classList.toggle(CURRENT, on);
}

function enter(index: number): void {
  highlight(false);
  section = index;
  sentence = 0;
  utterances = index < sections.length ? utterancesOf(runsOf(sections[index]!), voiceFor, pageLang) : [];
  highlight(true);
  sections[index]?.[0]?.scrollIntoView({ block: 'nearest' });
}

function speak(): void {
  const mine = ++turn;
  while (sentence >= utterances.length) {
    if (section + 1 >= sections.length) return finish();
    enter(section + 1);
  }
  const { text, lang, voice } = utterances[sentence]!;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  // Always set: left empty, the browser may pick a voice that speaks through a server.
  utterance.voice = voice;
  utterance.onend = () => {
    if (mine !== turn) return;
    sentence += 1;
    speak();
  };
  utterance.onerror = ({ error }) => {
    if (mine === turn && error !== 'interrupted' && error !== 'canceled') finish();
  };
  speechSynthesis.speak(utterance);
}

/** Silence, and the utterance in hand forgotten. */
function hush(): void {
  turn += 1;
  speechSynthesis.cancel();
}

function showPaused(value: boolean): void {
  paused = value;
  pause.textContent = (value ? pause.dataset.resume : pause.dataset.pause)!;
}

function begin(): void {
  if (!voiceFor(pageLang)) return;
  hush();
  highlight(false);
  sections = box.dataset.listen === 'wizard' ? wizardSections() : guideSections();
  start.hidden = true;
  controls.hidden = false;
  showPaused(false);
  pause.focus();
  enter(0);
  speak();
}

function finish(): void {
  hush();
  highlight(false);
  const focused = controls.contains(document.activeElement);
  controls.hidden = true;
  start.hidden = false;
  if (focused) start.focus();
}

start.addEventListener('click', begin);
stop.addEventListener('click', finish);
// A pause is a stop that remembers its sentence: speechSynthesis.pause() is unreliable on Android.
pause.addEventListener('click', () => {
  showPaused(!paused);
  if (paused) hush();
  else speak();
});
next.addEventListener('click', () => {
  hush();
  showPaused(false);
  if (section + 1 >= sections.length) return finish();
  enter(section + 1);
  speak();
});
// Not a screen reader, and never in the way of one or of a founder answering.
document.addEventListener('focusin', ({ target }) => {
  if (!controls.hidden && target instanceof Element && target.matches('input, select, textarea')) finish();
});
new MutationObserver(() => {
  if (!controls.hidden && sections[section]?.some((element) => !element.isConnected)) finish();
}).observe(main, { childList: true, subtree: true });

begin();
