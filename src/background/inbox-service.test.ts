import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DirectMessage } from '../sites/types.ts';
import modelSnapshot from '../engine/model.json';
import { seededRandom } from '../engine/random.ts';
import { countedKey } from '../storage/counted-ids.ts';
import { openEchoScreenDb } from '../storage/db.ts';
import { createInboxService, type InboxSettings } from './inbox-service.ts';
import { WARM_UP_PASSES, WARM_UP_TEXTS } from './warm-up.ts';

const settings: InboxSettings = { threshold: null, echoMinSenders: 2 };
const TEMPLATE =
  'Hi {name}, we have so much in common! I help busy professionals build a six-figure online business in 90 days without quitting their job. Open to a quick 15-minute call this week to see if it is a fit?';

let n = 0;
function dm(text: string, sender: string, over: Partial<DirectMessage> = {}): DirectMessage {
  n++;
  return {
    id: `m${n}`,
    conversationId: `conv-${sender}`,
    direction: 'in',
    text,
    sender: { platform: 'linkedin', id: sender, name: sender },
    ...over,
  };
}

async function service(name = `inbox-${Math.random()}`, over: Partial<InboxSettings> = {}, warmUp = false) {
  const db = await openEchoScreenDb(name);
  return { db, inbox: await createInboxService({ db, modelSnapshot, settings: async () => ({ ...settings, ...over }), warmUp }) };
}

describe('createInboxService', () => {
  it('flags a templated pitch and leaves a friend’s note clean', async () => {
    const { inbox } = await service();
    const [pitch, friend] = await inbox.screen([
      dm(TEMPLATE.replace('{name}', 'Alex'), 'ACoAAp1'),
      dm('are we still on for ramen on Friday? I can book for 8', 'ACoAAf1'),
    ]);
    expect(pitch).toMatchObject({ verdict: 'pitch' });
    expect(pitch!.tactics.length).toBeGreaterThan(0);
    expect(friend).toMatchObject({ verdict: 'clean' });
  });

  it('never flags a real contact, and says so at once after the contact is added', async () => {
    const { inbox } = await service();
    const message = dm(TEMPLATE.replace('{name}', 'Alex'), 'ACoAAc1');
    expect((await inbox.screen([message]))[0]!.verdict).toBe('pitch');
    await inbox.addContact({ platform: 'linkedin', id: 'ACoAAc1', name: 'C', note: '', addedAt: '2026-11-27T00:00:00Z' });
    expect((await inbox.screen([{ ...message, id: 'again' }]))[0]!.verdict).toBe('contact');
    await inbox.removeContact('linkedin', 'ACoAAc1');
    expect((await inbox.screen([{ ...message, id: 'again2' }]))[0]!.verdict).toBe('pitch');
  });

  it('never flags messages in a conversation the user has written in', async () => {
    const { inbox } = await service();
    const results = await inbox.screen([
      dm('Thanks for the intro yesterday!', 'me', { conversationId: 'conv-w', direction: 'out' }),
      dm(TEMPLATE.replace('{name}', 'Alex'), 'ACoAAw1', { conversationId: 'conv-w' }),
    ]);
    expect(results.map((r) => r.verdict)).toEqual(['own', expect.not.stringMatching(/^pitch$/)]);
  });

  it('recognises the same template from a second sender as an echo, and keeps the index across a worker restart', async () => {
    const name = `echo-${Math.random()}`;
    const first = await service(name);
    const [a] = await first.inbox.screen([dm(TEMPLATE.replace('{name}', 'Alex'), 'ACoAAe1')]);
    const [b] = await first.inbox.screen([dm(TEMPLATE.replace('{name}', 'Sam').replace('busy', 'ambitious'), 'ACoAAe2')]);
    expect(b!.echo?.senders).toBe(2);
    expect(a!.echo === null || a!.echo.known === true).toBe(true);
    first.db.close();

    const restarted = await service(name);
    const [c] = await restarted.inbox.screen([dm(TEMPLATE.replace('{name}', 'Kai').replace('15-minute', 'quick'), 'ACoAAe3')]);
    expect(c!.echo?.senders).toBe(3);
    expect(c!.echo?.template).toBe(b!.echo?.template);
    expect(restarted.inbox.echoSenders(c!.echo!.template).map((s) => s.senderKey)).toEqual([
      'linkedin:ACoAAe1',
      'linkedin:ACoAAe2',
      'linkedin:ACoAAe3',
    ]);
  });

  it('learns from "not a pitch": the next similar message scores lower, and the label survives a restart', async () => {
    const name = `feedback-${Math.random()}`;
    const text = 'Hey, I run a small bootcamp for product designers, 6 weeks, starting soon. Want the syllabus? Happy to send it over.';
    const first = await service(name);
    const [before] = await first.inbox.screen([dm(text, 'ACoAAb1')]);
    await first.inbox.feedback({ messageId: before!.id, label: 'genuine', text, platform: 'linkedin', senderId: 'ACoAAb1' });
    const similar = text.replace('6 weeks', 'eight weeks').replace('Hey,', 'Hi!');
    const [after] = await first.inbox.screen([dm(similar, 'ACoAAb2')]);
    expect(after!.score).toBeLessThan(before!.score);
    first.db.close();

    const restarted = await service(name);
    const [again] = await restarted.inbox.screen([dm(similar, 'ACoAAb3')]);
    expect(again!.score).toBe(after!.score);
  });

  it('answers before its writes commit; a write that fails later is the next answer, and is retried with the batch after', async () => {
    const real = await openEchoScreenDb(`late-failure-${Math.random()}`);
    const failing = { on: false };
    // Transactions that start but then abort, as a commit refused by a full disk does.
    const db = new Proxy(real, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (prop !== 'transaction') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        return (...args: Parameters<typeof real.transaction>) => {
          const tx = target.transaction(...args);
          if (failing.on && args[1] === 'readwrite') queueMicrotask(() => tx.abort());
          return tx;
        };
      },
    });
    const inbox = await createInboxService({ db, modelSnapshot, settings: async () => settings });
    failing.on = true;
    const first = [dm('see you at 8', 'me', { conversationId: 'conv-late', direction: 'out' }), dm(TEMPLATE.replace('{name}', 'Alex'), 'ACoAAl1')];
    expect((await inbox.screen(first)).map((r) => r.verdict)).toEqual(['own', 'pitch']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    failing.on = false;
    const second = [dm('are we still on for ramen on Friday?', 'ACoAAl2')];
    await expect(inbox.screen(second)).rejects.toThrow(/abort/i);
    expect(await inbox.screen(second)).toEqual([expect.objectContaining({ verdict: 'clean' })]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await real.getAllKeys('written')).toEqual(['linkedin:conv-late']);
    const countedIds = (await real.getAll('countedIds')).flatMap((row) => [...row.ids]);
    expect(countedIds.sort()).toEqual([first[1]!.id, second[0]!.id].map(countedKey).sort());
    expect(await real.getAll('dailyStats')).toEqual([expect.objectContaining({ pitch: 1, clean: 1 })]);
    // The pitch's echo record was in the failed write: retried, it is stored, so a restart still knows the template.
    const restarted = await createInboxService({ db: real, modelSnapshot, settings: async () => settings });
    const [again] = await restarted.screen([dm(TEMPLATE.replace('{name}', 'Jo'), 'ACoAAl3')]);
    expect(again!.echo?.senders).toBe(2);
  });

  it('merges many small echo chunks at start-up, keeping every record and the numbering after it', async () => {
    const name = `chunks-${Math.random()}`;
    const random = seededRandom(3);
    const word = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    const oneOffs = Array.from({ length: 40 }, () => Array.from({ length: 10 }, word).join(' '));
    const first = await service(name);
    for (const [i, text] of oneOffs.entries()) await first.inbox.screen([dm(text, `ACoAAc${i}`)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await first.db.count('echoChunks')).toBe(40);
    first.db.close();

    const second = await service(name);
    expect(await second.db.count('echoChunks')).toBe(1);
    const [copy] = await second.inbox.screen([dm(oneOffs[7]!, 'ACoAAcopy')]);
    expect(copy!.echo?.senders).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    second.db.close();

    const third = await service(name);
    expect(await third.db.count('echoChunks')).toBe(2);
    const [copies] = await third.inbox.screen([dm(oneOffs[7]!, 'ACoAAcopy2')]);
    expect(copies!.echo?.senders).toBe(3);
    const [other] = await third.inbox.screen([dm(oneOffs[8]!, 'ACoAAcopy3')]);
    expect(other!.echo?.senders).toBe(2);
  });

  it('rewrites echo chunks of an older format once at start-up, so later restarts replay their postings', async () => {
    const name = `old-chunks-${Math.random()}`;
    const first = await service(name);
    for (const [i, who] of ['Ana', 'Ben', 'Cy'].entries()) await first.inbox.screen([dm(TEMPLATE.replace('{name}', who), `ACoAAo${i}`)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // As an earlier version stored them: no record of which bands each record posted.
    const tx = first.db.transaction('echoChunks', 'readwrite');
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const { posted: _, ...old } = cursor.value;
      await cursor.update(old);
    }
    await tx.done;
    first.db.close();

    const second = await service(name);
    const rewritten = await second.db.getAll('echoChunks');
    expect(rewritten.map((c) => [c.from, c.join.length, c.posted?.length])).toEqual([[0, 3, 3]]);
    const [fourth] = await second.inbox.screen([dm(TEMPLATE.replace('{name}', 'Dee'), 'ACoAAo3')]);
    expect(fourth!.echo?.senders).toBe(4);
  });

  it('counts a message in the day’s totals once, even when screened again after a restart', async () => {
    const name = `count-once-${Math.random()}`;
    const pitch = dm(TEMPLATE.replace('{name}', 'Ana'), 'ACoAAk1');
    const first = await service(name);
    await first.inbox.screen([pitch, pitch]);
    await first.inbox.screen([pitch]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.db.close();
    const second = await service(name);
    await second.inbox.screen([pitch, dm('see you at the gym tomorrow morning then', 'ACoAAk2')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await second.db.getAll('dailyStats')).toEqual([expect.objectContaining({ pitch: 1, clean: 1 })]);
  });

  it('warms up on corpus messages that leave no trace in the echo index, the counters or storage', async () => {
    const { db, inbox } = await service(undefined, {}, true);
    expect(await inbox.wake('linkedin')).toBe(WARM_UP_TEXTS.length * WARM_UP_PASSES);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const store of ['echoChunks', 'dailyStats', 'countedIds', 'written'] as const) expect(await db.count(store)).toBe(0);
    // Had the warm-up fed the user's index, the same text from a second sender would be an echo.
    const [result] = await inbox.screen([dm(WARM_UP_TEXTS[0]!, 'ACoAAr1')]);
    expect(result!.echo).toBeNull();
  });

  it('stops warming up when the first batch comes, and a later wake starts none', async () => {
    const { inbox } = await service(undefined, {}, true);
    const warming = inbox.wake('x');
    await inbox.screen([dm('see you at the gym tomorrow morning then', 'ACoAAs1')]);
    expect(await warming).toBe(0);
    expect(await inbox.wake('x')).toBe(0);
  });

  it('does not warm up for a site the user switched off', async () => {
    const { inbox } = await service(undefined, { sites: { linkedin: { enabled: false }, x: { enabled: true } } }, true);
    expect(await inbox.wake('linkedin')).toBe(0);
    expect(await inbox.wake('x')).toBe(WARM_UP_TEXTS.length * WARM_UP_PASSES);
  });

  it('does not warm up where warming up does not pay (no core to spare): a wake scores nothing', async () => {
    const { inbox } = await service();
    expect(await inbox.wake('x')).toBe(0);
    const [result] = await inbox.screen([dm(TEMPLATE.replace('{name}', 'Ana'), 'ACoAAw1')]);
    expect(result!.verdict).toBe('pitch');
  });

  it('moves the verdict with the user’s threshold', async () => {
    const text = 'Hi Alex, quick question: are you open to a short call next week about how we help teams grow?';
    const { score } = (await (await service()).inbox.screen([dm(text, 'ACoAAt0')]))[0]!;
    const strict = await service(undefined, { threshold: score - 0.01 });
    const lenient = await service(undefined, { threshold: score + 0.01 });
    expect((await strict.inbox.screen([dm(text, 'ACoAAt1')]))[0]!.verdict).toBe('pitch');
    expect((await lenient.inbox.screen([dm(text, 'ACoAAt1')]))[0]!.verdict).toBe('clean');
  });
});
