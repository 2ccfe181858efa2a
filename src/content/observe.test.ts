// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { observePage, type PageChanges } from './observe.ts';

describe('observePage', () => {
  it('calls onChange at once, then at most once per rendered frame with what the mutation records touched, added and removed', async () => {
    document.body.innerHTML = '<ul class="list"></ul><p class="other">x</p>';
    const frames: Array<() => void> = [];
    const tasks: Array<() => void> = [];
    const calls: PageChanges[] = [];
    const controller = new AbortController();
    observePage({ doc: document, signal: controller.signal, shadowRoots: () => [], onChange: (nodes) => calls.push(nodes), afterFrame: (cb) => frames.push(cb), nextTask: (cb) => tasks.push(cb) });
    expect(calls).toHaveLength(0); // the first pass waits for a task of its own
    tasks.shift()!();
    expect(calls).toHaveLength(1);
    frames.shift()!(); // that frame rendered, nothing changed meanwhile
    expect(calls).toHaveLength(1);
    expect(frames).toHaveLength(0);

    // A change in a quiet frame is handed over in the observer's microtask, before the page renders.
    const list = document.querySelector('.list')!;
    const a = document.createElement('li');
    list.append(a);
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ targets: [list], added: [a], removed: [] });

    // Later changes in the same frame wait until it has rendered, and come as one call.
    const b = document.createElement('li');
    list.append(b);
    a.remove();
    (document.querySelector('.other')!.firstChild as Text).data = 'y';
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(calls).toHaveLength(3);
    expect(calls[2]).toEqual({ targets: [list, document.querySelector('.other')!.firstChild], added: [b], removed: [a] });
    controller.abort();
  });

  it('stops calling once the signal aborts', async () => {
    document.body.innerHTML = '<ul class="list"></ul>';
    const frames: Array<() => void> = [];
    const tasks: Array<() => void> = [];
    const calls: PageChanges[] = [];
    const controller = new AbortController();
    observePage({ doc: document, signal: controller.signal, shadowRoots: () => [], onChange: (nodes) => calls.push(nodes), afterFrame: (cb) => frames.push(cb), nextTask: (cb) => tasks.push(cb) });
    tasks.shift()!();
    frames.shift()!();
    controller.abort();
    document.querySelector('.list')!.append(document.createElement('li'));
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    expect(frames).toHaveLength(0);
  });

  it('ignores our own marked elements coming and going (label stylesheet, badges)', async () => {
    document.body.innerHTML = '<div class="row"></div>';
    const frames: Array<() => void> = [];
    const tasks: Array<() => void> = [];
    const calls: PageChanges[] = [];
    observePage({ doc: document, signal: new AbortController().signal, shadowRoots: () => [], onChange: (nodes) => calls.push(nodes), afterFrame: (cb) => frames.push(cb), nextTask: (cb) => tasks.push(cb) });
    tasks.shift()!();
    frames.shift()!();
    const badge = document.createElement('echo-screen-badge');
    badge.setAttribute('data-echo-screen-style', '');
    document.querySelector('.row')!.append(badge);
    await Promise.resolve();
    badge.remove();
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    expect(frames).toHaveLength(0);
  });
});
