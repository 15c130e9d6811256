/**
 * The emulator's notion of "now": wall-clock time plus however far it has been advanced.
 * Renewals only run when the clock is advanced explicitly, never on their own.
 */
export class Clock {
  private offsetSeconds = 0;

  now(): number {
    return Math.floor(Date.now() / 1000) + this.offsetSeconds;
  }

  /** How far the clock has been advanced, in seconds. */
  offset(): number {
    return this.offsetSeconds;
  }

  advance(seconds: number): void {
    this.offsetSeconds += seconds;
  }

  reset(): void {
    this.offsetSeconds = 0;
  }
}
