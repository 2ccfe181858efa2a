import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, createSettingsCache, settingsItem } from './settings.ts';

describe('createSettingsCache', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads storage once, follows changes made elsewhere, and reads again after its own write', async () => {
    const cache = createSettingsCache();
    expect(await cache.read()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, threshold: 0.8 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await cache.read()).threshold).toBe(0.8);
    await cache.write({ ...DEFAULT_SETTINGS, echoMinSenders: 4 });
    expect(await cache.read()).toEqual({ ...DEFAULT_SETTINGS, echoMinSenders: 4 });
  });
});
