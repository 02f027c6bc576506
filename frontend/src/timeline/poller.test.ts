import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivePoller } from './poller';

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('LivePoller', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setVisibility('visible');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls every interval while visible and live', async () => {
    const poll = vi.fn().mockResolvedValue('unchanged');
    const poller = new LivePoller(poll, { intervalMs: 5000, isLive: () => true });
    poller.start();

    await vi.advanceTimersByTimeAsync(4999);
    expect(poll).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(poll).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('backs off by doubling after failures, up to the ceiling, and returns to pace after a success', async () => {
    const poll = vi.fn().mockRejectedValue(new Error('down'));
    const errors: number[] = [];
    const poller = new LivePoller(poll, { intervalMs: 5000, maxBackoffMs: 30000, isLive: () => true,
      onError: (_error, retry) => errors.push(retry) });
    poller.start();

    await vi.advanceTimersByTimeAsync(5000 + 10000 + 20000 + 30000);
    expect(errors).toEqual([10000, 20000, 30000, 30000]);
    poll.mockResolvedValue('changed');
    await vi.advanceTimersByTimeAsync(30000);
    expect(poller.currentDelayMs).toBe(5000);
    poller.stop();
  });

  it('does not poll while the tab is hidden, and polls at once when it is shown again', async () => {
    const poll = vi.fn().mockResolvedValue('unchanged');
    const poller = new LivePoller(poll, { intervalMs: 5000, isLive: () => true });
    poller.start();
    setVisibility('hidden');

    await vi.advanceTimersByTimeAsync(60000);
    expect(poll).not.toHaveBeenCalled();
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(1);
    poller.stop();
  });

  it('stops once the incident is no longer live', async () => {
    let live = true;
    const poll = vi.fn().mockImplementation(async () => {
      live = false;
      return 'changed';
    });
    const poller = new LivePoller(poll, { intervalMs: 5000, isLive: () => live });
    poller.start();

    await vi.advanceTimersByTimeAsync(60000);
    expect(poll).toHaveBeenCalledTimes(1);
    expect(poller.isRunning).toBe(false);
  });
});
