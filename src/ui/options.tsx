import { useState } from 'preact/hooks';
import type { UiApi } from './popup-api.ts';
import { ContactsSection } from './options-contacts.tsx';
import { DataSection } from './options-data.tsx';
import { InsightSection } from './options-insight.tsx';
import { SettingsSection } from './options-settings.tsx';
import { strings } from './strings.ts';

export type OptionsApi = Omit<UiApi, 'pageState' | 'openOptions'>;

/** Real contacts, settings, the user's data and insight, on one page with a table of contents. */
export function Options({ api }: { api: OptionsApi }) {
  // Bumped after a restore or an erase, so every section reloads what it shows.
  const [generation, setGeneration] = useState(0);
  const changed = () => setGeneration((g) => g + 1);
  return (
    <main class="options">
      <h1>{strings.optionsTitle}</h1>
      <nav aria-label={strings.optionsTitle}>
        <a href="#contacts">{strings.navContacts}</a>
        <a href="#settings">{strings.navSettings}</a>
        <a href="#data">{strings.navData}</a>
        <a href="#insight">{strings.navInsight}</a>
      </nav>
      <ContactsSection api={api} generation={generation} />
      <SettingsSection api={api} generation={generation} onCleared={changed} />
      <DataSection api={api} onRestored={changed} />
      <InsightSection api={api} generation={generation} />
      <p class="muted">{strings.privacy}</p>
    </main>
  );
}
