// mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, fast and good enough
// for test catalogs, and identical on every platform so a seed always yields the same catalog.
export type Random = () => number;

export function createMulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleUniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

// Uniform in log space: orifice sizes and flows span decades, each decade equally stocked.
export function sampleLogUniform(random: Random, min: number, max: number): number {
  return Math.exp(sampleUniform(random, Math.log(min), Math.log(max)));
}

// Box–Muller; 1 − u keeps the logarithm away from zero.
export function sampleNormal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
