// Echo detection: the same template arriving from several senders of the user's own inbox.
// Stores no text: each message is a b-bit signature, its LSH band postings, a message-id hash, a sender, a
// conversation hash, a time and the cluster it joined.

import {
  ECHO_THRESHOLD,
  FINGERPRINT_PARAMS,
  bandHash,
  bandHashes,
  bandHashesInto,
  fingerprintVersion,
  fnv1a,
  idHashLow,
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

/**
 * Persisted records, column by column: typed arrays store as raw bytes in IndexedDB (no per-record keys or base64).
 * Records are numbered in insertion order over the inbox (known templates excluded); a chunk holds a run of them.
 */
export interface EchoChunk {
  /** Fingerprint format (hash of fingerprintVersion); chunks of another format are skipped on load. */
  f: number;
  /** Number of the chunk's first record. */
  from: number;
  /** Two 32-bit hashes of each message id (FNV-1a, two seeds): the ids themselves are not kept. */
  ids: Uint32Array;
  /** The chunk's distinct sender keys; `who` holds an index into them per record. */
  senders: string[];
  who: Uint32Array;
  /** Conversation-id hash per record, 0 when unknown. */
  conv: Uint32Array;
  /** Epoch ms per record. */
  time: Float64Array;
  /** Signatures, `hashes` values per record (one byte each for 8-bit signatures). */
  sig: Uint8Array | Uint16Array;
  /** Verdict hint (bits 0–2: 0 none, else VERDICTS index + 1), outgoing (8), reply (16). */
  flags: Uint8Array;
  /**
   * The cluster each record joined when it arrived: the number of the root record, -1 for none, or -2 - k for the
   * known family `families[k]`. Replaying these on load skips candidate search, so a worker restart is fast.
   */
  join: Int32Array;
  families: string[];
  /** Clusters a record bridged, merged into the one it joined: (record number, merged root number) pairs. */
  merges: Int32Array;
  /**
   * The bands each record posted (bit b: band b), when a signature has at most 32 bands. Replaying them skips the
   * posting-list walks that decided them, most of a reload's time. Absent in chunks written before they were kept.
   */
  posted?: Uint32Array;
}
export interface EchoIndexOptions {
  /** Distinct senders (including the current one) that make an echo. Default 2. */
  minSenders?: number;
  /** Estimated Jaccard similarity that joins a cluster. */
  threshold?: number;
  params?: FingerprintParams;
  /** Pitch templates recognised from their first copy; see known-templates.ts. */
  known?: readonly KnownTemplate[];
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
  /** Records [from, to) (default: all) for persisting; numbers run over every inbox record, outgoing ones included. */
  toChunk(from?: number, to?: number): EchoChunk;
  /**
   * Replays persisted chunks in the order of their numbers. `inOrder` is false when they did not follow on from
   * each other (a lost or repeated chunk): records were then re-matched and renumbered, so persist afresh (toChunk).
   * `rewrite` says when to persist afresh: after such a load, and when a chunk lacked `posted` (written before it was
   * kept), so that the next reload is fast.
   */
  load(chunks: Iterable<EchoChunk>): { accepted: number; inOrder: boolean; rewrite: boolean };
  /** Distinct messages indexed. */
  readonly size: number;
  /** Inbox records so far (the next record's number): what toChunk persists. */
  readonly records: number;
}

const OUTGOING = 1;
const REPLY = 2;
const KNOWN = 4;
// Persisted flag bits (EchoChunk.flags), above the verdict hint.
const SAVED_OUTGOING = 8;
const SAVED_REPLY = 16;
const VERDICT_BITS = 7;
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
  let joined = new Int32Array(capacity);
  let sender = new Int32Array(capacity);
  let conversation = new Uint32Array(capacity);
  let time = new Float64Array(capacity);
  let flags = new Uint8Array(capacity);
  let verdict = new Uint8Array(capacity);
  let stamp = new Uint32Array(capacity);
  let idHigh = new Uint32Array(capacity);
  let idLow = new Uint32Array(capacity);
  let postedBands = new Uint32Array(capacity);
  let generation = 0;
  // Message id → record, keyed by the id's first hash and checked against both: no id strings in memory.
  const byMessageId = createPostingTable((record) => idHigh[record]!);
  let distinctMessages = 0;
  /** (record, merged root) pairs, absolute record numbers, in insertion order. */
  const merges: number[] = [];
  const senderKeys: string[] = [];
  const senderIndex = new Map<string, number>();
  const knownFamily = new Map<number, string>();
  const knownRoot = new Map<string, number>();
  // Sender → first time, only for roots of clusters with more than one counted member.
  const clusterSendersOf = new Map<number, Map<number, number>>();
  // Template ids of every root that ever headed a multi-member cluster, kept as aliases after merges.
  const templateIds = new Map<string, number>();
  const bandCount = Math.floor(width / params.rows);
  // Which bands a record posted fits one 32-bit mask per record for every shipped parameter set.
  const keepsPosted = bandCount <= 32;
  // A posting is record·bands + band, so the table can recompute its key from the stored signature when it grows.
  const postings = createPostingTable((posting) => bandHash(signatures, Math.floor(posting / bandCount) * width, posting % bandCount, params.rows));
  // Stands for the shipped corpus in a known family's sender set; never reported or counted.
  const knownSender = internSender('\u0000known');

  function grow(atLeast = capacity + 1): void {
    while (capacity < atLeast) capacity *= 2;
    const extend = <T extends Int32Array | Uint32Array | Float64Array | Uint8Array | Uint16Array>(old: T, size: number): T => {
      const next = new (old.constructor as new (n: number) => T)(size);
      next.set(old);
      return next;
    };
    signatures = extend(signatures, capacity * width);
    parent = extend(parent, capacity);
    joined = extend(joined, capacity);
    sender = extend(sender, capacity);
    conversation = extend(conversation, capacity);
    time = extend(time, capacity);
    flags = extend(flags, capacity);
    verdict = extend(verdict, capacity);
    stamp = extend(stamp, capacity);
    idHigh = extend(idHigh, capacity);
    idLow = extend(idLow, capacity);
    postedBands = extend(postedBands, capacity);
  }

  function reserveRecords(records: number): void {
    if (capacity < records) grow(records);
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

  function recordOf(high: number, low: number): number {
    for (let slot = byMessageId.first(high); slot >= 0; slot = byMessageId.next(high, slot)) {
      const record = byMessageId.posting(slot);
      if (idHigh[record] === high && idLow[record] === low) return record;
    }
    return -1;
  }

  function computeTemplateId(record: number): string {
    const family = knownFamily.get(record);
    if (family !== undefined) return `known:${family}`;
    return `echo:${idHigh[record]!.toString(36)}${(idLow[record]! & 0xfffff).toString(36)}`;
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
  function candidateSimilarity(candidate: number, signature: ArrayLike<number>): number {
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

  function match(signature: ArrayLike<number>, bands: Uint32Array, senderId: number, conversationHash: number): Match {
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

  function insert(high: number, low: number, senderId: number, conversationHash: number, at: number, hint: number, signature: ArrayLike<number>, extraFlags: number): number {
    if (count === capacity) grow();
    const record = count++;
    const offset = record * width;
    for (let i = 0; i < width && i < signature.length; i++) signatures[offset + i] = signature[i]!;
    parent[record] = record;
    joined[record] = -1;
    sender[record] = senderId;
    conversation[record] = conversationHash;
    time[record] = at;
    verdict[record] = hint;
    flags[record] = extraFlags;
    idHigh[record] = high;
    idLow[record] = low;
    if (!(extraFlags & KNOWN)) {
      if (recordOf(high, low) < 0) distinctMessages++;
      byMessageId.add(high, record);
    }
    return record;
  }

  function post(record: number, bands: Uint32Array): void {
    const root = find(record);
    let posted = 0;
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
      posted |= 1 << band;
    }
    if (keepsPosted) postedBands[record] = posted >>> 0;
  }

  /** Posts the bands a persisted record posted when it arrived: the same table as `post` would build, without its walks. */
  function repost(record: number, bands: Uint32Array, posted: number): void {
    for (let band = 0; band < bands.length; band++) if (posted & (1 << band)) postings.add(bands[band]!, record * bandCount + band);
    postedBands[record] = posted;
  }

  /** Joins an inserted incoming record to `root` (-1: none), merging the clusters it bridges, and posts its bands. */
  function settle(record: number, root: number, bridged: readonly number[], bands: Uint32Array, posted?: number): void {
    if (root >= 0) {
      for (const other of bridged) {
        union(root, other);
        merges.push(record, other);
      }
      parent[record] = root;
      joined[record] = root;
      const senders = sendersOf(root);
      const senderId = sender[record]!;
      senders.set(senderId, Math.min(senders.get(senderId) ?? Infinity, time[record]!));
      clusterSendersOf.set(root, senders);
      templateIds.set(templateId(root), root);
    }
    if (posted === undefined) post(record, bands);
    else repost(record, bands, posted);
  }

  function observe(entry: EchoEntry): EchoInfo | null {
    const high = fnv1a(entry.messageId);
    const low = idHashLow(entry.messageId);
    const existing = recordOf(high, low);
    if (existing >= 0) return flags[existing]! & (OUTGOING | REPLY) ? null : info(find(existing), -1);
    const { signature, bands } = fingerprintOf(entry);
    if (isEmptySignature(signature)) return null;
    const senderId = internSender(entry.senderKey);
    const conversationHash = hashConversation(entry.conversationId);
    const hint = entry.verdictHint ? VERDICTS.indexOf(entry.verdictHint) + 1 : 0;
    const at = entry.time ?? 0;
    if (entry.outgoing) {
      post(insert(high, low, senderId, conversationHash, at, hint, signature, OUTGOING), bands);
      return null;
    }
    const found = match(signature, bands, senderId, conversationHash);
    const record = insert(high, low, senderId, conversationHash, at, hint, signature, found.reply ? REPLY : 0);
    if (found.reply) return null;
    settle(record, found.root, found.merge, bands);
    return info(find(record), senderId);
  }

  function lookup(entry: EchoEntry): EchoInfo | null {
    const existing = recordOf(fnv1a(entry.messageId), idHashLow(entry.messageId));
    if (existing >= 0) return flags[existing]! & (OUTGOING | REPLY) ? null : info(find(existing), -1);
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
    const record = insert(0, 0, knownSender, 0, 0, 0, template.signature, KNOWN);
    knownFamily.set(record, template.family);
    if (root === undefined) {
      root = record;
      knownRoot.set(`known:${template.family}`, record);
      clusterSendersOf.set(record, new Map([[knownSender, 0]]));
    } else parent[record] = root;
    post(record, bandHashes(template.signature, params.rows));
  }
  /** Inbox record numbers start after the known templates. */
  const base = count;

  function toChunk(from = 0, to = count - base): EchoChunk {
    from = Math.max(0, Math.min(from, count - base));
    to = Math.max(from, Math.min(to, count - base));
    const n = to - from;
    const first = base + from;
    const chunk: EchoChunk = {
      f: format,
      from,
      ids: new Uint32Array(2 * n),
      senders: [],
      who: new Uint32Array(n),
      conv: conversation.slice(first, first + n),
      time: time.slice(first, first + n),
      sig: signatures.slice(first * width, (first + n) * width),
      flags: new Uint8Array(n),
      join: new Int32Array(n),
      families: [],
      merges: new Int32Array(0),
    };
    if (keepsPosted) chunk.posted = postedBands.slice(first, first + n);
    const senderSlot = new Map<number, number>();
    const familySlot = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const record = first + i;
      chunk.ids[2 * i] = idHigh[record]!;
      chunk.ids[2 * i + 1] = idLow[record]!;
      let slot = senderSlot.get(sender[record]!);
      if (slot === undefined) senderSlot.set(sender[record]!, (slot = chunk.senders.push(senderKeys[sender[record]!]!) - 1));
      chunk.who[i] = slot;
      chunk.flags[i] = verdict[record]! | (flags[record]! & OUTGOING ? SAVED_OUTGOING : 0) | (flags[record]! & REPLY ? SAVED_REPLY : 0);
      const root = joined[record]!;
      if (root < 0) chunk.join[i] = -1;
      else if (flags[root]! & KNOWN) {
        const family = knownFamily.get(root)!;
        let k = familySlot.get(family);
        if (k === undefined) familySlot.set(family, (k = chunk.families.push(family) - 1));
        chunk.join[i] = -2 - k;
      } else chunk.join[i] = root - base;
    }
    const bridged: number[] = [];
    for (let m = 0; m < merges.length; m += 2) if (merges[m]! >= first && merges[m]! < first + n) bridged.push(merges[m]! - base, merges[m + 1]! - base);
    chunk.merges = Int32Array.from(bridged);
    return chunk;
  }

  /** The root a persisted decision names, if it is still a valid join target here; undefined to search afresh. */
  function savedRoot(join: number, families: readonly string[], record: number): number | undefined {
    if (join === -1) return -1;
    if (join <= -2) {
      const known = knownRoot.get(`known:${families[-2 - join]}`);
      return known === undefined ? undefined : find(known);
    }
    const target = join + base;
    if (target >= record || flags[target]! & (OUTGOING | REPLY | KNOWN)) return undefined;
    return find(target);
  }

  /**
   * Replays one chunk. In order, saved decisions are replayed as they were made; after a gap or overlap (a chunk
   * lost or written twice) record numbers no longer line up, so from there on every record is matched afresh.
   */
  function loadChunk(chunk: EchoChunk, inOrder: boolean, replay: { posted: boolean; lacking: boolean }): number {
    const n = chunk.join.length;
    if (chunk.f !== format || chunk.sig.length !== n * width || chunk.ids.length !== 2 * n) return 0;
    const stored = keepsPosted && chunk.posted?.length === n ? chunk.posted : undefined;
    if (keepsPosted && !stored) replay.lacking = true;
    // Saved postings replay only onto the table they were decided on: in order, and until a record is matched afresh.
    if (!stored || !inOrder) replay.posted = false;
    let posted = replay.posted ? stored : undefined;
    const bridgedBy = new Map<number, number[]>();
    for (let m = 0; m + 1 < chunk.merges.length; m += 2) {
      const bridged = bridgedBy.get(chunk.merges[m]!);
      if (bridged) bridged.push(chunk.merges[m + 1]!);
      else bridgedBy.set(chunk.merges[m]!, [chunk.merges[m + 1]!]);
    }
    const senderIds = chunk.senders.map(internSender);
    const bands = new Uint32Array(bandCount);
    let accepted = 0;
    for (let i = 0; i < n; i++) {
      const high = chunk.ids[2 * i]!;
      const low = chunk.ids[2 * i + 1]!;
      if (!inOrder && recordOf(high, low) >= 0) continue;
      const signature = chunk.sig.subarray(i * width, (i + 1) * width);
      bandHashesInto(signature, params.rows, bands);
      const saved = chunk.flags[i]!;
      const extra = saved & SAVED_OUTGOING ? OUTGOING : saved & SAVED_REPLY ? REPLY : 0;
      const senderId = senderIds[chunk.who[i]!] ?? internSender('');
      const record = insert(high, low, senderId, chunk.conv[i]!, chunk.time[i]!, saved & VERDICT_BITS, signature, extra);
      accepted++;
      if (extra === OUTGOING) {
        if (posted) repost(record, bands, posted[i]!);
        else post(record, bands);
      } else if (extra === 0) {
        let root = inOrder ? savedRoot(chunk.join[i]!, chunk.families, record) : undefined;
        let bridged = (bridgedBy.get(chunk.from + i) ?? []).map((other) => other + base);
        if (root === undefined || bridged.some((other) => other >= record || flags[other]! & (OUTGOING | REPLY | KNOWN))) {
          // A decision this index cannot replay (a known family no longer shipped, numbers out of line): search afresh.
          const found = match(signature, bands, senderId, chunk.conv[i]!);
          root = found.root;
          bridged = found.merge;
          replay.posted = false;
          posted = undefined;
        }
        settle(record, root, bridged.map(find), bands, posted?.[i]);
      }
    }
    return accepted;
  }

  return {
    observe,
    lookup,
    clusterSenders(id) {
      const root = resolve(id);
      if (root < 0) return [];
      return [...sendersOf(root)]
        .filter(([key]) => key !== knownSender)
        .map(([key, first]) => ({ senderKey: senderKeys[key]!, time: first }))
        .sort((a, b) => a.time - b.time);
    },
    toChunk,
    load(chunks) {
      const sorted = [...chunks].filter((c) => c.f === format).sort((a, b) => a.from - b.from);
      // Room for every record and posting up front: growing on the way rehashes the postings table each doubling.
      let records = 0;
      let postingCount = 0;
      for (const chunk of sorted) {
        records += chunk.join.length;
        for (const mask of chunk.posted ?? []) postingCount += bitCount(mask);
      }
      reserveRecords(count + records);
      byMessageId.reserve(count + records);
      postings.reserve(postings.size + postingCount);
      let accepted = 0;
      let inOrder = true;
      const replay = { posted: true, lacking: false };
      for (const chunk of sorted) {
        inOrder &&= chunk.from === count - base;
        accepted += loadChunk(chunk, inOrder, replay);
      }
      return { accepted, inOrder, rewrite: !inOrder || replay.lacking };
    },
    get size() {
      return distinctMessages;
    },
    get records() {
      return count - base;
    },
  };
}

// Set bits of a 32-bit mask (Kernighan's loop): JavaScript has no popcount, and this runs once per record on a reload.
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m !== 0; m &= m - 1) n++;
  return n;
}

/** Conversation ids are kept only as a non-zero 32-bit hash; 0 means unknown. */
function hashConversation(conversationId: string | undefined): number {
  return conversationId ? fnv1a(conversationId) || 1 : 0;
}

/** A chunk's typed-array columns, for measuring what it stores (its strings are `senders` and `families`). */
export function chunkColumns(chunk: EchoChunk): ArrayBufferView[] {
  const { ids, who, conv, time, sig, flags, join, merges, posted } = chunk;
  return [ids, who, conv, time, sig, flags, join, merges, ...(posted ? [posted] : [])];
}

/** Rebuilds an index from persisted chunks (after an MV3 worker restart). */
export function fromChunks(chunks: Iterable<EchoChunk>, options: EchoIndexOptions = {}): EchoIndex {
  const index = createEchoIndex(options);
  index.load(chunks);
  return index;
}
