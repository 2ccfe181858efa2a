// Writing a view's edit as a change, not as the whole settings object it holds (which may be stale).
import type { Settings } from './settings.ts';

/**
 * An edit a view made (`before` → `after`) applied to `current`, the settings stored now: only the fields the edit
 * changed are written, so a change made meanwhile in another view (the popup while the options page is open) is kept.
 * Objects merge key by key; anything else (a number, a string, a phrase list) is one value.
 */
export function rebaseSettings(before: Settings, after: Settings, current: Settings): Settings {
  return rebase(before, after, current) as Settings;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function rebase(before: unknown, after: unknown, current: unknown): unknown {
  if (isRecord(before) && isRecord(after) && isRecord(current)) {
    const merged: Record<string, unknown> = { ...current };
    for (const key of Object.keys(after)) merged[key] = rebase(before[key], after[key], current[key]);
    return merged;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? current : after;
}
