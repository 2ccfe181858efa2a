import { describe, expect, it } from 'vitest';
import { chunkColumns, createEchoIndex, fromChunks, type EchoChunk, type EchoEntry } from './echo-index.ts';
import { fingerprint } from './fingerprint.ts';
import { KNOWN_TEMPLATES, parseKnownTemplates, type KnownTemplate } from './known-templates.ts';
import { normalize } from './normalize.ts';

const PITCH = [
  'Hi Priya, I came across your profile and was impressed by your work at Acme. We help founders like you triple their pipeline with done-for-you outbound. Open to a quick call this week? Best, Tom',
  'Hey John! Came across your profile and was really impressed by your work at Globex 🚀 We help founders like you triple their pipeline with done-for-you outbound. Open to a quick chat this week? Cheers, Sarah',
  'Hello Amir, I was impressed by your work at Initech when I came across your profile. We help founders like you triple their pipeline with done for you outbound. Open to a short call this week?',
  'Hi Lena — came across your profile, impressed by your work at Hooli. We help founders like you triple their pipeline with done-for-you outbound 📈 Open to a quick call this week? Best, Max',
];
const OTHER = [
  'Are we still on for the team offsite on Friday? I booked the room for 10 and ordered lunch for everyone.',
  'Thanks for the intro to Dana yesterday, we are meeting next Tuesday to talk about the design system.',
  'Happy birthday! Hope you have a wonderful day with the family 🎂',
];

let next = 0;
function entry(text: string, senderKey: string, extra: Partial<EchoEntry> = {}): EchoEntry {
  next++;
  return { messageId: `m${next}`, senderKey, conversationId: `dm:${senderKey}`, time: next * 1000, normalizedText: normalize(text).folded, ...extra };
}

describe('echo index', () => {
  it('reports an echo from the second distinct sender, counting senders', () => {
    const index = createEchoIndex();
    expect(index.observe(entry(PITCH[0]!, 'alice'))).toBeNull();
    const second = index.observe(entry(PITCH[1]!, 'bob'));
    expect(second).toMatchObject({ senders: 2 });
    expect(second!.template).toMatch(/^echo:/);
    const third = index.observe(entry(PITCH[2]!, 'carol'));
    expect(third).toEqual({ template: second!.template, senders: 3 });
    expect(index.observe(entry(OTHER[0]!, 'dave'))).toBeNull();
  });

  it('does not count a sender repeating themself', () => {
    const index = createEchoIndex();
    expect(index.observe(entry(PITCH[0]!, 'alice'))).toBeNull();
    expect(index.observe(entry(PITCH[1]!, 'alice', { conversationId: 'dm:alice-2' }))).toBeNull();
    expect(index.observe(entry(PITCH[2]!, 'bob'))).toMatchObject({ senders: 2 });
  });

  it('is idempotent by message id', () => {
    const index = createEchoIndex();
    const first = entry(PITCH[0]!, 'alice');
    index.observe(first);
    expect(index.observe({ ...first, senderKey: 'mallory' })).toBeNull();
    expect(index.observe(first)).toBeNull();
    expect(index.size).toBe(1);
    const echo = index.observe(entry(PITCH[1]!, 'bob'));
    expect(echo).toMatchObject({ senders: 2 });
    expect(index.observe(first)).toEqual(echo);
    expect(index.records).toBe(2);
  });

  it('does not count a reply quoting a message of the same conversation', () => {
    const index = createEchoIndex();
    index.observe(entry(PITCH[0]!, 'alice', { conversationId: 'c1' }));
    const quoting = `> ${PITCH[0]} \n\nsounds interesting, tell me more`;
    expect(index.observe(entry(quoting, 'bob', { conversationId: 'c1' }))).toBeNull();
    expect(index.clusterSenders(index.observe(entry(PITCH[1]!, 'carol'))!.template).map((s) => s.senderKey)).toEqual(['alice', 'carol']);
  });

  it('strips quotedText and treats the user’s own messages as never-echo reply sources', () => {
    const index = createEchoIndex();
    index.observe(entry(PITCH[0]!, 'me', { conversationId: 'c1', outgoing: true }));
    expect(index.observe(entry(PITCH[1]!, 'alice', { conversationId: 'c1' }))).toBeNull();
    expect(index.observe(entry(PITCH[2]!, 'bob'))).toBeNull();
    const quoted = normalize(PITCH[3]!).folded;
    const reply = entry('', 'carol', { normalizedText: `${quoted} count me in, see you thursday at the office` , quotedText: quoted });
    expect(index.observe(reply)).toBeNull();
    expect(index.lookup(entry(PITCH[3]!, 'dave'))).toMatchObject({ senders: 2 });
  });

  it('honours minSenders', () => {
    const index = createEchoIndex({ minSenders: 3 });
    expect(index.observe(entry(PITCH[0]!, 'alice'))).toBeNull();
    expect(index.observe(entry(PITCH[1]!, 'bob'))).toBeNull();
    expect(index.observe(entry(PITCH[2]!, 'carol'))).toMatchObject({ senders: 3 });
    expect(createEchoIndex({ minSenders: 1 }).observe(entry(OTHER[0]!, 'dave'))).toMatchObject({ senders: 1 });
  });

  it('lookup reports without inserting', () => {
    const index = createEchoIndex();
    index.observe(entry(PITCH[0]!, 'alice'));
    expect(index.lookup(entry(PITCH[1]!, 'bob'))).toMatchObject({ senders: 2 });
    expect(index.lookup(entry(PITCH[1]!, 'alice'))).toBeNull();
    expect(index.size).toBe(1);
  });

  it('keeps the earliest cluster id when clusters merge, and the other id as an alias', () => {
    // Two halves of a template each echo on their own, then a full copy bridges them.
    const half1 = 'we help founders like you triple their pipeline with done for you outbound and zero ad spend, guaranteed results';
    const half2 = 'open to a quick call this week so i can show you the exact playbook we used for three saas companies last quarter';
    const index = createEchoIndex();
    index.observe(entry(half1, 'a1'));
    const first = index.observe(entry(half1.replace('guaranteed', 'proven'), 'a2'))!.template;
    index.observe(entry(half2, 'b1'));
    const second = index.observe(entry(half2.replace('three', 'four'), 'b2'))!.template;
    expect(first).not.toBe(second);
    const bridge = index.observe(entry(`${half1}. ${half2}`, 'c1'));
    expect(bridge).toEqual({ template: first, senders: 5 });
    expect(index.clusterSenders(second).map((s) => s.senderKey)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1']);
    expect(index.clusterSenders(first)).toEqual(index.clusterSenders(second));
    expect(index.clusterSenders('echo:nope')).toEqual([]);
  });

  it('lists a cluster’s senders with the time of their first message', () => {
    const index = createEchoIndex();
    index.observe(entry(PITCH[0]!, 'alice', { time: 5 }));
    index.observe(entry(PITCH[1]!, 'alice', { time: 9, conversationId: 'dm:alice-2' }));
    const echo = index.observe(entry(PITCH[2]!, 'bob', { time: 7 }))!;
    expect(index.clusterSenders(echo.template)).toEqual([
      { senderKey: 'alice', time: 5 },
      { senderKey: 'bob', time: 7 },
    ]);
  });

  it('round-trips through chunks (as IndexedDB clones them), keeping clusters, ids and counts, without any text', () => {
    const index = createEchoIndex();
    const texts = [...PITCH, ...OTHER];
    texts.forEach((text, i) => index.observe(entry(text, `sender-${i}`, { verdictHint: i < 4 ? 'pitch' : 'clean' })));
    index.observe(entry(PITCH[0]!, 'me', { outgoing: true }));
    const chunk = index.toChunk();
    expect(chunk.join).toHaveLength(texts.length + 1);

    const { accepted, inOrder } = fromChunks([]).load([structuredClone(chunk)]);
    expect({ accepted, inOrder }).toEqual({ accepted: texts.length + 1, inOrder: true });
    const restored = fromChunks([structuredClone(chunk)]);
    expect(restored.size).toBe(index.size);
    expect(restored.toChunk()).toEqual(chunk);
    const probe = entry(PITCH[3]!.replace('Hooli', 'Umbrella'), 'zed');
    expect(restored.lookup(probe)).toEqual(index.lookup(probe));
    expect(restored.lookup(probe)).toMatchObject({ senders: 5 });

    const strings = JSON.stringify({ ...chunk, sig: [...chunk.sig] });
    for (const word of ['profile', 'impressed', 'pipeline', 'outbound', 'offsite', 'birthday', 'Dana', 'Priya', 'm1']) expect(strings).not.toContain(`${word}`);
    const bytes = (c: EchoChunk) =>
      chunkColumns(c).reduce((n, a) => n + a.byteLength, 0) +
      c.senders.reduce((n, key) => n + key.length, 0);
    expect(bytes(chunk) / chunk.join.length).toBeLessThanOrEqual(120);
  });

  it('loads chunks by their numbers, in any order, and continues numbering after them', () => {
    const index = createEchoIndex();
    [...PITCH, ...OTHER].forEach((text, i) => index.observe(entry(text, `sender-${i}`)));
    const chunks = [index.toChunk(0, 2), index.toChunk(2, 5), index.toChunk(5)];
    const restored = createEchoIndex();
    expect(restored.load([...chunks].reverse())).toEqual({ accepted: 7, inOrder: true, rewrite: false });
    expect(restored.toChunk()).toEqual(index.toChunk());
    const later = entry(PITCH[1]!.replace('Globex', 'Wayne'), 'newcomer');
    expect(restored.observe(later)).toEqual(index.observe(later));
    expect(restored.toChunk(7).from).toBe(7);
    expect(restored.toChunk(7).join).toHaveLength(1);
  });

  it('replays the cluster each record joined instead of searching again', () => {
    const index = createEchoIndex();
    index.observe(entry(OTHER[0]!, 'alice'));
    index.observe(entry(OTHER[1]!, 'bob'));
    const chunk = index.toChunk();
    expect([...chunk.join]).toEqual([-1, -1]);
    // As if bob's message had joined alice's cluster when it arrived: the replay keeps that, unlike a fresh search.
    chunk.join[1] = 0;
    const restored = fromChunks([chunk]);
    expect(restored.observe({ ...entry(OTHER[1]!, 'bob'), messageId: 'm-unused' })).toMatchObject({ senders: 2 });
  });

  it('replays the bands each record posted: the postings a fresh walk decides, without the walk', () => {
    // Many near-copies from many senders, so band values are shared and some postings are skipped.
    const index = createEchoIndex();
    const names = ['Priya', 'John', 'Amir', 'Lena', 'Kenji', 'Sofia', 'Marta', 'Tom', 'Aisha', 'Diego'];
    for (let i = 0; i < 240; i++) {
      const text = i % 3 === 2 ? `${OTHER[i % OTHER.length]} (${names[i % names.length]}, ${i})` : PITCH[i % PITCH.length]!.replace(/Priya|John|Amir|Lena/, names[i % names.length]!);
      index.observe(entry(text, `s${i % 37}`, { outgoing: i % 11 === 0 }));
    }
    const chunks = [index.toChunk(0, 100), index.toChunk(100)];
    const skipped = [...chunks[0]!.posted!, ...chunks[1]!.posted!].filter((mask) => mask !== 0xffffffff).length;
    expect(skipped).toBeGreaterThan(100);

    const replayed = createEchoIndex();
    expect(replayed.load(chunks.map((c) => structuredClone(c)))).toEqual({ accepted: 240, inOrder: true, rewrite: false });
    const walked = createEchoIndex();
    expect(walked.load(chunks.map(({ posted: _, ...c }) => structuredClone(c)))).toEqual({ accepted: 240, inOrder: true, rewrite: true });
    expect(walked.toChunk()).toEqual(index.toChunk());
    expect(replayed.toChunk()).toEqual(index.toChunk());
    const probes = [PITCH[2]!.replace('Amir', 'Zoe'), PITCH[3]!, OTHER[1]!];
    for (const text of probes) expect(replayed.lookup(entry(text, 'zed'))).toEqual(index.lookup(entry(text, 'zed')));

    // Saved masks are what the replay posts: a chunk claiming no postings leaves its records unreachable.
    const blank = createEchoIndex();
    blank.load(chunks.map((c) => ({ ...structuredClone(c), posted: new Uint32Array(c.join.length) })));
    expect(blank.lookup(entry(PITCH[2]!.replace('Amir', 'Zoe'), 'zed'))).toBeNull();
    expect(index.lookup(entry(PITCH[2]!.replace('Amir', 'Zoe'), 'zed'))).toMatchObject({ senders: expect.any(Number) });
  });

  it('searches afresh after a lost chunk and after a known family that is no longer shipped', () => {
    const known: KnownTemplate[] = [{ family: 'f-outbound', signature: fingerprint(normalize(PITCH[0]!).folded).signature }];
    const index = createEchoIndex({ known });
    PITCH.slice(1).forEach((text, i) => index.observe(entry(text, `p${i}`)));
    OTHER.forEach((text, i) => index.observe(entry(text, `o${i}`)));
    const joins = index.toChunk();
    expect(joins.families).toEqual(['f-outbound']);

    const withoutFamily = createEchoIndex();
    expect(withoutFamily.load([joins]).inOrder).toBe(true);
    // The three pitches re-clustered among themselves, without the family.
    expect(withoutFamily.lookup(entry(PITCH[0]!, 'zed'))).toMatchObject({ senders: 4 });

    const gappy = createEchoIndex({ known });
    expect(gappy.load([index.toChunk(0, 1), index.toChunk(2)])).toEqual({ accepted: 5, inOrder: false, rewrite: true });
    expect(gappy.lookup(entry(PITCH[0]!, 'zed'))).toEqual({ template: 'known:f-outbound', senders: 3, known: true });
  });

  it('skips chunks made with another fingerprint format', () => {
    const index = createEchoIndex();
    index.observe(entry(PITCH[0]!, 'alice'));
    const stale = { ...index.toChunk(), f: index.toChunk().f + 1 };
    expect(createEchoIndex().load([stale])).toEqual({ accepted: 0, inOrder: true, rewrite: false });
  });

  it('recognises a known template on its first copy, and reports inbox senders only', () => {
    const known: KnownTemplate[] = [PITCH[0]!, PITCH[2]!].map((text) => ({ family: 'f-outbound', signature: fingerprint(normalize(text).folded).signature }));
    const index = createEchoIndex({ known });
    expect(index.observe(entry(PITCH[1]!, 'bob'))).toEqual({ template: 'known:f-outbound', senders: 1, known: true });
    expect(index.observe(entry(PITCH[3]!, 'carol'))).toEqual({ template: 'known:f-outbound', senders: 2, known: true });
    expect(index.observe(entry(OTHER[0]!, 'dave'))).toBeNull();
    expect(index.clusterSenders('known:f-outbound').map((s) => s.senderKey)).toEqual(['bob', 'carol']);
    expect(index.records).toBe(3);
  });

  it('ships known templates only for the fingerprint version that made them', () => {
    expect(parseKnownTemplates({ version: 'fp0', families: { 'f-x': ['AAAA'] } })).toEqual([]);
    const families = new Set(KNOWN_TEMPLATES.map((t) => t.family));
    for (const family of families) expect(family).toMatch(/^f-/);
  });
});
