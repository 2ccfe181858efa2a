// The background's one job: turn batches of page messages into verdicts, with contacts and history from IndexedDB.
import type { DirectMessage } from '../sites/types.ts';
import type { ScoredMessage } from '../engine/types.ts';
import type { Contact } from '../messages.ts';
import { loadModel, screenMessage, type Model } from '../engine/index.ts';
import { addContact, contactMatcher, listContacts, removeContact } from '../storage/contacts.ts';
import type { EchoScreenDb } from '../storage/db.ts';

export interface InboxService {
  screen(messages: DirectMessage[]): Promise<ScoredMessage[]>;
  listContacts(): Promise<Contact[]>;
  addContact(contact: Contact): Promise<Contact[]>;
  removeContact(platform: Contact['platform'], id: string): Promise<Contact[]>;
}

export async function createInboxService(options: {
  db: EchoScreenDb;
  modelSnapshot: unknown;
  threshold: () => Promise<number | null>;
}): Promise<InboxService> {
  const { db } = options;
  const model: Model = loadModel(options.modelSnapshot);
  let contacts = await listContacts(db);
  let isContact = contactMatcher(contacts);
  const written = new Set((await db.getAllKeys('written')).map(String));

  async function rememberWritten(messages: DirectMessage[]): Promise<void> {
    const fresh = messages.filter((m) => m.direction === 'out').map((m) => `${m.sender.platform}:${m.conversationId}`);
    const toStore = [...new Set(fresh)].filter((k) => !written.has(k));
    if (!toStore.length) return;
    const tx = db.transaction('written', 'readwrite');
    for (const key of toStore) {
      written.add(key);
      void tx.store.put({ senderKey: key, at: Date.now() });
    }
    await tx.done;
  }

  async function refreshContacts(): Promise<Contact[]> {
    contacts = await listContacts(db);
    isContact = contactMatcher(contacts);
    return contacts;
  }

  return {
    async screen(messages) {
      await rememberWritten(messages);
      const threshold = (await options.threshold()) ?? model.threshold;
      return messages.map((m) =>
        screenMessage(
          {
            model,
            threshold,
            isContact: () => isContact(m.sender),
            // A conversation the user has written in is a relationship: its incoming messages are never pitches.
            hasWrittenTo: () => written.has(`${m.sender.platform}:${m.conversationId}`),
          },
          {
            id: m.id,
            platform: m.sender.platform,
            sender: { id: m.sender.id, name: m.sender.name },
            text: m.text,
            direction: m.direction,
            conversationId: m.conversationId,
          },
        ),
      );
    },
    listContacts: () => Promise.resolve(contacts),
    async addContact(contact) {
      await addContact(db, contact);
      return refreshContacts();
    },
    async removeContact(platform, id) {
      await removeContact(db, platform, id);
      return refreshContacts();
    },
  };
}
