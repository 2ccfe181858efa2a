// User settings live in extension storage (small, synchronous-feeling, shared with content scripts through the API).
import { storage } from 'wxt/utils/storage';
import type { Platform } from '../sites/types.ts';

export type MuteMode = 'label' | 'blur' | 'collapse' | 'hide';

export interface Settings {
  /** Pitch threshold; null = the shipped model's validated default. */
  threshold: number | null;
  sites: Record<Platform, { enabled: boolean; mute: MuteMode }>;
  /** Distinct senders before a template counts as an echo. */
  echoMinSenders: number;
}

export const DEFAULT_SETTINGS: Settings = {
  threshold: null,
  sites: { linkedin: { enabled: true, mute: 'label' }, x: { enabled: true, mute: 'label' } },
  echoMinSenders: 2,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
