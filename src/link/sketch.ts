/**
 * How many articles of the working set contain a shingle, approximately and in bounded
 * memory: a count-min sketch (two rows of 16-bit counters) that supports removal, so
 * counts follow the working set as old articles leave it. Used to tell boilerplate and
 * formulas (honorific titles, sign-offs) that hundreds of articles share from passages
 * that a few articles copied.
 */

/**
 * 2²⁰ counters per row (2 MiB, cache-friendly): a 20k-article working set holds ~7M shingles, ~7 per counter,
 * and the minimum of two rows reaching the common threshold (30) by collisions alone has probability < 10⁻⁹.
 */
const ROW_BITS = 20;
const ROW_SIZE = 1 << ROW_BITS;
const MASK = ROW_SIZE - 1;

export class ShingleCounts {
  private readonly r0 = new Uint16Array(ROW_SIZE);
  private readonly r1 = new Uint16Array(ROW_SIZE);

  /**
   * Adds (`delta` = 1) or removes (`delta` = −1) one article's shingles. A shingle repeated inside one article
   * counts each time (rare in news, and removal subtracts exactly what insertion added).
   */
  update(shingles: Uint32Array, delta: 1 | -1): void {
    for (let i = 0; i < shingles.length; i++) {
      const h = shingles[i] as number;
      const a = h & MASK;
      const b = (Math.imul(h, 0x9e3779b1) >>> (32 - ROW_BITS)) & MASK;
      const x = (this.r0[a] as number) + delta;
      const y = (this.r1[b] as number) + delta;
      this.r0[a] = Math.max(0, Math.min(x, 0xffff));
      this.r1[b] = Math.max(0, Math.min(y, 0xffff));
    }
  }

  /** Upper bound on the number of articles holding shingle `h` (exact unless counters collide). */
  count(h: number): number {
    const a = h & MASK;
    const b = (Math.imul(h, 0x9e3779b1) >>> (32 - ROW_BITS)) & MASK;
    return Math.min(this.r0[a] as number, this.r1[b] as number);
  }
}
