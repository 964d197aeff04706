/** A read-only map made on first use, for what most pages never ask. */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  #map?: ReadonlyMap<K, V>;
  constructor(private readonly make: () => ReadonlyMap<K, V>) {}
  get #made(): ReadonlyMap<K, V> {
    return (this.#map ??= this.make());
  }
  get size(): number {
    return this.#made.size;
  }
  get(key: K): V | undefined {
    return this.#made.get(key);
  }
  has(key: K): boolean {
    return this.#made.has(key);
  }
  entries(): MapIterator<[K, V]> {
    return this.#made.entries();
  }
  keys(): MapIterator<K> {
    return this.#made.keys();
  }
  values(): MapIterator<V> {
    return this.#made.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#made.entries();
  }
  forEach(each: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.#made.forEach((v, k) => each.call(thisArg, v, k, this));
  }
}
