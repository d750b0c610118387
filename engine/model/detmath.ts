/**
 * Deterministic math (hazards.md §5.2): only + − × ÷, sqrt, floor, abs, min, max.
 * Math.exp/log/pow are implementation-approximated and differ between engines, so the
 * engine uses these table- and series-based versions, identical in Node and in Chromium.
 */

const LN2 = 0.6931471805599453;

/** e^x by range reduction (x = k·ln2 + r, |r| ≤ ln2/2) and a fixed-length Taylor series. */
export function dexp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  const k = Math.floor(x / LN2 + 0.5);
  const r = x - k * LN2;
  // 14 terms: |r| ≤ 0.347 ⇒ truncation error < 1e-16 relative. Written out, term i = term·r/i in
  // the same order (÷1, ÷2, ÷4, ÷8 as exact ×1, ×½, ×¼, ×⅛: the same rounded values, bit for bit),
  // since the threat-zone raster calls this for every cell of every puff.
  let t = r;
  let sum = 1 + t;
  t = t * r * 0.5;
  sum += t;
  t = (t * r) / 3;
  sum += t;
  t = t * r * 0.25;
  sum += t;
  t = (t * r) / 5;
  sum += t;
  t = (t * r) / 6;
  sum += t;
  t = (t * r) / 7;
  sum += t;
  t = t * r * 0.125;
  sum += t;
  t = (t * r) / 9;
  sum += t;
  t = (t * r) / 10;
  sum += t;
  t = (t * r) / 11;
  sum += t;
  t = (t * r) / 12;
  sum += t;
  t = (t * r) / 13;
  sum += t;
  t = (t * r) / 14;
  sum += t;
  return sum * (k >= -1022 && k <= 1023 ? POW2[k + 1022]! : pow2i(k));
}

/** 2^k for the normal range, k = −1022…1023 (every one exact, so a look-up gives pow2i's value). */
const POW2 = Float64Array.from({ length: 2046 }, (_, i) => pow2i(i - 1022));

/** 2^k for integer k, exactly, by repeated multiplication in halves. */
function pow2i(k: number): number {
  let result = 1;
  let base = k >= 0 ? 2 : 0.5;
  let n = Math.abs(k);
  while (n > 0) {
    if (n & 1) result *= base;
    base *= base;
    n >>= 1;
  }
  return result;
}

/** Natural log: reduce to m·2^e with m in [√½, √2), then atanh series ln m = 2·Σ z^(2i+1)/(2i+1). */
export function dlog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  let m = x;
  while (m >= 1.4142135623730951) {
    m *= 0.5;
    e++;
  }
  while (m < 0.7071067811865476) {
    m *= 2;
    e--;
  }
  const z = (m - 1) / (m + 1);
  const z2 = z * z;
  let term = z;
  let sum = 0;
  for (let i = 0; i < 22; i++) {
    sum += term / (2 * i + 1);
    term *= z2;
  }
  return 2 * sum + e * LN2;
}

/** x^y for x > 0 through dexp/dlog; integer powers of any x by multiplication. */
export function dpow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    let r = 1;
    for (let i = 0; i < Math.abs(y); i++) r *= x;
    return y < 0 ? 1 / r : r;
  }
  if (x === 0) return y > 0 ? 0 : Infinity;
  return dexp(y * dlog(x));
}

/** Standard normal CDF Φ(z) through the Abramowitz–Stegun 7.1.26 erf approximation (|ε| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * dexp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Unit vector for a compass bearing in integer tenths of a degree (0 = north, clockwise): table-based. */
const BEARING_TABLE: Array<readonly [number, number]> = buildBearingTable();

function buildBearingTable(): Array<readonly [number, number]> {
  // sin/cos by Taylor series on [−π/4, π/4] with octant symmetry: deterministic everywhere.
  const table: Array<readonly [number, number]> = [];
  for (let d = 0; d < 3600; d++) {
    const rad = (d / 10) * (Math.PI / 180);
    table.push([dsin(rad), dcos(rad)] as const);
  }
  return table;
}

function sinSeries(x: number): number {
  let term = x;
  let sum = x;
  for (let i = 1; i < 12; i++) {
    term *= (-x * x) / ((2 * i) * (2 * i + 1));
    sum += term;
  }
  return sum;
}

function cosSeries(x: number): number {
  let term = 1;
  let sum = 1;
  for (let i = 1; i < 12; i++) {
    term *= (-x * x) / ((2 * i - 1) * (2 * i));
    sum += term;
  }
  return sum;
}

/** sin for radians, reduced to [−π, π] then series: pure arithmetic. */
export function dsin(rad: number): number {
  const r = reduceAngle(rad);
  return sinSeries(r);
}

export function dcos(rad: number): number {
  const r = reduceAngle(rad);
  return cosSeries(r);
}

function reduceAngle(rad: number): number {
  const twoPi = 2 * Math.PI;
  let r = rad - Math.floor(rad / twoPi) * twoPi;
  if (r > Math.PI) r -= twoPi;
  return r;
}

/**
 * Unit vector (east, north) of the direction a wind blows TOWARDS, given the meteorological
 * "from" bearing in degrees (0 = from the north). Quantised to 0.1°.
 */
export function windToVector(fromDeg: number): readonly [number, number] {
  const toTenths = ((Math.round(fromDeg * 10) + 1800) % 3600 + 3600) % 3600;
  const [s, c] = BEARING_TABLE[toTenths]!;
  return [s, c] as const;
}

/** Round to a fixed number of decimals without toFixed's string path: for hashing and display. */
export function quantise(x: number, decimals: number): number {
  const f = pow10[decimals] ?? 1;
  return Math.round(x * f) / f;
}

const pow10 = [1, 10, 100, 1000, 10000, 100000, 1000000];
