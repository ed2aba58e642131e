import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A source the page relies on: shown at the foot of the page, and in print. */
const source = z.object({
  /** How the source is named to the reader, e.g. "1163 sayılı Kooperatifler Kanunu, m. 2". */
  title: z.string().min(1),
  /** Where to read it; absent for a source that has no stable public address. */
  url: z.url().optional(),
});

/**
 * The explainer pages. Each file lives in a folder named after its locale (`tr/`, `en/`); its path
 * below that folder is its address, under /en/ for English: `tr/calisma-modeli.mdx` is
 * `/calisma-modeli/`, `en/working-model.mdx` is `/en/working-model/`.
 */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/docs' }),
  schema: z.object({
    /** The page's one h1 and the first part of its <title>. */
    title: z.string().min(1),
    /** The meta description and the summary in lists; search engines cut longer ones. */
    description: z.string().min(1).max(160),
    /** Position in the guide: navigation, previous/next links and lists follow it. */
    order: z.number().int().nonnegative(),
    /** Where the page sits: the home page, the guide itself, or the pages about the site. */
    part: z.enum(['home', 'guide', 'about']).default('guide'),
    /** The day a person last checked the page against its sources (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
    /** What the page rests on: the source text, laws, official pages. At least one. */
    sources: z.array(source).min(1),
    /**
     * The questions the page answers, in the source text's own words: the home page lists them
     * for search engines as a FAQPage (JSON-LD). Answers are plain text.
     */
    faq: z.array(z.object({ question: z.string().min(1), answer: z.string().min(1) })).default([]),
    /**
     * For a page of another language than Turkish: the Turkish page it is the twin of, by file
     * name ("calisma-modeli"; "index" for the home page). The language switch follows it.
     */
    translationOf: z.string().min(1).optional(),
  }),
});

export const collections = { docs };
