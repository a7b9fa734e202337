/**
 * Randomized truncated SVD of a sparse matrix (Halko, Martinsson & Tropp 2011), for the word
 * vectors of scripts/build-vectors.ts and scripts/build-clusters.ts: the left singular vectors, the
 * singular values, and the eigenvalues of B Bᵀ they come from (σ² = λ).
 */

import { mulberry32 } from "../src/annotate/entities/perceptron.js";

/** Sparse rows (CSR). */
export interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
}

/** out (rows × k) = A (rows × cols) · B (cols × k), B row-major. */
function mulAB(a: Csr, b: Float64Array, k: number): Float64Array {
  const out = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r++) {
    const o = r * k;
    for (let q = a.ptr[r] as number; q < (a.ptr[r + 1] as number); q++) {
      const v = a.val[q] as number;
      const bo = (a.idx[q] as number) * k;
      for (let j = 0; j < k; j++) out[o + j] = (out[o + j] as number) + v * (b[bo + j] as number);
    }
  }
  return out;
}

/** out (cols × k) = Aᵀ · Y (rows × k). */
function mulAtB(a: Csr, y: Float64Array, k: number): Float64Array {
  const out = new Float64Array(a.cols * k);
  for (let r = 0; r < a.rows; r++) {
    const yo = r * k;
    for (let q = a.ptr[r] as number; q < (a.ptr[r + 1] as number); q++) {
      const v = a.val[q] as number;
      const o = (a.idx[q] as number) * k;
      for (let j = 0; j < k; j++) out[o + j] = (out[o + j] as number) + v * (y[yo + j] as number);
    }
  }
  return out;
}

/**
 * Orthonormalises the k columns of y (rows × k, row-major) in place: Cholesky QR twice
 * (CholeskyQR2), which reads y row by row instead of column by column.
 */
function orthonormalize(y: Float64Array, rows: number, k: number): void {
  for (let pass = 0; pass < 2; pass++) {
    const g = new Float64Array(k * k);
    for (let r = 0; r < rows; r++) {
      const o = r * k;
      for (let i = 0; i < k; i++) {
        const x = y[o + i] as number;
        if (x === 0) continue;
        for (let j = i; j < k; j++) g[i * k + j] = (g[i * k + j] as number) + x * (y[o + j] as number);
      }
    }
    // Upper Cholesky factor R (Rᵀ R = G), with a tiny ridge for rank-deficient inputs.
    const rr = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      let d = (g[i * k + i] as number) * (1 + 1e-12) + 1e-30;
      for (let p = 0; p < i; p++) d -= (rr[p * k + i] as number) ** 2;
      const rii = Math.sqrt(Math.max(d, 1e-30));
      rr[i * k + i] = rii;
      for (let j = i + 1; j < k; j++) {
        let s = g[i * k + j] as number;
        for (let p = 0; p < i; p++) s -= (rr[p * k + i] as number) * (rr[p * k + j] as number);
        rr[i * k + j] = s / rii;
      }
    }
    // y ← y R⁻¹, row by row (forward substitution).
    const row = new Float64Array(k);
    for (let r = 0; r < rows; r++) {
      const o = r * k;
      for (let j = 0; j < k; j++) {
        let s = y[o + j] as number;
        for (let p = 0; p < j; p++) s -= (row[p] as number) * (rr[p * k + j] as number);
        row[j] = s / (rr[j * k + j] as number);
      }
      for (let j = 0; j < k; j++) y[o + j] = row[j] as number;
    }
  }
}

/** Eigen-decomposition of a symmetric k × k matrix (cyclic Jacobi): values and column vectors. */
function symmetricEigen(m: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = m.slice();
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += (a[p * k + q] as number) ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * k + q] as number) - (a[p * k + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p] as number;
          const arq = a[r * k + q] as number;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r] as number;
          const aqr = a[q * k + r] as number;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p] as number;
          const vrq = v[r * k + q] as number;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i] as number;
  return { values, vectors: v };
}

/** Word vectors: U_d Σ_d^½ of a randomized SVD of `a`, rows normalised to unit length. */
/**
 * The `dim` leading singular triplets of `a`: U (rows × dim, row-major) and σ, largest first.
 * `power` iterations sharpen a slowly decaying spectrum. Deterministic for a given seed.
 */
export function rsvd(
  a: Csr,
  dim: number,
  seed: number,
  power = 2,
): { u: Float64Array; s: Float64Array; lambda: Float64Array } {
  const k = dim + 20;
  const rand = mulberry32(seed);
  const gauss = () => {
    const u = rand() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const omega = new Float64Array(a.cols * k);
  for (let i = 0; i < omega.length; i++) omega[i] = gauss();
  let y = mulAB(a, omega, k);
  orthonormalize(y, a.rows, k);
  for (let it = 0; it < power; it++) {
    const z = mulAtB(a, y, k);
    orthonormalize(z, a.cols, k);
    y = mulAB(a, z, k);
    orthonormalize(y, a.rows, k);
  }
  const bt = mulAtB(a, y, k);
  const bbt = new Float64Array(k * k);
  for (let c = 0; c < a.cols; c++) {
    const o = c * k;
    for (let i = 0; i < k; i++) {
      const x = bt[o + i] as number;
      if (x === 0) continue;
      for (let j = 0; j < k; j++) bbt[i * k + j] = (bbt[i * k + j] as number) + x * (bt[o + j] as number);
    }
  }
  const { values, vectors } = symmetricEigen(bbt, k);
  const order = [...values.keys()].sort((p, q) => (values[q] as number) - (values[p] as number)).slice(0, dim);
  const u = new Float64Array(a.rows * dim);
  const lambda = Float64Array.from(order, (e) => Math.max(0, values[e] as number));
  const s = lambda.map(Math.sqrt);
  for (let r = 0; r < a.rows; r++)
    for (let d = 0; d < dim; d++) {
      const e = order[d] as number;
      let acc = 0;
      for (let i = 0; i < k; i++) acc += (y[r * k + i] as number) * (vectors[i * k + e] as number);
      u[r * dim + d] = acc;
    }
  return { u, s, lambda };
}
