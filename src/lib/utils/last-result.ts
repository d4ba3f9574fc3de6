/**
 * Remembers the result computed for the last list it was given, and returns it again while the
 * list holds the same items (by identity, in order). `astro dev` hands out the content store's
 * own data objects until the store changes, so this keeps a site-wide index for as long as the
 * content it was built from, however many requests ask for it.
 */
export function lastResultFor<Item, Result>(compute: (items: readonly Item[]) => Result, identityOf: (item: Item) => unknown = (item) => item): (items: readonly Item[]) => Result {
  let last: { identities: unknown[]; result: Result } | undefined;
  return (items) => {
    const identities = items.map(identityOf);
    if (last && last.identities.length === identities.length && last.identities.every((identity, index) => identity === identities[index])) return last.result;
    last = { identities, result: compute(items) };
    return last.result;
  };
}
