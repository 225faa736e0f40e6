/**
 * Seeded randomness for the mock. Everything the mock invents (names, ids, numbers) comes from
 * here so the same `seed` always yields byte-identical responses; `Math.random` is never used.
 */

/** FNV-1a over the UTF-16 code units of `text`: a cheap, stable 32-bit hash for seeding. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a 32-bit state generator, good enough for test data and tiny to carry around. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded generator with the few draws the builders need. */
export class Rng {
  readonly #next: () => number;

  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.#next();
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.#next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.#next() * items.length)];
    if (item === undefined) throw new RangeError("pick() needs a non-empty list");
    return item;
  }

  /** Float rounded to `digits` decimals, so JSON output stays short and stable. */
  round(min: number, max: number, digits = 3): number {
    const factor = 10 ** digits;
    return Math.round((min + this.#next() * (max - min)) * factor) / factor;
  }
}

/** A generator seeded by the mock seed plus any number of scope parts (kind, id, index...). */
export function rngFor(seed: number, ...scope: readonly (string | number)[]): Rng {
  return new Rng(hashString(scope.join("\u0000"), hashString(String(seed))));
}
