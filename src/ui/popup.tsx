import { useEffect, useState } from 'preact/hooks';
import type { Contact, Insight, PageSender, PageState } from '../messages.ts';
import { rebaseSettings } from '../storage/rebase-settings.ts';
import type { Settings } from '../storage/settings.ts';
import type { UiApi } from './popup-api.ts';
import { SiteControls } from './site-controls.tsx';
import { strings } from './strings.ts';

export type PopupApi = Pick<
  UiApi,
  'pageState' | 'listContacts' | 'addContact' | 'removeContact' | 'settings' | 'updateSettings' | 'insight' | 'openOptions'
>;

const contactKey = (c: { platform: string; id: string }) => `${c.platform}:${c.id}`;

export function Popup({ api }: { api: PopupApi }) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [contacts, setContacts] = useState<Set<string>>(new Set());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [today, setToday] = useState<Insight['days'][number] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refreshCounts = () =>
    void api
      .insight(1)
      .then((i) => setToday(i.days.at(-1) ?? null))
      .catch(() => undefined);

  useEffect(() => {
    void Promise.all([api.pageState(), api.listContacts(), api.settings()]).then(([state, list, s]) => {
      setPage(state);
      setContacts(new Set(list.map(contactKey)));
      setSettings(s);
    });
    refreshCounts();
    const timer = setInterval(() => {
      void api.pageState().then(setPage);
      refreshCounts();
    }, 1000);
    return () => clearInterval(timer);
  }, []);

  // A failed write (e.g. a full disk) is shown, never swallowed: the contact list stays as it was.
  const toggle = async (sender: PageSender) => {
    try {
      const list = contacts.has(contactKey(sender))
        ? await api.removeContact(sender.platform, sender.id)
        : await api.addContact(contactOf(sender));
      setContacts(new Set(list.map(contactKey)));
      setFailure(null);
    } catch (error) {
      setFailure(strings.saveFailed(error instanceof Error ? error.message : String(error)));
    }
  };

  const changeSettings = (next: Settings) => {
    const before = settings;
    setSettings(next);
    void api.updateSettings((current) => (before ? rebaseSettings(before, next, current) : next));
  };

  const enabled = page && settings ? settings.sites[page.platform].enabled : true;
  const siteName = page ? (strings.siteNames[page.platform] ?? page.platform) : '';

  return (
    <main class="popup">
      <h1>{strings.appName}</h1>
      {failure && (
        <p class="warning" role="alert" data-testid="save-failed">
          {failure}
        </p>
      )}
      <p class="today" data-testid="today">
        {strings.popupToday(today?.pitch ?? 0, today?.clean ?? 0, today?.contact ?? 0)}
      </p>
      {page === undefined ? null : page === null ? (
        <p class="muted">{strings.popupNoTab}</p>
      ) : (
        <>
          {settings && <SiteControls platform={page.platform} settings={settings} onChange={changeSettings} />}
          {!enabled ? (
            <p class="muted" role="status">
              {strings.siteOff(siteName)}
            </p>
          ) : (
            <>
              <p class="health" data-testid="health">
                {page.surfaces.map((s) => strings.surfaceNames[s] ?? s).join(', ') || page.platform}
                {' · '}
                {strings.popupHealth(page.found, page.labelled)}
              </p>
              {page.markupWarning && (
                <p class="warning" role="alert">
                  {strings.popupMarkupWarning}
                </p>
              )}
              {page.senders.length === 0 ? (
                <p class="muted">{strings.popupNoSenders}</p>
              ) : (
                <ul class="senders" aria-label={strings.sendersTitle}>
                  {page.senders.map((sender) => {
                    const isContact = contacts.has(contactKey(sender));
                    return (
                      <li key={contactKey(sender)} data-sender={contactKey(sender)}>
                        <span class="name">{sender.name || sender.id}</span>
                        <span class={`verdict verdict-${sender.verdict}`}>
                          {strings.verdicts[sender.verdict]} {sender.verdict === 'contact' ? '' : sender.score.toFixed(2)}
                        </span>
                        <button
                          type="button"
                          aria-pressed={isContact}
                          aria-label={isContact ? strings.unmarkContact(sender.name) : strings.markContact(sender.name)}
                          onClick={() => void toggle(sender)}
                        >
                          {isContact ? strings.unmarkContactShort : strings.markContactShort}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          )}
        </>
      )}
      <p>
        <button type="button" class="link" onClick={() => void api.openOptions()}>
          {strings.openOptions}
        </button>
      </p>
      <p class="privacy">{strings.privacy}</p>
    </main>
  );
}

function contactOf(sender: PageSender): Contact {
  const contact: Contact = { platform: sender.platform, id: sender.id, name: sender.name, note: '', addedAt: new Date().toISOString() };
  if (sender.handle) contact.handle = sender.handle;
  if (sender.profileUrl) contact.profileUrl = sender.profileUrl;
  return contact;
}
