/**
 * Simulated-time pacing for a live drill (design.md: the wall clock lives only here, never in
 * engine/). At speed s, one wall second carries s simulated seconds; the clock says how many
 * engine ticks are due since it was last asked. Pause stops the flow; a jump ("skip 10
 * minutes") asks for a block of ticks at once. Deadlines stay in simulated time because the
 * engine only ever sees tick counts.
 */

export const MIN_SPEED = 0.5;
export const MAX_SPEED = 60;

export type WallNow = () => number;

export interface ClockStatus {
  speed: number;
  paused: boolean;
}

export class LiveClock {
  private speed: number;
  private paused: boolean;
  /** simulated ms owed to the engine but not yet stepped (fractions of a tick carry over) */
  private owedMs = 0;
  private lastWall: number;

  /**
   * @param tickMs the scenario's tick length (simulated ms)
   * @param now wall clock in ms (Date.now by default; tests pass their own)
   */
  constructor(private readonly tickMs: number, speed: number, paused: boolean, private readonly now: WallNow = Date.now) {
    this.speed = clampSpeed(speed);
    this.paused = paused;
    this.lastWall = now();
  }

  status(): ClockStatus {
    return { speed: this.speed, paused: this.paused };
  }

  /** Whole ticks due since the last call (0 while paused). `maxTicks` bounds one catch-up. */
  due(maxTicks = Infinity): number {
    const wall = this.now();
    const elapsed = Math.max(0, wall - this.lastWall);
    this.lastWall = wall;
    if (this.paused) return 0;
    this.owedMs += elapsed * this.speed;
    const ticks = Math.min(Math.floor(this.owedMs / this.tickMs), maxTicks);
    this.owedMs -= ticks * this.tickMs;
    // a long stall (debugger, overloaded box) is not paid back in one burst beyond maxTicks
    if (this.owedMs > this.tickMs * 10) this.owedMs = this.tickMs;
    return ticks;
  }

  pause(): void {
    this.due();
    this.paused = true;
    this.owedMs = 0;
  }

  resume(): void {
    this.lastWall = this.now();
    this.paused = false;
  }

  /** 0.5× … 60×; throws RangeError outside (the room validates first). */
  setSpeed(speed: number): void {
    if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) throw new RangeError(`speed must be ${MIN_SPEED}…${MAX_SPEED}`);
    this.due();
    this.speed = speed;
  }

  /** Ticks a jump of `minutes` simulated minutes needs (whole ticks, at least one). */
  jumpTicks(minutes: number): number {
    return Math.max(1, Math.round((minutes * 60_000) / this.tickMs));
  }
}

function clampSpeed(s: number): number {
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, s));
}
