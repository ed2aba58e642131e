/**
 * The printed kit's pages (ROUTES.poster, ROUTES.leaflet) and the paper each one prints on, exactly
 * one sheet: the page's stylesheet names the same size in its `@page` rule.
 */
export const KIT_PAPER = { poster: 'A4', leaflet: 'A5' } as const;

export type KitPage = keyof typeof KIT_PAPER;
