// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { observePage, type PageChanges } from './observe.ts';

describe('observePage', () => {
  it('calls onChange once per frame with the nodes the mutation records touched, added and removed', async () => {
    document.body.innerHTML = '<ul class="list"></ul><p class="other">x</p>';
    const frames: Array<() => void> = [];
    const calls: PageChanges[] = [];
    const controller = new AbortController();
    observePage({ doc: document, signal: controller.signal, shadowRoots: () => [], onChange: (nodes) => calls.push(nodes), requestFrame: (cb) => frames.push(cb) });
    frames.shift()!(); // the first pass
    const list = document.querySelector('.list')!;
    const [a, b] = [document.createElement('li'), document.createElement('li')];
    list.append(a);
    list.append(b);
    a.remove();
    (document.querySelector('.other')!.firstChild as Text).data = 'y';
    await Promise.resolve();
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({ targets: [list, document.querySelector('.other')!.firstChild], added: [a, b], removed: [a] });
    controller.abort();
  });

  it('ignores our own marked elements coming and going (label stylesheet, badges)', async () => {
    document.body.innerHTML = '<div class="row"></div>';
    const frames: Array<() => void> = [];
    observePage({ doc: document, signal: new AbortController().signal, shadowRoots: () => [], onChange: () => {}, requestFrame: (cb) => frames.push(cb) });
    frames.shift()!();
    const badge = document.createElement('echo-screen-badge');
    badge.setAttribute('data-echo-screen-style', '');
    document.querySelector('.row')!.append(badge);
    await Promise.resolve();
    badge.remove();
    await Promise.resolve();
    expect(frames).toHaveLength(0);
  });
});
