// The per-site switch and mute mode, shared by the popup (current site) and the options page (every site).
import type { Platform } from '../sites/types.ts';
import { MUTE_MODES, type MuteMode, type Settings } from '../storage/settings.ts';
import { strings } from './strings.ts';

export function SiteControls({ platform, settings, onChange }: { platform: Platform; settings: Settings; onChange: (next: Settings) => void }) {
  const site = settings.sites[platform];
  const name = strings.siteNames[platform] ?? platform;
  const set = (patch: Partial<Settings['sites'][Platform]>) =>
    onChange({ ...settings, sites: { ...settings.sites, [platform]: { ...site, ...patch } } });
  return (
    <fieldset class="site-controls" data-site={platform}>
      <legend>{name}</legend>
      <label class="switch">
        <input type="checkbox" checked={site.enabled} onChange={(e) => set({ enabled: (e.target as HTMLInputElement).checked })} />
        {strings.siteEnabled(name)}
      </label>
      <label class="mute">
        {strings.muteLabel(name)}
        <select value={site.mute} disabled={!site.enabled} onChange={(e) => set({ mute: (e.target as HTMLSelectElement).value as MuteMode })}>
          {MUTE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {strings.muteModes[mode]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
