/**
 * A static path whose props and cache key are computed when first read, then kept. Astro reads
 * `props` only for the page it renders and `cacheKey` only in an incremental build: `astro dev`
 * asks a route for all its paths on every request after a content change (20,000 for the
 * article route) but renders one, so computing every article's surroundings and key up front
 * cost it over a second per edit. A build reads both for every path, which costs what it did.
 */
export interface LazyStaticPath<Params, Props> {
  params: Params;
  readonly props: Props;
  readonly cacheKey: string;
}

export function lazyStaticPath<Params, Props>(params: Params, makeProps: () => Props, keyOf: (props: Props) => string): LazyStaticPath<Params, Props> {
  let props: { value: Props } | undefined;
  let key: string | undefined;
  const propsOnce = () => (props ??= { value: makeProps() }).value;
  return {
    params,
    get props() {
      return propsOnce();
    },
    get cacheKey() {
      return (key ??= keyOf(propsOnce()));
    },
  };
}
