/**
 * Request throttles, on the same library as the wrong-code count (guesses.ts): rate-limiter-flexible's
 * RateLimiterMemory, a fixed window of `points` requests per key every `windowS` seconds. Two use it:
 * - POST /api/join, per remote address: JOIN_LIMIT, 10 tries every 10 seconds (one a second on average, bursts of 10);
 * - the room's messages, per client: `LIANYAN_RATE` a second on average with bursts of `LIANYAN_BURST` (20 and 40:
 *   40 messages every 2 seconds), from `fromRate`.
 * Counting is per process (with REDIS_URL each process counts its own), as for wrong codes.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface ThrottleLimit {
  /** requests a key may make in one window */
  points: number;
  /** the window, in seconds */
  windowS: number;
}

/** POST /api/join per address: 10 tries, the window 10 s (README "HTTP API": 10 tries, then one a second on average) */
export const JOIN_LIMIT: ThrottleLimit = { points: 10, windowS: 10 };

/**
 * `rate` requests a second on average with bursts of `burst`: `burst` per `burst / rate` seconds. A burst below 1
 * (or not a number) is 1; a rate of 0 or not a number never opens a new window (rate-limiter-flexible's duration 0).
 */
export function fromRate(rate: number, burst: number): ThrottleLimit {
  const points = Number.isFinite(burst) ? Math.max(1, Math.floor(burst)) : 1;
  return { points, windowS: Number.isFinite(rate) && rate > 0 ? points / rate : 0 };
}

export class Throttle {
  private readonly limiter: RateLimiterMemory;

  constructor(readonly limit: ThrottleLimit, prefix: string) {
    this.limiter = new RateLimiterMemory({ keyPrefix: prefix, points: limit.points, duration: limit.windowS });
  }

  /**
   * Count one request of `key`: `{ ok: true }`, or `{ ok: false, retryS }` (whole seconds, ≥ 1, until its window
   * opens again: a 429's Retry-After). The count is taken when called, so requests count in the order they came.
   */
  take(key: string): Promise<{ ok: true } | { ok: false; retryS: number }> {
    return this.limiter.consume(key).then(
      () => ({ ok: true as const }),
      (e: unknown) => {
        if (!(e instanceof RateLimiterRes)) throw e;
        return { ok: false as const, retryS: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
      },
    );
  }
}
