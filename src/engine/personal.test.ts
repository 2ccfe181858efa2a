import { beforeAll, describe, expect, it } from 'vitest';
import { trainModel, type Model } from './model.ts';
import { compilePersonal, emptyPersonal, exportPersonal, forgetLabel, importPersonal, relabel } from './personal.ts';
import { screenMessageDetail } from './screen.ts';
import { FIXTURE_EXAMPLES } from './test-fixtures.ts';
import type { InboxMessage } from './types.ts';

let model: Model;
beforeAll(() => {
  model = trainModel(FIXTURE_EXAMPLES, { buckets: 1 << 14 });
});

const msg = (id: string, text: string): InboxMessage => ({ id, platform: 'linkedin', sender: { id: `s-${id}`, name: 'Sam' }, text });
const LABELLED = 'Hi! Our community runs a free weekly workshop on home espresso, want to join us on Saturday?';
const SIMILAR = 'Hey, our community runs a free weekly workshop on home espresso. Want to join us this Saturday?';
const UNRELATED = 'Can you review the budget numbers before Friday?';

describe('personal layer', () => {
  it('last label wins and relabelling the same id twice equals once', () => {
    let data = relabel(emptyPersonal(), { id: 'm1', label: 'pitch', text: LABELLED });
    data = relabel(data, { id: 'm1', label: 'genuine', text: LABELLED });
    const once = relabel(emptyPersonal(), { id: 'm1', label: 'genuine', text: LABELLED });
    expect(data.labels).toEqual(once.labels);
    const twice = relabel(once, { id: 'm1', label: 'genuine', text: LABELLED });
    const a = compilePersonal(model, once);
    const b = compilePersonal(model, twice);
    expect([...a.delta]).toEqual([...b.delta]);
  });

  it('does not depend on the order labels were given in', () => {
    const one = relabel(relabel(emptyPersonal(), { id: 'a', label: 'pitch', text: LABELLED }), { id: 'b', label: 'genuine', text: UNRELATED });
    const two = relabel(relabel(emptyPersonal(), { id: 'b', label: 'genuine', text: UNRELATED }), { id: 'a', label: 'pitch', text: LABELLED });
    expect([...compilePersonal(model, one).delta]).toEqual([...compilePersonal(model, two).delta]);
  });

  it('marking a message as a pitch raises the score of a similar next message, not of an unrelated one', () => {
    const before = screenMessageDetail({ model }, msg('n1', SIMILAR)).rawScore;
    const unrelatedBefore = screenMessageDetail({ model }, msg('n2', UNRELATED)).rawScore;
    const personal = compilePersonal(model, relabel(emptyPersonal(), { id: 'm1', label: 'pitch', text: LABELLED }));
    const after = screenMessageDetail({ model, personal }, msg('n1', SIMILAR)).rawScore;
    const unrelatedAfter = screenMessageDetail({ model, personal }, msg('n2', UNRELATED)).rawScore;
    expect(after).toBeGreaterThan(before + 0.2);
    expect(Math.abs(unrelatedAfter - unrelatedBefore)).toBeLessThan(0.1);
  });

  it('"not a pitch" lowers a similar pitch and clears the exact message', () => {
    const pitch = 'We help SaaS founders book 30 qualified meetings per month. Open to a quick call?';
    const similar = 'We help SaaS founders book 25 qualified meetings a month. Open to a quick chat?';
    const before = screenMessageDetail({ model }, msg('n1', similar)).rawScore;
    const personal = compilePersonal(model, relabel(emptyPersonal(), { id: 'm1', label: 'genuine', text: pitch }));
    expect(screenMessageDetail({ model, personal }, msg('n1', similar)).rawScore).toBeLessThan(before - 0.2);
    const exact = screenMessageDetail({ model, personal }, msg('m1-again', pitch));
    expect(exact.verdict).toBe('clean');
  });

  it('exports and imports as JSON', () => {
    const data = relabel(relabel(emptyPersonal(), { id: 'b', label: 'pitch', text: 'x', at: 5 }), { id: 'a', label: 'genuine', text: 'y' });
    const back = importPersonal(exportPersonal(data));
    expect(back).toEqual(data);
    expect(back.labels.map((l) => l.id)).toEqual(['a', 'b']);
    expect(forgetLabel(back, 'a').labels.map((l) => l.id)).toEqual(['b']);
  });

  it('refuses malformed imports', () => {
    expect(() => importPersonal('{"format":"nope"}')).toThrow(/personal data/);
    expect(() => importPersonal({ format: 'echo-screen/personal', version: 1, labels: [{ id: 1 }] })).toThrow(/label 0/);
  });
});
