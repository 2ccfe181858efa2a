// Echo detection: the same template arriving from several senders of the user's own inbox.
// Stores no text: each message is a b-bit MinHash signature, its LSH band postings, a sender, a conversation hash and a time.

import {
  ECHO_THRESHOLD,
  FINGERPRINT_PARAMS,
  bandHash,
  bandHashes,
  bandHashesInto,
  decodeSignature,
  encodeSignature,
  fingerprintVersion,
  fnv1a,
  isEmptySignature,
  signatureInto,
  similarity,
  type Fingerprint,
  type FingerprintParams,
} from './fingerprint.ts';
import type { KnownTemplate } from './known-templates.ts';
import { createPostingTable } from './posting-table.ts';
import type { EchoInfo, Verdict } from './types.ts';

export interface EchoEntry {
  messageId: string;
  /** Stable id of the sender (profile URN, handle); never their display name. */
  senderKey: string;
  conversationId?: string;
  /** Epoch ms. */
  time?: number;
  verdictHint?: Verdict;
  /** The message's normalised text (normalize(original).folded); ignored when `signature` is given. */
  normalizedText?: string;
  signature?: Uint16Array;
  /** Normalised text the message quotes; removed before fingerprinting. */
  quotedText?: string;
  /** The user's own message: never an echo, never a sender, only used to recognise replies quoting it. */
  outgoing?: boolean;
}

/** One persisted message, ≈ 150–250 bytes as JSON. `c` is a hash of the conversation id; `g` the base64 signature. */
export interface EchoRecord {
  /** Fingerprint format; records of another format are skipped on load. */
  f: number;
  id: string;
  s: string;
  c: number;
  t: number;
  g: string;
  h?: Verdict;
  o?: 1;
}

export interface EchoIndexOptions {
  /** Distinct senders (including the current one) that make an echo. Default 2. */
  minSenders?: number;
  /** Estimated Jaccard similarity that joins a cluster. */
  threshold?: number;
  params?: FingerprintParams;
  /** Pitch templates recognised from their first copy; see known-templates.ts. */
  known?: readonly KnownTemplate[];
  /** Called with each new record, so the runtime can persist it (not called by `load`). */
  onInsert?: (record: EchoRecord) => void;
}

export interface ClusterSender {
  senderKey: string;
  /** Time of the sender's first message in the cluster. */
  time: number;
}

export interface EchoIndex {
  /** Adds the message (once per messageId) and reports whether it echoes a template. */
  observe(entry: EchoEntry): EchoInfo | null;
  /** What `observe` would report, without adding the message. */
  lookup(entry: EchoEntry): EchoInfo | null;
  clusterSenders(templateId: string): ClusterSender[];
  toRecords(): EchoRecord[];
  /** Replays persisted records in order; returns how many were accepted. */
  load(records: Iterable<EchoRecord>): number;
  readonly size: number;
}

const OUTGOING = 1;
const REPLY = 2;
const KNOWN = 4;
const VERDICTS: readonly Verdict[] = ['pitch', 'clean', 'contact', 'own'];
// A band value shared by more clusters than this is not posted again (see post).
const MAX_CLUSTERS_PER_BAND = 16;

interface Match {
  /** Cluster root the message joins, or -1. */
  root: number;
  /** Other roots it bridges (merged into `root` on insert). */
  merge: number[];
  reply: boolean;
}

export function createEchoIndex(options: EchoIndexOptions = {}): EchoIndex {
  const minSenders = options.minSenders ?? 2;
  const threshold = options.threshold ?? ECHO_THRESHOLD;
  const params = options.params ?? FINGERPRINT_PARAMS;
  const format = fnv1a(fingerprintVersion(params)) & 0xffff;
  const width = params.hashes;

  let capacity = 1024;
  let count = 0;
  // 8-bit signatures take one byte per value in the pool.
  let signatures: Uint8Array | Uint16Array = params.bits === 8 ? new Uint8Array(capacity * width) : new Uint16Array(capacity * width);
  let parent = new Int32Array(capacity);
  let sender = new Int32Array(capacity);
  let conversation = new Uint32Array(capacity);
  let time = new Float64Array(capacity);
  let flags = new Uint8Array(capacity);
  let verdict = new Uint8Array(capacity);
  let stamp = new Uint32Array(capacity);
  let generation = 0;
  const messageIds: string[] = [];
  const byMessageId = new Map<string, number>();
  const senderKeys: string[] = [];
  const senderIndex = new Map<string, number>();
  const knownFamily = new Map<number, string>();
  const knownRoot = new Map<string, number>();
  // Sender → first time, only for roots of clusters with more than one counted member.
  const clusterSendersOf = new Map<number, Map<number, number>>();
  // Template ids of every root that ever headed a multi-member cluster, kept as aliases after merges.
  const templateIds = new Map<string, number>();
  const bandCount = Math.floor(width / params.rows);
  // A posting is record·bands + band, so the table can recompute its key from the stored signature when it grows.
  const postings = createPostingTable((posting) => bandHash(signatures, Math.floor(posting / bandCount) * width, posting % bandCount, params.rows));
  // Stands for the shipped corpus in a known family's sender set; never reported or counted.
  const knownSender = internSender('\u0000known');

  function grow(): void {
    capacity *= 2;
    const extend = <T extends Int32Array | Uint32Array | Float64Array | Uint8Array | Uint16Array>(old: T, size: number): T => {
      const next = new (old.constructor as new (n: number) => T)(size);
      next.set(old);
      return next;
    };
    signatures = extend(signatures, capacity * width);
    parent = extend(parent, capacity);
    sender = extend(sender, capacity);
    conversation = extend(conversation, capacity);
    time = extend(time, capacity);
    flags = extend(flags, capacity);
    verdict = extend(verdict, capacity);
    stamp = extend(stamp, capacity);
  }

  function find(record: number): number {
    let root = record;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[record] !== root) {
      const next = parent[record]!;
      parent[record] = root;
      record = next;
    }
    return root;
  }

  function computeTemplateId(record: number): string {
    const family = knownFamily.get(record);
    if (family !== undefined) return `known:${family}`;
    const id = messageIds[record]!;
    return `echo:${fnv1a(id).toString(36)}${(fnv1a(id, 0x5bd1e995) & 0xfffff).toString(36)}`;
  }

  // A root's template id never changes: built once when the root is first reported (roots only, so memory stays small).
  const templateIdOf = new Map<number, string>();
  function templateId(root: number): string {
    let cached = templateIdOf.get(root);
    if (cached === undefined) templateIdOf.set(root, (cached = computeTemplateId(root)));
    return cached;
  }

  function internSender(key: string): number {
    let index = senderIndex.get(key);
    if (index === undefined) {
      index = senderKeys.push(key) - 1;
      senderIndex.set(key, index);
    }
    return index;
  }

  // One signature and band buffer per index, reused by every call: no typed-array allocation per message.
  const scratchSignature = new Uint16Array(width);
  const scratchBands = new Uint32Array(bandCount);
  const scratchPrint: Fingerprint = { signature: scratchSignature, bands: scratchBands };
  // Bands are computed once per message and shared by match and post.
  function fingerprintOf(entry: EchoEntry): Fingerprint {
    if (entry.signature) {
      const bands = entry.signature.length === width ? scratchBands : new Uint32Array(Math.floor(entry.signature.length / params.rows));
      return { signature: entry.signature, bands: bandHashesInto(entry.signature, params.rows, bands) };
    }
    let text = entry.normalizedText ?? '';
    if (entry.quotedText) text = text.split(entry.quotedText).join(' ');
    bandHashesInto(signatureInto(text, params, scratchSignature), params.rows, scratchBands);
    return scratchPrint;
  }

  // Fewest equal values whose similarity reaches the threshold, per signature length: lets a check stop early.
  const enoughEqual = new Map<number, number>();
  function minEqual(length: number): number {
    let needed = enoughEqual.get(length);
    if (needed === undefined) {
      const ones = new Uint16Array(length);
      needed = length + 1;
      for (let equal = 0; equal <= length; equal++) {
        ones.fill(1, 0, equal);
        if (similarity(ones, new Uint16Array(length).fill(1), params.bits) >= threshold) {
          needed = equal;
          break;
        }
      }
      enoughEqual.set(length, needed);
    }
    return needed;
  }

  /** similarity(pool[candidate], signature), or -1 as soon as the threshold is out of reach. */
  function candidateSimilarity(candidate: number, signature: Uint16Array): number {
    const length = Math.min(width, signature.length);
    if (length === 0) return 0;
    const needed = minEqual(length);
    const offset = candidate * width;
    let equal = 0;
    for (let i = 0; i < length; i++) {
      if (signatures[offset + i] === signature[i]) equal++;
      else if (equal + (length - i - 1) < needed) return -1;
    }
    const chance = 2 ** -params.bits;
    return Math.max(0, (equal / length - chance) / (1 - chance));
  }

  function match(signature: Uint16Array, bands: Uint32Array, senderId: number, conversationHash: number): Match {
    generation = (generation + 1) >>> 0 || 1;
    let bestKnown = -1;
    let bestKnownSimilarity = 0;
    const roots: number[] = [];
    let reply = false;
    for (let band = 0; band < bands.length; band++) {
      for (let slot = postings.first(bands[band]!); slot >= 0; slot = postings.next(bands[band]!, slot)) {
        const candidate = Math.floor(postings.posting(slot) / bandCount);
        if (stamp[candidate] === generation) continue;
        stamp[candidate] = generation;
        const score = candidateSimilarity(candidate, signature);
        if (score < threshold) continue;
        const sameConversation = conversationHash !== 0 && conversation[candidate] === conversationHash;
        if (sameConversation && sender[candidate] !== senderId) reply = true;
        if (flags[candidate]! & (OUTGOING | REPLY)) continue;
        const root = find(candidate);
        if (flags[root]! & KNOWN) {
          if (score > bestKnownSimilarity) {
            bestKnown = root;
            bestKnownSimilarity = score;
          }
        } else if (!roots.includes(root)) roots.push(root);
      }
    }
    // Two known families never merge; every inbox cluster the message bridges joins the earliest root.
    const merge = roots.sort((a, b) => a - b);
    const root = bestKnown >= 0 ? bestKnown : (merge.shift() ?? -1);
    return { root, merge, reply };
  }

  function sendersOf(root: number): Map<number, number> {
    return clusterSendersOf.get(root) ?? new Map([[sender[root]!, time[root]!]]);
  }

  /** The report for a cluster whose senders are `senders` plus `extraSender` (-1 for none). */
  function report(root: number, senders: ReadonlyMap<number, number>, extraSender: number): EchoInfo | null {
    let distinct = senders.size - (senders.has(knownSender) ? 1 : 0);
    if (extraSender >= 0 && !senders.has(extraSender)) distinct++;
    return reportCount(root, distinct);
  }

  function reportCount(root: number, distinct: number): EchoInfo | null {
    const known = root >= 0 && (flags[root]! & KNOWN) !== 0;
    if (!known && distinct < minSenders) return null;
    const template = root >= 0 ? templateId(root) : '';
    return known ? { template, senders: distinct, known } : { template, senders: distinct };
  }

  function info(root: number, extraSender: number): EchoInfo | null {
    const senders = clusterSendersOf.get(root);
    if (senders) return report(root, senders, extraSender);
    // A lone message: counted without building its one-entry sender map.
    const own = sender[root]!;
    return reportCount(root, (own === knownSender ? 0 : 1) + (extraSender >= 0 && extraSender !== own ? 1 : 0));
  }

  function union(root: number, other: number): void {
    if (root === other) return;
    const a = sendersOf(root);
    const b = sendersOf(other);
    const [big, small] = a.size >= b.size ? [a, b] : [b, a];
    for (const [key, first] of small) big.set(key, Math.min(first, big.get(key) ?? Infinity));
    parent[other] = root;
    clusterSendersOf.delete(other);
    clusterSendersOf.set(root, big);
    templateIds.set(templateId(root), root);
    templateIds.set(templateId(other), root);
  }

  function insert(entry: EchoEntry, conversationHash: number, signature: Uint16Array, extraFlags: number, family?: string): number {
    if (count === capacity) grow();
    const record = count++;
    const offset = record * width;
    for (let i = 0; i < width && i < signature.length; i++) signatures[offset + i] = signature[i]!;
    parent[record] = record;
    sender[record] = internSender(entry.senderKey);
    conversation[record] = conversationHash;
    time[record] = entry.time ?? 0;
    verdict[record] = entry.verdictHint ? VERDICTS.indexOf(entry.verdictHint) + 1 : 0;
    flags[record] = extraFlags;
    messageIds.push(entry.messageId);
    if (family === undefined) byMessageId.set(entry.messageId, record);
    else knownFamily.set(record, family);
    return record;
  }

  function post(record: number, bands: Uint32Array): void {
    const root = find(record);
    // One posting per (band value, cluster) suffices to reach the cluster; it keeps big echo clusters small.
    bands: for (let band = 0; band < bands.length; band++) {
      const key = bands[band]!;
      let shared = 0;
      for (let slot = postings.first(key); slot >= 0; slot = postings.next(key, slot)) {
        const existing = Math.floor(postings.posting(slot) / bandCount);
        // A band value already shared by many clusters is background, like a stop word: it would only slow lookups.
        if ((find(existing) === root && !(flags[existing]! & OUTGOING)) || ++shared >= MAX_CLUSTERS_PER_BAND) continue bands;
      }
      postings.add(key, record * bandCount + band);
    }
  }

  function observe(entry: EchoEntry, conversationHash: number, notify: boolean): EchoInfo | null {
    const existing = byMessageId.get(entry.messageId);
    if (existing !== undefined) return flags[existing]! & (OUTGOING | REPLY) ? null : info(find(existing), -1);
    const { signature, bands } = fingerprintOf(entry);
    if (isEmptySignature(signature)) return null;
    let result: EchoInfo | null = null;
    let record: number;
    if (entry.outgoing) {
      record = insert(entry, conversationHash, signature, OUTGOING);
      post(record, bands);
    } else {
      const senderId = internSender(entry.senderKey);
      const found = match(signature, bands, senderId, conversationHash);
      record = insert(entry, conversationHash, signature, found.reply ? REPLY : 0);
      if (!found.reply) {
        if (found.root >= 0) {
          for (const other of found.merge) union(found.root, other);
          parent[record] = found.root;
          const senders = sendersOf(found.root);
          senders.set(senderId, Math.min(senders.get(senderId) ?? Infinity, time[record]!));
          clusterSendersOf.set(found.root, senders);
          templateIds.set(templateId(found.root), found.root);
        }
        post(record, bands);
        result = info(find(record), senderId);
      }
    }
    if (notify && options.onInsert) options.onInsert(toRecord(record));
    return result;
  }

  function lookup(entry: EchoEntry): EchoInfo | null {
    const existing = byMessageId.get(entry.messageId);
    if (existing !== undefined) return flags[existing]! & (OUTGOING | REPLY) ? null : info(find(existing), -1);
    if (entry.outgoing) return null;
    const { signature, bands } = fingerprintOf(entry);
    if (isEmptySignature(signature)) return null;
    const senderId = senderIndex.get(entry.senderKey) ?? senderKeys.length;
    const found = match(signature, bands, senderId, hashConversation(entry.conversationId));
    if (found.reply) return null;
    if (found.root < 0) return report(-1, new Map(), senderId);
    const senders = new Map(sendersOf(found.root));
    for (const other of found.merge) for (const key of sendersOf(other).keys()) senders.set(key, 0);
    return report(found.root, senders, senderId);
  }

  function toRecord(record: number): EchoRecord {
    const out: EchoRecord = {
      f: format,
      id: messageIds[record]!,
      s: senderKeys[sender[record]!]!,
      c: conversation[record]!,
      t: time[record]!,
      g: encodeSignature(signatures.subarray(record * width, (record + 1) * width), params.bits),
    };
    if (verdict[record]) out.h = VERDICTS[verdict[record]! - 1];
    if (flags[record]! & OUTGOING) out.o = 1;
    return out;
  }

  function resolve(templateIdToFind: string): number {
    const known = knownRoot.get(templateIdToFind);
    if (known !== undefined) return find(known);
    const alias = templateIds.get(templateIdToFind);
    if (alias !== undefined) return find(alias);
    for (let record = 0; record < count; record++) if (!(flags[record]! & KNOWN) && computeTemplateId(record) === templateIdToFind) return find(record);
    return -1;
  }

  // Known templates come first, so they are the earliest roots; a family's members form one cluster.
  for (const template of options.known ?? []) {
    let root = knownRoot.get(`known:${template.family}`);
    const record = insert({ messageId: '', senderKey: '\u0000known' }, 0, template.signature, KNOWN, template.family);
    if (root === undefined) {
      root = record;
      knownRoot.set(`known:${template.family}`, record);
      clusterSendersOf.set(record, new Map([[knownSender, 0]]));
    } else parent[record] = root;
    post(record, bandHashes(template.signature, params.rows));
  }

  return {
    observe: (entry) => observe(entry, hashConversation(entry.conversationId), true),
    lookup,
    clusterSenders(id) {
      const root = resolve(id);
      if (root < 0) return [];
      return [...sendersOf(root)]
        .filter(([key]) => key !== knownSender)
        .map(([key, first]) => ({ senderKey: senderKeys[key]!, time: first }))
        .sort((a, b) => a.time - b.time);
    },
    toRecords() {
      const records: EchoRecord[] = [];
      for (let record = 0; record < count; record++) if (!(flags[record]! & KNOWN)) records.push(toRecord(record));
      return records;
    },
    load(records) {
      let accepted = 0;
      for (const r of records) {
        if (r.f !== format) continue;
        const entry: EchoEntry = { messageId: r.id, senderKey: r.s, time: r.t, signature: decodeSignature(r.g, params.bits) };
        if (r.h) entry.verdictHint = r.h;
        if (r.o) entry.outgoing = true;
        const before = count;
        observe(entry, r.c, false);
        if (count > before) accepted++;
      }
      return accepted;
    },
    get size() {
      return byMessageId.size;
    },
  };
}

/** Conversation ids are kept only as a non-zero 32-bit hash; 0 means unknown. */
function hashConversation(conversationId: string | undefined): number {
  return conversationId ? fnv1a(conversationId) || 1 : 0;
}

/** Rebuilds an index from persisted records (after an MV3 worker restart). */
export function fromRecords(records: Iterable<EchoRecord>, options: EchoIndexOptions = {}): EchoIndex {
  const index = createEchoIndex(options);
  index.load(records);
  return index;
}
