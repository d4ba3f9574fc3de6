import { describe, expect, it } from 'vitest';
// Astro's own store, so the test follows its rule for unchanged digests.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { replaceEntries } from '../../../src/loaders/replace-entries.ts';

function context() {
  const store = new MutableDataStore().scopedStore('authors');
  const changes: string[] = [];
  const counted = {
    ...store,
    set: (entry: Parameters<typeof store.set>[0]) => {
      const changed = store.set(entry);
      if (changed) changes.push(`set ${entry.id}`);
      return changed;
    },
    delete: (id: string) => {
      changes.push(`delete ${id}`);
      store.delete(id);
    },
  };
  return { context: { store: counted, generateDigest: (data: string | Record<string, unknown>) => JSON.stringify(data) }, changes };
}

describe('replaceEntries', () => {
  const ani = { id: 'ani', data: { name: 'Ani' }, rendered: { html: '<p>Bio</p>' } };
  const budi = { id: 'budi', data: { name: 'Budi' } };

  it('leaves the store untouched when the entries are the same as before', () => {
    const { context: ctx, changes } = context();
    replaceEntries(ctx, [ani, budi]);
    expect(changes).toEqual(['set ani', 'set budi']);
    changes.length = 0;
    replaceEntries(ctx, [{ ...ani, data: { name: 'Ani' } }, budi]);
    expect(changes).toEqual([]);
  });

  it('stores what changed and drops what is gone', () => {
    const { context: ctx, changes } = context();
    replaceEntries(ctx, [ani, budi]);
    changes.length = 0;
    replaceEntries(ctx, [{ ...ani, rendered: { html: '<p>Bio baru</p>' } }]);
    expect(changes).toEqual(['delete budi', 'set ani']);
    expect(ctx.store.keys()).toEqual(['ani']);
    expect(ctx.store.get('ani')?.rendered?.html).toBe('<p>Bio baru</p>');
    replaceEntries(ctx, []);
    expect(ctx.store.keys()).toEqual([]);
  });
});
