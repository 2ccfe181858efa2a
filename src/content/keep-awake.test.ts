// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_AWAKE_MS, keepWorkerAwake } from './keep-awake.ts';

let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function start(wanted = () => true) {
  const controller = new AbortController();
  const ping = vi.fn();
  const { nudge } = keepWorkerAwake({ doc: document, signal: controller.signal, setInterval: (cb, ms) => setInterval(cb, ms), wanted, ping });
  return { ping, controller, nudge };
}

const show = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('keepWorkerAwake', () => {
  it('pings at once and then within every idle period while the page is visible', () => {
    const { ping } = start();
    expect(ping).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(KEEP_AWAKE_MS * 3);
    expect(ping).toHaveBeenCalledTimes(4);
    expect(KEEP_AWAKE_MS).toBeLessThan(30_000); // Chrome stops a worker idle for 30 s
  });

  it('stays quiet while hidden and pings as soon as the tab is shown again', () => {
    const { ping } = start();
    show('hidden');
    vi.advanceTimersByTime(KEEP_AWAKE_MS * 3);
    expect(ping).toHaveBeenCalledTimes(1);
    show('visible');
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it('pings only while the page wants the worker', () => {
    let wanted = false;
    const { ping } = start(() => wanted);
    vi.advanceTimersByTime(KEEP_AWAKE_MS);
    expect(ping).not.toHaveBeenCalled();
    wanted = true;
    vi.advanceTimersByTime(KEEP_AWAKE_MS);
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('pings when nudged (an in-page navigation) if the page now wants the worker', () => {
    let wanted = false;
    const { ping, nudge } = start(() => wanted);
    nudge();
    expect(ping).not.toHaveBeenCalled();
    wanted = true;
    nudge();
    expect(ping).toHaveBeenCalledTimes(1);
    show('hidden');
    nudge();
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('stops with the content script', () => {
    const { ping, controller, nudge } = start();
    controller.abort();
    nudge();
    vi.advanceTimersByTime(KEEP_AWAKE_MS * 2);
    show('hidden');
    show('visible');
    expect(ping).toHaveBeenCalledTimes(1);
  });
});
