// User settings live in extension storage (small, synchronous-feeling, shared with content scripts through the API).
import { storage } from 'wxt/utils/storage';
import type { Platform } from '../sites/types.ts';

export type MuteMode = 'label' | 'blur' | 'collapse' | 'hide';
export const MUTE_MODES: readonly MuteMode[] = ['label', 'blur', 'collapse', 'hide'];

export interface CustomPhrases {
  /** Phrases that always make a message a pitch (never for real contacts). */
  always: string[];
  /** Phrases that always make a message clean. */
  never: string[];
}

export interface Settings {
  /** Pitch threshold; null = the shipped model's validated default. */
  threshold: number | null;
  sites: Record<Platform, { enabled: boolean; mute: MuteMode }>;
  /** Distinct senders before a template counts as an echo. */
  echoMinSenders: number;
  customPhrases: CustomPhrases;
}

export const DEFAULT_SETTINGS: Settings = {
  threshold: null,
  sites: { linkedin: { enabled: true, mute: 'label' }, x: { enabled: true, mute: 'label' } },
  echoMinSenders: 2,
  customPhrases: { always: [], never: [] },
};

/** Fills in fields a stored value from an older release lacks. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    threshold: v.threshold ?? null,
    sites: {
      linkedin: { ...DEFAULT_SETTINGS.sites.linkedin, ...v.sites?.linkedin },
      x: { ...DEFAULT_SETTINGS.sites.x, ...v.sites?.x },
    },
    echoMinSenders: v.echoMinSenders ?? DEFAULT_SETTINGS.echoMinSenders,
    customPhrases: { always: v.customPhrases?.always ?? [], never: v.customPhrases?.never ?? [] },
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // v2 (2026-11-28): custom always/never phrases.
    2: (old: Partial<Settings>) => withDefaults(old),
  },
});

export async function readSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Read-modify-write of the settings; returns the new value. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await settingsItem.setValue(next);
  return next;
}

export const writeSettings = (value: Settings): Promise<void> => settingsItem.setValue(withDefaults(value));

/** Calls `listener` with every new value (from any page or the background); returns the unwatch function. */
export const watchSettings = (listener: (value: Settings) => void): (() => void) =>
  settingsItem.watch((value) => listener(withDefaults(value)));

/** The settings read once, then kept current by the change event: no storage round trip per screened batch. */
export function createSettingsCache(): { read(): Promise<Settings>; write(value: Settings): Promise<void> } {
  let current: Promise<Settings> | undefined;
  let watching = false;
  return {
    read() {
      if (!watching) {
        watching = true;
        watchSettings((value) => void (current = Promise.resolve(value)));
      }
      return (current ??= readSettings().catch((error: unknown) => {
        current = undefined;
        throw error;
      }));
    },
    async write(value) {
      current = undefined;
      await writeSettings(value);
      // The change event may come later: the next read asks storage rather than a value from before the write.
      current = undefined;
    },
  };
}
