/**
 * Routes' props in either mode. A static build hands each page the props of its static path;
 * a server (output: 'server') ignores getStaticPaths. A route whose pages a server can read one
 * at a time passes `readProps`, which reads the requested page's props alone (article and
 * listing pages: src/data/article-pages.ts, listings.ts); for the others the same list is made
 * from the content source once per version of it and the requested params are looked up in it.
 * A route calls `routeProps(Astro, getStaticPaths, readProps?)` and answers 404 on undefined;
 * nothing else in a route knows which mode it is in.
 */
import { settings } from '../lib/settings.ts';
import { contentSource } from './source.ts';

interface StaticPath {
  params: Readonly<Record<string, string | number | undefined>>;
  props?: unknown;
}

type Params = Readonly<Record<string, string | number | undefined>>;

/** The params as one string: an empty rest parameter is `undefined` on one side and absent on the other. */
const keyOf = (params: Params) =>
  Object.keys(params)
    .filter((name) => params[name] !== undefined && params[name] !== '')
    .sort()
    .map((name) => `${name}=${String(params[name])}`)
    .join('\0');

const lists = new WeakMap<object, { version: number; byParams: Promise<Map<string, StaticPath>> }>();

export async function routeProps<Path extends StaticPath>(
  context: { params: Params; props: unknown },
  paths: () => Promise<readonly Path[]> | readonly Path[],
  readProps?: (params: Params) => Promise<Path['props'] | undefined>,
): Promise<Path['props'] | undefined> {
  if (settings.mode !== 'server') return context.props as Path['props'];
  if (readProps) return readProps(context.params);
  const source = await contentSource();
  const version = await source.version();
  let list = lists.get(paths);
  if (list?.version !== version) {
    list = { version, byParams: Promise.resolve(paths()).then((all) => new Map(all.map((path) => [keyOf(path.params), path]))) };
    lists.set(paths, list);
  }
  const path = (await list.byParams).get(keyOf(context.params));
  return path ? ((path.props ?? {}) as Path['props']) : undefined;
}

/** Whether a story that is not there was removed (server mode's 410; never in a build). */
export async function wasRemoved(slug: string | undefined): Promise<boolean> {
  return slug !== undefined && (await (await contentSource()).removedAt(slug)) !== undefined;
}

/** No such page: Astro renders src/pages/404.astro for a 404 without a body. */
export const notFound = (): Response => new Response(null, { status: 404 });

/** An endpoint's GET from its props: the same handler in a build and on demand, 404 for params no path has. */
export function withRouteProps<Path extends StaticPath, Context extends { params: Params; props: unknown }>(
  paths: () => Promise<readonly Path[]> | readonly Path[],
  handle: (props: NonNullable<Path['props']>, context: Context) => Response | Promise<Response>,
  readProps?: (params: Params) => Promise<Path['props'] | undefined>,
): (context: Context) => Promise<Response> {
  return async (context) => {
    const props = await routeProps(context, paths, readProps);
    return props ? handle(props as NonNullable<Path['props']>, context) : notFound();
  };
}
