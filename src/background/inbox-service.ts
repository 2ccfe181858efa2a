// The background's one job: turn batches of page messages into verdicts, with contacts, the user's labels and the
// echo index from IndexedDB. Everything here is rebuilt from storage when an MV3 worker restarts.
import type { DirectMessage, Platform } from '../sites/types.ts';
import type { EchoInfo, ScoredMessage } from '../engine/types.ts';
import { isSnippetId, type Contact, type Feedback } from '../messages.ts';
import type { CustomPhrases } from '../storage/settings.ts';
import {
  compilePersonal,
  emptyPersonal,
  loadModel,
  relabel,
  screenMessage,
  senderKey,
  type Model,
  type PersonalModel,
} from '../engine/index.ts';
import { createEchoIndex, type EchoChunk, type EchoIndex } from '../engine/echo-index.ts';
import { fingerprintVersion } from '../engine/fingerprint.ts';
import { KNOWN_TEMPLATES } from '../engine/known-templates.ts';
import { addContact, contactFinder, listContacts, removeContact } from '../storage/contacts.ts';
import type { ContactSeen, EchoScreenDb, StoredLabel } from '../storage/db.ts';
import { CHUNK_RECORDS, loadEchoChunks, planChunkMerges, replaceEchoChunks, type StoredChunk } from '../storage/echo-chunks.ts';
import { listLabels, putLabel } from '../storage/labels.ts';
import { emptyBatch, mergeBatches, writeScreenedBatch, type ScreenedBatch } from '../storage/screen-writes.ts';
import { countCorrection, dayOf } from '../storage/stats.ts';
import { countedKey, loadCountedIds } from '../storage/counted-ids.ts';
import { WARM_UP_PASSES, WARM_UP_TEXTS, runWarmUp, type WarmUp } from './warm-up.ts';

export interface InboxService {
  screen(messages: DirectMessage[]): Promise<ScoredMessage[]>;
  feedback(feedback: Feedback): Promise<void>;
  echoSenders(template: string): Array<{ senderKey: string; time: number }>;
  listContacts(): Promise<Contact[]>;
  addContact(contact: Contact): Promise<Contact[]>;
  removeContact(platform: Contact['platform'], id: string): Promise<Contact[]>;
  /** Scores sample texts as strangers' messages with the given settings, touching no index or counter. */
  preview(samples: string[], threshold: number | null, customPhrases: CustomPhrases): { threshold: number; defaultThreshold: number; results: ScoredMessage[] };
  /** Re-reads contacts, labels and echo records after the stores were replaced or cleared. */
  reload(): Promise<void>;
  /**
   * A page of `platform` is about to send messages: warms the engine up on corpus ones (once per worker) until the
   * first batch comes, if the service warms up at all and the user has not switched that site off. Resolves with how
   * many were scored.
   */
  wake(platform: Platform): Promise<number>;
}

export interface InboxSettings {
  threshold: number | null;
  echoMinSenders: number;
  customPhrases?: CustomPhrases;
  sites?: Record<Platform, { enabled: boolean }>;
}

// Warm-up messages are scored 10 ms at a time, so a batch that comes meanwhile waits one slice at most.
const WARM_UP_SLICE_MS = 10;

// A contact's last-seen time is written at most this often: it feeds a "not heard from in months" nudge.
const SEEN_WRITE_MS = 10 * 60_000;
// Counted ids are kept long enough that a message re-read weeks later is not counted twice.
const COUNTED_KEEP_MS = 120 * 86_400_000;

export async function createInboxService(options: {
  db: EchoScreenDb;
  modelSnapshot: unknown;
  settings: () => Promise<InboxSettings>;
  /** Whether a wake warms the engine up (see warmUpPays); without it a wake only starts the worker. */
  warmUp?: boolean;
  trace?: (name: string, start: number) => void;
}): Promise<InboxService> {
  const trace = options.trace ?? (() => undefined);
  const { db } = options;
  const model: Model = loadModel(options.modelSnapshot);
  let contacts: Contact[] = [];
  let findContact = contactFinder(contacts);
  const lastSeenWritten = new Map<string, number>();
  const written = new Set<string>();
  let labels: StoredLabel[] = [];
  let personal: PersonalModel | undefined;

  let minSenders = (await options.settings()).echoMinSenders;
  /** Message ids (countedKey) already in the daily totals. */
  let counted = new Set<number>();
  /** Echo records numbered below this are stored (or in a batch being written). */
  let savedUpTo = 0;
  let echoIndex!: EchoIndex; // set by loadFromStorage() before the service is returned

  /** Everything the service keeps in memory, read from storage: at start-up and after the stores were replaced. */
  async function loadFromStorage(): Promise<void> {
    await refreshContacts();
    labels = await listLabels(db);
    personal = compileLabels();
    written.clear();
    for (const key of await db.getAllKeys('written')) written.add(String(key));
    counted = await loadCountedIds(db, dayOf(Date.now() - COUNTED_KEEP_MS));
    const { chunks, stored } = await loadEchoChunks(db, fingerprintVersion());
    echoIndex = newEchoIndex();
    const { rewrite } = echoIndex.load(chunks);
    savedUpTo = echoIndex.records;
    lastSeenWritten.clear();
    await mergeSmallChunks(stored, rewrite);
  }

  const newEchoIndex = (): EchoIndex => createEchoIndex({ minSenders, known: KNOWN_TEMPLATES });

  async function mergeSmallChunks(stored: StoredChunk[], rewrite: boolean): Promise<void> {
    for (const merge of planChunkMerges(stored, echoIndex.records, rewrite)) {
      const add: EchoChunk[] = [];
      for (let from = merge.from; from < merge.to; from += CHUNK_RECORDS) add.push(echoIndex.toChunk(from, Math.min(merge.to, from + CHUNK_RECORDS)));
      try {
        await replaceEchoChunks(db, merge.remove, add);
      } catch (error) {
        // Unmerged chunks still load; the next start-up tries again.
        console.warn('Echo Screen: could not merge echo chunks', error);
        return;
      }
    }
  }

  function compileLabels(): PersonalModel | undefined {
    if (!labels.length) return undefined;
    let data = emptyPersonal();
    for (const l of labels) data = relabel(data, { id: l.messageId, label: l.label, text: l.text, at: l.at });
    return compilePersonal(model, data);
  }

  // A batch's writes are not awaited before its verdicts go back: one that fails is retried with the next batch,
  // and the failure is the answer to the next batch, so the sender hears of it and sends that batch again.
  let unwritten: ScreenedBatch | undefined;
  let writeFailure: unknown;
  let generation = 0;
  function persist(batch: ScreenedBatch): void {
    const work = unwritten ? mergeBatches(unwritten, batch) : batch;
    unwritten = undefined;
    const writtenIn = generation;
    const keep = () => {
      // Stores replaced or cleared since: the old work must not come back.
      if (writtenIn === generation) unwritten = unwritten ? mergeBatches(work, unwritten) : work;
    };
    const start = performance.now();
    let done: Promise<void>;
    try {
      done = writeScreenedBatch(db, work);
    } catch (error) {
      keep();
      throw error;
    }
    done.then(
      () => trace('write', start),
      (error: unknown) => {
        keep();
        writeFailure ??= error;
      },
    );
  }

  async function refreshContacts(): Promise<Contact[]> {
    contacts = await listContacts(db);
    findContact = contactFinder(contacts);
    return contacts;
  }

  // The engine caches compiled phrases per object: keep one object while the phrases are unchanged.
  let phrases: { key: string; value: CustomPhrases | undefined } = { key: '', value: undefined };
  function phrasesOf(custom: CustomPhrases | undefined): CustomPhrases | undefined {
    const key = JSON.stringify(custom ?? null);
    if (key !== phrases.key) phrases = { key, value: withPhrases(custom) };
    return phrases.value;
  }

  function contactsSeen(messages: DirectMessage[], results: ScoredMessage[], now: number): ContactSeen[] {
    const seen = new Map<string, ContactSeen>();
    messages.forEach((m, i) => {
      if (m.direction !== 'in' || isSnippetId(m.id) || results[i]?.verdict !== 'contact') return;
      const contact = findContact(m.sender);
      if (!contact) return;
      const key = `${contact.platform}:${contact.id}`;
      if (now - (lastSeenWritten.get(key) ?? 0) < SEEN_WRITE_MS) return;
      lastSeenWritten.set(key, now);
      seen.set(key, { platform: contact.platform, id: contact.id, at: now });
    });
    return [...seen.values()];
  }

  /** Results not counted before; a repeated id in the batch is counted once, as its last result. */
  function countOnce(results: ScoredMessage[]): ScoredMessage[] {
    const fresh = new Map<string, ScoredMessage>();
    // Conversation-list snippets repeat thread messages: only real messages are counted; own ones never.
    for (const r of results) if (!isSnippetId(r.id) && r.verdict !== 'own' && !counted.has(countedKey(r.id))) fresh.set(r.id, r);
    for (const id of fresh.keys()) counted.add(countedKey(id));
    return [...fresh.values()];
  }

  let warmUp: WarmUp | undefined;
  async function wake(platform: Platform): Promise<number> {
    if (!options.warmUp) return 0;
    // A page wakes the worker before it knows its settings (a settings read would wait on the page's busy main thread).
    if (!warmUp && (await options.settings()).sites?.[platform].enabled === false) return 0;
    if (warmUp) return warmUp.done;
    // A throwaway index: warm-up messages never reach the user's echo records, counters or storage.
    const scratch = newEchoIndex();
    warmUp = runWarmUp({
      texts: WARM_UP_TEXTS,
      passes: WARM_UP_PASSES,
      sliceMs: WARM_UP_SLICE_MS,
      later: (cb) => setTimeout(cb, 0),
      score: (text, i) => {
        const msg = { id: `warm-up:${i}`, platform: 'linkedin' as const, sender: { id: `warm-up:${i % 3}`, name: '' }, text, direction: 'in' as const };
        screenMessage({ model, echo: (m, normalized) => scratch.observe(echoEntry(m, normalized.folded, i)) }, msg);
      },
    });
    const start = performance.now();
    void warmUp.done.then(() => trace('warm-up', start));
    return warmUp.done;
  }

  await loadFromStorage();
  return {
    wake,
    async screen(messages) {
      // Real messages warm the engine from here on; a wake that comes later starts no warm-up.
      warmUp?.stop();
      warmUp ??= { stop: () => undefined, done: Promise.resolve(0) };
      if (writeFailure !== undefined) {
        const error = writeFailure;
        writeFailure = undefined;
        throw error;
      }
      const settings = await options.settings();
      const start = performance.now();
      if (settings.echoMinSenders !== minSenders) {
        minSenders = settings.echoMinSenders;
        const rebuilt = newEchoIndex();
        rebuilt.load([echoIndex.toChunk()]);
        echoIndex = rebuilt;
      }
      const now = Date.now();
      const batch = emptyBatch(now);
      for (const m of messages) {
        if (m.direction !== 'out') continue;
        const key = `${m.sender.platform}:${m.conversationId}`;
        if (!written.has(key)) {
          written.add(key);
          batch.written.push(key);
        }
      }
      const threshold = settings.threshold ?? model.threshold;
      const customPhrases = phrasesOf(settings.customPhrases);
      const results = messages.map((m) =>
        screenMessage(
          {
            model,
            threshold,
            personal,
            isContact: () => findContact(m.sender) !== undefined,
            customPhrases,
            // A conversation the user has written in is a relationship: its incoming messages are never pitches.
            hasWrittenTo: () => written.has(`${m.sender.platform}:${m.conversationId}`),
            echo: (msg, normalized): EchoInfo | null =>
              // Conversation-list snippets repeat thread messages; only real messages feed the index.
              isSnippetId(msg.id)
                ? echoIndex.lookup(echoEntry(msg, normalized.folded, now))
                : echoIndex.observe(echoEntry(msg, normalized.folded, now)),
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
      trace('score', start);
      if (echoIndex.records > savedUpTo) batch.echoChunks.push(echoIndex.toChunk(savedUpTo));
      savedUpTo = echoIndex.records;
      batch.counted = countOnce(results);
      batch.seen = contactsSeen(messages, results, now);
      persist(batch);
      return results;
    },
    async feedback(feedback) {
      const label: StoredLabel = { ...feedback, at: Date.now() };
      await putLabel(db, label);
      await countCorrection(db, feedback.label);
      labels = withLabel(labels, label);
      personal = compileLabels();
    },
    echoSenders: (template) => echoIndex.clusterSenders(template),
    listContacts: () => Promise.resolve(contacts),
    async addContact(contact) {
      await addContact(db, contact);
      return refreshContacts();
    },
    async removeContact(platform, id) {
      await removeContact(db, platform, id);
      return refreshContacts();
    },
    preview(samples, threshold, customPhrases) {
      const effective = threshold ?? model.threshold;
      const custom = withPhrases(customPhrases);
      const results = samples.map((text, i) =>
        screenMessage(
          { model, threshold: effective, personal, customPhrases: custom },
          { id: `sample:${i}`, platform: 'linkedin', sender: { id: `sample:${i}`, name: '' }, text, direction: 'in' },
        ),
      );
      return { threshold: effective, defaultThreshold: model.threshold, results };
    },
    async reload() {
      generation++;
      unwritten = undefined;
      writeFailure = undefined;
      await loadFromStorage();
    },
  };
}

/** Phrases worth handing to the engine, or undefined when both lists are empty. */
function withPhrases(custom: CustomPhrases | undefined): CustomPhrases | undefined {
  return custom && (custom.always.length || custom.never.length) ? custom : undefined;
}

function echoEntry(msg: { id: string; platform: 'linkedin' | 'x'; sender: { id: string }; conversationId?: string; direction?: string }, folded: string, time: number) {
  return {
    messageId: msg.id,
    senderKey: senderKey(msg.platform, msg.sender.id),
    conversationId: msg.conversationId,
    time,
    normalizedText: folded,
    outgoing: msg.direction === 'out',
  };
}

// The labels as the store lists them (by message id), with one added or replaced: no re-read after each label.
function withLabel(labels: readonly StoredLabel[], label: StoredLabel): StoredLabel[] {
  const rest = labels.filter((l) => l.messageId !== label.messageId);
  const at = rest.findIndex((l) => l.messageId > label.messageId);
  return at < 0 ? [...rest, label] : [...rest.slice(0, at), label, ...rest.slice(at)];
}
