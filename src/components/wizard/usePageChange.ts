import { useEffect, useRef, useState } from 'preact/hooks';
import type { WizardView } from '../../machines/wizardMachine';

interface PageChange {
  /** False until the wizard has read the address: the server-rendered page stays as it is. */
  ready: boolean;
  view: WizardView;
  documentTitle: string;
  /** What the live region says when the page changes ("Soru 3 / 11: …"); empty for none. */
  announcement: string;
  /** The error summary takes focus itself. */
  hasErrors: boolean;
}

/**
 * What follows a change of page, as GOV.UK does it: the document's title, the live region's words,
 * and focus on the new page's heading. The first page after loading leaves focus where it is.
 */
export function usePageChange({ ready, view, documentTitle, announcement, hasErrors }: PageChange) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [spoken, setSpoken] = useState('');
  const shownView = useRef<WizardView>();

  useEffect(() => {
    if (!ready) return;
    document.title = documentTitle;
    if (announcement) setSpoken(announcement);
    if (shownView.current !== undefined && shownView.current !== view && !hasErrors) heading.current?.focus();
    shownView.current = view;
  }, [ready, view, documentTitle, announcement, hasErrors]);

  return { heading, spoken };
}
