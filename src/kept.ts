// What is made once and reused across the statements of a build: a PowerPoint template read, a logo drawn, a theme's
// Word styles, a paragraph's word count. Each cache is bounded: past its limit it starts again empty.

/** The value kept under `key`, made by `make` the first time it is asked for. */
export function keptOr<K, V>(cache: Map<K, V>, key: K, limit: number, make: () => V): V {
  let found = cache.get(key);
  if (found === undefined) {
    found = make();
    if (cache.size >= limit) cache.clear();
    cache.set(key, found);
  }
  return found;
}
