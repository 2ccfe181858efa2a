import { useEffect, useState } from 'preact/hooks';
import type { Contact, PageSender, PageState } from '../messages.ts';
import { strings } from './strings.ts';

export interface PopupApi {
  pageState(): Promise<PageState | null>;
  listContacts(): Promise<Contact[]>;
  addContact(contact: Contact): Promise<Contact[]>;
  removeContact(platform: Contact['platform'], id: string): Promise<Contact[]>;
}

const contactKey = (c: { platform: string; id: string }) => `${c.platform}:${c.id}`;

export function Popup({ api }: { api: PopupApi }) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [contacts, setContacts] = useState<Set<string>>(new Set());

  const refresh = async () => {
    const [state, list] = await Promise.all([api.pageState(), api.listContacts()]);
    setPage(state);
    setContacts(new Set(list.map(contactKey)));
  };

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void api.pageState().then(setPage), 1000);
    return () => clearInterval(timer);
  }, []);

  const toggle = async (sender: PageSender) => {
    const list = contacts.has(contactKey(sender))
      ? await api.removeContact(sender.platform, sender.id)
      : await api.addContact({
          platform: sender.platform,
          id: sender.id,
          handle: sender.handle,
          name: sender.name,
          profileUrl: sender.profileUrl,
          note: '',
          addedAt: new Date().toISOString(),
        });
    setContacts(new Set(list.map(contactKey)));
  };

  return (
    <main class="popup">
      <h1>{strings.appName}</h1>
      {page === undefined ? null : page === null ? (
        <p class="muted">{strings.popupNoTab}</p>
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
            <ul class="senders" aria-label="Senders on this page">
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
      <p class="privacy">{strings.privacy}</p>
    </main>
  );
}
