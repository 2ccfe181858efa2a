import { describe, expect, it } from 'vitest';
import { rebaseSettings } from './rebase-settings.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

const base: Settings = structuredClone(DEFAULT_SETTINGS);
const edit = (change: (s: Settings) => void): Settings => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('rebaseSettings', () => {
  it('writes only what the edit changed: another view’s change meanwhile is kept', () => {
    const after = edit((s) => (s.threshold = 0.8));
    const current = edit((s) => (s.sites.linkedin.enabled = false));
    expect(rebaseSettings(base, after, current)).toEqual(edit((s) => ((s.threshold = 0.8), (s.sites.linkedin.enabled = false))));
  });

  it('merges inside a site: one view’s mute mode and the other’s switch both stay', () => {
    const after = edit((s) => (s.sites.x.mute = 'blur'));
    const current = edit((s) => (s.sites.x.enabled = false));
    expect(rebaseSettings(base, after, current).sites.x).toEqual({ enabled: false, mute: 'blur' });
  });

  it('takes the edit where both changed the same field, and a phrase list as one value', () => {
    const after = edit((s) => ((s.threshold = 0.3), (s.customPhrases.always = ['dm me'])));
    const current = edit((s) => ((s.threshold = 0.9), (s.customPhrases.always = ['crypto']), (s.customPhrases.never = ['my book'])));
    const merged = rebaseSettings(base, after, current);
    expect(merged.threshold).toBe(0.3);
    expect(merged.customPhrases).toEqual({ always: ['dm me'], never: ['my book'] });
  });

  it('leaves the stored settings as they are when the edit changed nothing', () => {
    const current = edit((s) => ((s.echoMinSenders = 4), (s.threshold = null)));
    expect(rebaseSettings(base, structuredClone(base), current)).toEqual(current);
  });
});
