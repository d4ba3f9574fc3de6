import { describe, expect, it } from 'vitest';
import { lazyStaticPath } from '../../../src/lib/site/lazy-path.ts';

describe('lazyStaticPath', () => {
  it('computes nothing until props or the key are read', () => {
    let made = 0;
    const path = lazyStaticPath(
      { slug: 'a' },
      () => ({ n: ++made }),
      (props) => `key-${props.n}`,
    );
    expect(path.params).toEqual({ slug: 'a' });
    expect(made).toBe(0);
  });

  it('makes the props once, whether the key or the props are read first', () => {
    let made = 0;
    const keyFirst = lazyStaticPath(
      {},
      () => ({ n: ++made }),
      (props) => `key-${props.n}`,
    );
    expect(keyFirst.cacheKey).toBe('key-1');
    expect(keyFirst.props).toEqual({ n: 1 });
    expect(keyFirst.props).toBe(keyFirst.props);
    expect(made).toBe(1);

    const propsFirst = lazyStaticPath(
      {},
      () => ({ n: ++made }),
      (props) => `key-${props.n}`,
    );
    expect(propsFirst.props).toEqual({ n: 2 });
    expect(propsFirst.cacheKey).toBe('key-2');
    expect(made).toBe(2);
  });

  it('computes the key once', () => {
    let keyed = 0;
    const path = lazyStaticPath(
      {},
      () => 'p',
      () => `key-${++keyed}`,
    );
    expect([path.cacheKey, path.cacheKey]).toEqual(['key-1', 'key-1']);
  });

  it('gives what it computed to a spread, as Astro copies the props of the page it renders', () => {
    const path = lazyStaticPath(
      { slug: 'a' },
      () => ({ section: 'Dunia' }),
      () => 'k',
    );
    expect({ ...path }).toEqual({ params: { slug: 'a' }, props: { section: 'Dunia' }, cacheKey: 'k' });
    expect({ ...path.props }).toEqual({ section: 'Dunia' });
  });

  it('keeps props that are legitimately undefined without computing them again', () => {
    let made = 0;
    const path = lazyStaticPath(
      {},
      () => {
        made++;
        return undefined;
      },
      () => 'k',
    );
    expect([path.props, path.props]).toEqual([undefined, undefined]);
    expect(made).toBe(1);
  });
});
