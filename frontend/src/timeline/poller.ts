/** What one poll found. */
export type PollOutcome = 'changed' | 'unchanged';

export interface PollerOptions {
  intervalMs?: number;
  maxBackoffMs?: number;
  /** False once polling is pointless (the incident closed): the poller stops. */
  isLive(): boolean;
  onError?(error: unknown, retryInMs: number): void;
  doc?: Document;
}

/**
 * Polls every few seconds while the page is visible and the incident is live. A failed poll doubles the wait, up
 * to a ceiling, so a struggling server is not hammered; a success restores the normal pace. Hidden tabs do not poll,
 * and poll at once when shown again.
 */
export class LivePoller {
  private readonly intervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly doc: Document;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private inFlight = false;
  private delayMs: number;

  constructor(private readonly poll: () => Promise<PollOutcome>, private readonly options: PollerOptions) {
    this.intervalMs = options.intervalMs ?? 5000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60000;
    this.delayMs = this.intervalMs;
    this.doc = options.doc ?? document;
  }

  /** The wait before the next poll, for tests and status text. */
  get currentDelayMs(): number {
    return this.delayMs;
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.doc.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Polls now (after a change of our own, say), then keeps the normal pace. */
  async pollNow(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.runOnce();
  }

  private readonly onVisibility = () => {
    if (!this.running) return;
    if (this.doc.visibilityState === 'visible') {
      void this.pollNow();
    } else if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  };

  private schedule(): void {
    if (!this.running || this.doc.visibilityState === 'hidden') return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runOnce();
    }, this.delayMs);
  }

  private async runOnce(): Promise<void> {
    if (!this.running || this.inFlight) return;
    if (!this.options.isLive()) {
      this.stop();
      return;
    }
    this.inFlight = true;
    try {
      await this.poll();
      this.delayMs = this.intervalMs;
    } catch (error) {
      this.delayMs = Math.min(this.maxBackoffMs, this.delayMs * 2);
      this.options.onError?.(error, this.delayMs);
    } finally {
      this.inFlight = false;
    }
    if (this.options.isLive()) this.schedule();
    else this.stop();
  }
}
