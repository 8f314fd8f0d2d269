// What the Office renderers make once and reuse across the statements of a build: a template read, a logo drawn, a
// theme's styles. Each cache is bounded: past its limit it starts again empty (a build uses a handful of each).

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
