import { useEffect, useRef, useState } from 'preact/hooks';
import type { Actor } from 'xstate';
import { encodeAnswers } from '../../machines/codec';
import { currentView, type WizardSnapshot, type WizardView, type wizardMachine } from '../../machines/wizardMachine';
import { CHECKLIST_ID } from './checklist';
import { carryFragmentToLanguageSwitch } from './languageSwitch';
import { forgetAnswers, loadAnswers, saveAnswers } from './savedAnswers';
import { withKeepChoice } from '../../machines/keepOnDevice';

/** The fragment of the address. A link to the checklist asks for the start page, where it is. */
function fragmentInAddress(): string {
  const fragment = location.hash.slice(1);
  return fragment === CHECKLIST_ID ? '' : fragment;
}

/** Marks the history entries the wizard writes, as opposed to fragments typed or linked. */
const WIZARD_ENTRY = { wizard: true };

/**
 * Keeps the address, the history and this browser's saved answers in step with the wizard, so that
 * back and forward move between its pages and a reload loses nothing. Once hydrated, the wizard
 * reads the link's fragment, else (no fragment at all) the answers saved on this device; from then
 * on back, forward or a fragment typed by hand lead the machine, and the machine leads the address,
 * the saved answers and the language switch. A founder who keeps nothing on this device has her
 * answers in the address alone, marked so (src/machines/keepOnDevice.ts). Gives whether that first
 * reading is done.
 */
export function useWizardAddress(actor: Actor<typeof wizardMachine>, snapshot: WizardSnapshot): boolean {
  const [ready, setReady] = useState(false);
  /** The view last written to the address: a new view adds a history entry, a correction does not. */
  const writtenView = useRef<WizardView>();

  useEffect(() => {
    const linked = fragmentInAddress();
    const saved = loadAnswers();
    if (linked) actor.send({ type: 'RESTORE', fragment: linked, from: 'link' });
    else if (saved && !location.hash) actor.send({ type: 'RESTORE', fragment: saved, from: 'saved' });
    setReady(true);

    const onPopState = (event: PopStateEvent) => {
      writtenView.current = undefined;
      const ownEntry = (event.state as { wizard?: boolean } | null)?.wizard === true;
      actor.send({ type: 'RESTORE', fragment: fragmentInAddress(), from: ownEntry ? 'history' : 'link' });
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [actor]);

  const view = currentView(snapshot);
  const { answers, notice, keepOnDevice } = snapshot.context;
  useEffect(() => {
    // `done` leaves the page (the machine's `showResult`).
    if (!ready || view === 'done') return;
    if (notice?.kind === 'deleted' || notice?.kind === 'corrupt' || !keepOnDevice) forgetAnswers();
    if (view === 'intro') {
      // Back to the start page adds an entry; deleting replaces the one that held the answers.
      if (writtenView.current !== undefined) {
        history[notice?.kind === 'deleted' ? 'replaceState' : 'pushState'](null, '', location.pathname);
      }
      writtenView.current = undefined;
    } else {
      const fragment = withKeepChoice(encodeAnswers(answers, view), keepOnDevice);
      if (keepOnDevice) saveAnswers(fragment);
      if (location.hash.slice(1) !== fragment) {
        const isNewView = writtenView.current !== undefined && writtenView.current !== view;
        history[isNewView ? 'pushState' : 'replaceState'](WIZARD_ENTRY, '', `#${fragment}`);
      }
      writtenView.current = view;
    }
    carryFragmentToLanguageSwitch();
  }, [ready, view, answers, notice, keepOnDevice]);

  return ready;
}
