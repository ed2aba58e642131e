/**
 * The two servers the tests run against, each on a port of its own (TEST_PORT lets helpers and CI
 * runs share a machine): `astro preview` for the pages, and Cloudflare's own runtime, `wrangler
 * pages dev`, for what only the host adds: the headers of dist/_headers.
 */
export const PORT = Number(process.env.TEST_PORT ?? 4399);
export const HOST_PORT = PORT + 100;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
