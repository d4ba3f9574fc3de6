/**
 * `POST /_warta/purge/` (server mode only, injected by astro.config.mjs): drops the route cache's
 * pages carrying any of the tags in the JSON body `{ "tags": [...] }`. `npm run server:sync`
 * calls it after a publish. It answers only a request bearing `WARTA_PURGE_TOKEN`; without that
 * setting it refuses every request.
 */
import type { APIRoute } from 'astro';

export const prerender = false;

export const POST: APIRoute = async ({ request, cache }) => {
  const token = process.env.WARTA_PURGE_TOKEN;
  if (!token || request.headers.get('authorization') !== `Bearer ${token}`) return new Response('Forbidden\n', { status: 403 });
  const body = (await request.json().catch(() => undefined)) as { tags?: unknown } | undefined;
  const tags = Array.isArray(body?.tags) && body.tags.every((tag) => typeof tag === 'string') ? (body.tags as string[]) : undefined;
  if (!tags) return new Response('Expected {"tags": ["…"]}\n', { status: 400 });
  await cache.invalidate({ tags });
  return new Response(null, { status: 204 });
};
