import { beforeAll, describe, expect, it } from 'vitest';
import { trainModel, type Model } from './model.ts';
import { echoBoost, screenMessage, screenMessageDetail, senderKey, type ScreenContext } from './screen.ts';
import { normalize } from './normalize.ts';
import { FIXTURE_EXAMPLES } from './test-fixtures.ts';
import type { InboxMessage } from './types.ts';

let model: Model;
beforeAll(() => {
  model = trainModel(FIXTURE_EXAMPLES, { buckets: 1 << 14 });
});

const PITCH = 'Hi! I came across your profile. We help SaaS founders book 30 qualified meetings per month. Open to a quick 15 min call?';
const GENUINE = 'Congrats on the new role!';
const msg = (text: string, extra: Partial<InboxMessage> = {}): InboxMessage => ({
  id: 'm1',
  platform: 'linkedin',
  sender: { id: 'stranger', name: 'Stranger' },
  text,
  ...extra,
});

describe('screenMessage', () => {
  it('flags a pitch from a stranger and explains it', () => {
    const r = screenMessage({ model }, msg(PITCH));
    expect(r.verdict).toBe('pitch');
    expect(r.tactics.map((t) => t.id)).toEqual(expect.arrayContaining(['false-rapport', 'quick-call']));
    expect(r.echo).toBeNull();
    expect(Math.round(r.score * 100) / 100).toBe(r.score);
  });

  it('leaves a genuine message clean', () => {
    expect(screenMessage({ model }, msg(GENUINE)).verdict).toBe('clean');
  });

  it('marks the user’s own messages as own, unscored, and still shows them to the echo hook', () => {
    const seen: string[] = [];
    const ctx: ScreenContext = { model, echo: (m, n) => (seen.push(`${m.id}:${n.folded}`), { template: 't', senders: 5 }) };
    const r = screenMessage(ctx, msg(PITCH, { direction: 'out' }));
    expect(r).toEqual({ id: r.id, verdict: 'own', score: 0, tactics: [], echo: null });
    expect(seen).toEqual([`${r.id}:${normalize(PITCH).folded}`]);
  });

  it('never calls a contact’s message a pitch, but still scores and explains it', () => {
    const ctx: ScreenContext = { model, isContact: (s) => s.platform === 'linkedin' && s.id === 'stranger' };
    const r = screenMessage(ctx, msg(PITCH));
    expect(r.verdict).toBe('contact');
    expect(r.score).toBeGreaterThan(model.threshold);
    expect(r.tactics.length).toBeGreaterThan(0);
  });

  it('never flags someone the user has written to (clean, not a marked contact)', () => {
    const written = new Set([senderKey('linkedin', 'stranger')]);
    expect(screenMessage({ model, hasWrittenTo: (k) => written.has(k) }, msg(PITCH)).verdict).toBe('clean');
    expect(screenMessage({ model, hasWrittenTo: (k) => written.has(k) }, msg(PITCH, { platform: 'x' })).verdict).toBe('pitch');
  });

  it('follows the threshold', () => {
    const detail = screenMessageDetail({ model }, msg(PITCH));
    expect(screenMessage({ model, threshold: Math.min(1, detail.rawScore + 0.001) }, msg(PITCH)).verdict).toBe('clean');
    expect(screenMessage({ model, threshold: 0 }, msg(GENUINE)).verdict).toBe('pitch');
  });

  it('echo raises a suspicious message but can never make a pitch of a genuine one', () => {
    const echo = () => ({ template: 't1', senders: 40 });
    const genuine = screenMessageDetail({ model, echo }, msg(GENUINE));
    expect(genuine.verdict).toBe('clean');
    expect(genuine.rawScore).toBe(genuine.baseScore);
    expect(genuine.echo).toEqual({ template: 't1', senders: 40 });
    const borderline = msg('Hi, do you have 15 minutes this week to chat about your hiring plans?');
    const base = screenMessageDetail({ model }, borderline).rawScore;
    expect(base).toBeGreaterThan(0.3);
    expect(base).toBeLessThan(0.9);
    const threshold = base + 0.05;
    expect(screenMessage({ model, threshold }, borderline).verdict).toBe('clean');
    expect(screenMessage({ model, threshold, echo }, borderline).verdict).toBe('pitch');
    expect(screenMessage({ model, threshold, echo: () => ({ template: 't1', senders: 1 }) }, borderline).verdict).toBe('clean');
  });

  it('echo boost grows with senders and is capped', () => {
    expect(echoBoost(1)).toBe(0);
    expect(echoBoost(2)).toBeGreaterThan(0);
    expect(echoBoost(8)).toBeGreaterThan(echoBoost(2));
    expect(echoBoost(10_000)).toBe(2);
  });

  it('applies the user’s custom phrases', () => {
    const always = screenMessage({ model, customPhrases: { always: ['espresso'], never: [] } }, msg('Want to talk about ESPRESSO machines?'));
    expect(always.verdict).toBe('pitch');
    expect(always.tactics).toContainEqual({ id: 'custom-phrase', evidence: 'ESPRESSO' });
    const never = screenMessage({ model, customPhrases: { always: [], never: ['saas founders'] } }, msg(PITCH));
    expect(never.verdict).toBe('clean');
    const contact = screenMessage({ model, isContact: () => true, customPhrases: { always: ['espresso'], never: [] } }, msg('espresso?'));
    expect(contact.verdict).toBe('contact');
  });
});
