import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../messages.ts';
import type { PopupApi } from './popup.tsx';
import { strings } from './strings.ts';

export type OptionsApi = Pick<PopupApi, 'listContacts' | 'removeContact'>;

/** Real contacts: the people whose messages are never flagged. */
export function Options({ api }: { api: OptionsApi }) {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [query, setQuery] = useState('');

  useEffect(() => {
    void api.listContacts().then(setContacts);
  }, []);

  const shown = contacts.filter((c) => `${c.name} ${c.handle ?? ''} ${c.note}`.toLowerCase().includes(query.toLowerCase()));

  return (
    <main class="options">
      <h1>{strings.appName}</h1>
      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">{strings.contactsTitle}</h2>
        <p class="muted">{strings.contactsHelp}</p>
        <label>
          {strings.contactsSearch}{' '}
          <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </label>
        {shown.length === 0 ? (
          <p class="muted">{strings.contactsEmpty}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{strings.colPlatform}</th>
                <th scope="col">{strings.colName}</th>
                <th scope="col">{strings.colNote}</th>
                <th scope="col">{strings.colAdded}</th>
                <th scope="col"><span class="visually-hidden">{strings.colActions}</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={`${c.platform}:${c.id}`}>
                  <td>{c.platform === 'x' ? 'X' : 'LinkedIn'}</td>
                  <td>{c.profileUrl ? <a href={c.profileUrl} rel="noreferrer" target="_blank">{c.name || c.id}</a> : c.name || c.id}</td>
                  <td>{c.note}</td>
                  <td>{c.addedAt.slice(0, 10)}</td>
                  <td>
                    <button type="button" aria-label={strings.unmarkContact(c.name)} onClick={() => void api.removeContact(c.platform, c.id).then(setContacts)}>
                      {strings.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p class="muted">{strings.privacy}</p>
    </main>
  );
}
