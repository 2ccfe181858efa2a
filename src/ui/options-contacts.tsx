// Real contacts: search, last message seen with a nudge, add, edit note, remove, import (with undo) and export.
import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../messages.ts';
import type { Platform } from '../sites/types.ts';
import { CONTACTS_FORMAT, FILE_VERSION, parseContactsFile } from '../backup-format.ts';
import type { OptionsApi } from './options.tsx';
import { downloadJson, readJsonFile, today } from './files.ts';
import { strings } from './strings.ts';

const DAY_MS = 86_400_000;
/** Contacts not heard from for this long get a nudge. */
export const NUDGE_DAYS = 60;

const keyOf = (c: { platform: string; id: string }) => `${c.platform}:${c.id}`;

export function ContactsSection({ api, generation }: { api: OptionsApi; generation: number }) {
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [seen, setSeen] = useState<Map<string, number>>(new Map());
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ key: string; note: string } | null>(null);
  const [imported, setImported] = useState<{ text: string; previous?: Contact[]; error?: boolean } | null>(null);

  const reload = async () => {
    const [list, activity] = await Promise.all([api.listContacts(), api.contactActivity()]);
    setContacts(list);
    setSeen(new Map(activity.map((s) => [keyOf(s), s.at])));
  };
  useEffect(() => void reload(), [generation]);

  const q = query.trim().toLowerCase();
  const shown = contacts
    .filter((c) => `${c.name} ${c.handle ?? ''} ${c.note} ${c.profileUrl ?? ''} ${c.id}`.toLowerCase().includes(q))
    .sort((a, b) => a.name.localeCompare(b.name));

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const parsed = parseContactsFile(await readJsonFile(file));
      const result = await api.importContacts(parsed.contacts);
      setContacts(result.contacts);
      setImported({ text: strings.importSummary(result.added, result.updated), previous: result.previous });
    } catch (error) {
      setImported({ text: strings.importError(error instanceof Error ? error.message : String(error)), error: true });
    }
  };

  const undoImport = async (previous: Contact[]) => {
    setContacts(await api.replaceContacts(previous));
    setImported({ text: strings.undone });
  };

  const saveNote = async (contact: Contact, note: string) => {
    setContacts(await api.addContact({ ...contact, note }));
    setEditing(null);
  };

  return (
    <section id="contacts" aria-labelledby="contacts-title">
      <h2 id="contacts-title">{strings.contactsTitle}</h2>
      <p class="muted">{strings.contactsHelp}</p>
      <label class="search">
        {strings.contactsSearch}{' '}
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      {shown.length === 0 ? (
        <p class="muted">{strings.contactsEmpty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{strings.colName}</th>
              <th scope="col">{strings.colPlatform}</th>
              <th scope="col">{strings.colNote}</th>
              <th scope="col">{strings.colAdded}</th>
              <th scope="col">{strings.colLastSeen}</th>
              <th scope="col"><span class="visually-hidden">{strings.colActions}</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => {
              const key = keyOf(c);
              const lastSeen = seen.get(key);
              const days = lastSeen === undefined ? null : Math.floor((Date.now() - lastSeen) / DAY_MS);
              const name = c.name || c.handle || c.id;
              return (
                <tr key={key} data-contact={key}>
                  <th scope="row">{c.profileUrl ? <a href={c.profileUrl} rel="noreferrer" target="_blank">{name}</a> : name}</th>
                  <td>{strings.siteNames[c.platform] ?? c.platform}</td>
                  <td>
                    {editing?.key === key ? (
                      <form onSubmit={(e) => (e.preventDefault(), void saveNote(c, editing.note))}>
                        <input
                          aria-label={strings.noteFor(name)}
                          value={editing.note}
                          maxLength={2000}
                          onInput={(e) => setEditing({ key, note: (e.target as HTMLInputElement).value })}
                          ref={(el) => el?.focus()}
                        />{' '}
                        <button type="submit">{strings.saveNote}</button>{' '}
                        <button type="button" onClick={() => setEditing(null)}>{strings.cancel}</button>
                      </form>
                    ) : (
                      c.note
                    )}
                  </td>
                  <td>{c.addedAt.slice(0, 10)}</td>
                  <td>
                    {days === null ? <span class="muted">{strings.never}</span> : strings.daysAgo(days)}
                    {days !== null && days >= NUDGE_DAYS && <div class="nudge">{strings.nudge(days)}</div>}
                  </td>
                  <td class="actions">
                    <button type="button" aria-label={strings.editNote(name)} onClick={() => setEditing({ key, note: c.note })}>
                      {strings.editNoteShort}
                    </button>{' '}
                    <button type="button" aria-label={strings.unmarkContact(name)} onClick={() => void api.removeContact(c.platform, c.id).then(setContacts)}>
                      {strings.remove}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddContact onAdd={async (c) => setContacts(await api.addContact(c))} />
      <h3>{strings.importTitle}</h3>
      <p class="muted">{strings.importHelp}</p>
      <div class="row">
        <label class="file">
          {strings.importChoose}
          <input type="file" accept="application/json,.json" data-testid="import-contacts" onChange={(e) => void onImport(e.target as HTMLInputElement)} />
        </label>
        <button type="button" onClick={() => void api.listContacts().then((list) => downloadJson(`echo-screen-contacts-${today()}.json`, { format: CONTACTS_FORMAT, version: FILE_VERSION, contacts: list }))}>
          {strings.exportContacts}
        </button>
      </div>
      {imported && (
        <p class={imported.error ? 'error' : 'status'} role={imported.error ? 'alert' : 'status'} data-testid="import-result">
          {imported.text}{' '}
          {imported.previous && (
            <button type="button" onClick={() => void undoImport(imported.previous!)}>
              {strings.undo}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

function AddContact({ onAdd }: { onAdd: (contact: Contact) => Promise<void> }) {
  const [platform, setPlatform] = useState<Platform>('linkedin');
  const [name, setName] = useState('');
  const [who, setWho] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const contact = contactFromInput(platform, name.trim(), who.trim(), note.trim());
    if (!contact) return setMessage({ text: strings.addMissing, error: true });
    await onAdd(contact);
    setMessage({ text: strings.addDone(contact.name) });
    setName('');
    setWho('');
    setNote('');
  };

  return (
    <form class="add" onSubmit={(e) => void submit(e)} aria-labelledby="add-title">
      <h3 id="add-title">{strings.addTitle}</h3>
      <label>
        {strings.addPlatform}{' '}
        <select value={platform} onChange={(e) => setPlatform((e.target as HTMLSelectElement).value as Platform)}>
          <option value="linkedin">LinkedIn</option>
          <option value="x">X</option>
        </select>
      </label>
      <label>
        {strings.addName} <input value={name} maxLength={256} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {strings.addId}{' '}
        <input value={who} maxLength={2048} aria-describedby="add-id-help" onInput={(e) => setWho((e.target as HTMLInputElement).value)} />
      </label>
      <span id="add-id-help" class="muted">{strings.addIdHelp}</span>
      <label>
        {strings.addNote} <input value={note} maxLength={2000} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{strings.addButton}</button>
      {message && (
        <p class={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

/** A contact from what the user typed: a profile URL, an @handle, or a bare id. */
export function contactFromInput(platform: Platform, name: string, who: string, note: string): Contact | null {
  if (!name || !who) return null;
  const contact: Contact = { platform, id: who, name, note, addedAt: new Date().toISOString() };
  if (/^https?:\/\//i.test(who)) {
    contact.profileUrl = who;
    const slug = /linkedin\.com\/in\/([^/?#]+)/i.exec(who)?.[1] ?? /(?:x|twitter)\.com\/([^/?#]+)/i.exec(who)?.[1];
    if (slug) contact.id = decodeURIComponent(slug);
    if (platform === 'x' && slug) contact.handle = `@${slug}`;
  } else if (who.startsWith('@')) {
    contact.handle = who;
    contact.id = who.slice(1);
  }
  return contact;
}
