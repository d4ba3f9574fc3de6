/**
 * Runs `work` over `items`, `size` at a time, keeping the results in order: enough file
 * operations in flight to keep a disk busy, few enough to bound open handles and what is read
 * ahead.
 */
export async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}
