/**
 * The one server the browser tests run against: Cloudflare's own runtime, `wrangler pages dev dist`,
 * which sends the headers of dist/_headers as the published site does. TEST_PORT lets helpers and
 * CI runs share a machine.
 */
export const PORT = Number(process.env.TEST_PORT ?? 4399);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
