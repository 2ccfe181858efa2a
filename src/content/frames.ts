/** The timers a content script has: WXT's ContentScriptContext, whose timers end with the script. */
export interface FrameTimers {
  requestAnimationFrame(cb: () => void): unknown;
  setTimeout(cb: () => void, ms: number): unknown;
}

// A frame can be long in coming: Chrome gives a hidden tab none and throttles others (measured: up to 1.08 s between
// frames in headless tabs with ten open). Work waiting on a frame goes on after this long without one; in a page that
// renders, the frame comes first (every 16.7 ms at 60 Hz).
export const FRAME_WAIT_MS = 100;

/** Calls `cb` once: at the next animation frame, or after FRAME_WAIT_MS if no frame comes (the page is not rendering). */
export function nextFrame(timers: FrameTimers, cb: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    cb();
  };
  timers.requestAnimationFrame(once);
  timers.setTimeout(once, FRAME_WAIT_MS);
}

/** Calls `cb` in a task after the next frame has rendered, when style and layout are clean again. */
export function afterFrame(timers: FrameTimers, cb: () => void): void {
  nextFrame(timers, () => timers.setTimeout(cb, 0));
}
