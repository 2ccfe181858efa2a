import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, FRAME_WAIT_MS, nextFrame, type FrameTimers } from './frames.ts';

// Frames are fired by hand; timeouts run on vitest's fake clock.
function fakeTimers() {
  const frames: (() => void)[] = [];
  const timers: FrameTimers = {
    requestAnimationFrame: (cb) => frames.push(cb),
    setTimeout: (cb, ms) => setTimeout(cb, ms),
  };
  const frame = () => frames.splice(0).forEach((cb) => cb());
  return { timers, frame };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('nextFrame', () => {
  it('calls back at the frame, and not again when the wait runs out', () => {
    const { timers, frame } = fakeTimers();
    const cb = vi.fn();
    nextFrame(timers, cb);
    expect(cb).not.toHaveBeenCalled();
    frame();
    expect(cb).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FRAME_WAIT_MS);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('calls back once after the wait when no frame comes, and not again at a late frame', () => {
    const { timers, frame } = fakeTimers();
    const cb = vi.fn();
    nextFrame(timers, cb);
    vi.advanceTimersByTime(FRAME_WAIT_MS - 1);
    expect(cb).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(cb).toHaveBeenCalledTimes(1);
    frame();
    expect(cb).toHaveBeenCalledTimes(1);
  });
});

describe('afterFrame', () => {
  it('calls back in a task of its own after the frame', () => {
    const { timers, frame } = fakeTimers();
    const cb = vi.fn();
    afterFrame(timers, cb);
    frame();
    expect(cb).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(cb).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FRAME_WAIT_MS);
    expect(cb).toHaveBeenCalledTimes(1);
  });
});
