/**
 * Exact shares rounded to hundredths so that they add up to `total` (itself rounded to hundredths):
 * each share rounded down, then the hundredths left over go to the largest remainders (Hamilton's
 * largest-remainder method). Every cell is within 0.01 of its exact value; shares of 0 stay 0.
 */
export function apportion(exact: readonly number[], total: number): number[] {
  const cents = exact.map((x) => Math.max(0, x * 100));
  const floor = cents.map((c) => Math.floor(c + 1e-9));
  let left = Math.round(total * 100) - floor.reduce((a, b) => a + b, 0);
  const order = cents.map((c, i) => ({ i, r: c - floor[i]! })).filter((x) => cents[x.i]! > 0).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) floor[order[k]!.i]! += 1;
  // a total below the floors (the findings' own rounding took more): the smallest remainders give back, in turn
  for (let guard = 0; left < 0 && guard < 10_000; guard++) {
    const k = [...order].reverse().find((x) => floor[x.i]! > 0);
    if (!k) break;
    floor[k.i]! -= 1;
    left++;
  }
  return floor.map((c) => c / 100);
}
