import { defineMiddleware } from 'astro:middleware';
import { isolateLatinRunsInPage } from './utils/bidi-html';

/**
 * Every page as it is built (and served in development): a right-to-left page gets its Latin and
 * numeric runs isolated (src/utils/bidi.ts); every other response passes unchanged.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(isolateLatinRunsInPage(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
