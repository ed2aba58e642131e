/**
 * The printable checklist's anchor on the wizard page. Links point at it (the result page without
 * JavaScript, and anyone who shares it), so it is the same in every language and never changes.
 */
export const CHECKLIST_ID = 'kontrol-listesi';
