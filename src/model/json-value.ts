/**
 * Two everyday operations on parsed JSON, written for the support floor (Chromium 86, issue 14):
 * `Object.hasOwn` arrived in Chromium 93 and `structuredClone` in 98.
 */

/** Whether `obj` has `key` as its own property, as `Object.hasOwn` answers. */
export function hasOwn(obj: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * A deep copy of a JSON value: objects and arrays copied, everything else as it is. Keys are
 * defined, not assigned, so a `"__proto__"` key stays an ordinary key, as in `structuredClone`.
 */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyJson(v)])) as T;
}

/** Resolves a JSON Pointer (RFC 6901) in `doc`; `undefined` when any step is missing. */
export function resolvePointer(doc: unknown, path: string): unknown {
  if (path === '') return doc;
  let current: unknown = doc;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Appends the last segment to a JSON Pointer, escaping `~` and `/` (RFC 6901). */
export function pointer(base: string, key: string | number): string {
  return `${base}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
