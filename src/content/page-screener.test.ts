// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { DirectMessage, Extraction, SiteAdapter } from '../sites/types.ts';
import type { ScoredMessage } from '../engine/types.ts';
import { createPageScreener } from './page-screener.ts';

// A tiny adapter over a made-up markup: <div class="m" data-id data-dir data-sender>text</div>.
const fakeAdapter: SiteAdapter = {
  platform: 'linkedin',
  isMessagingUrl: (url) => url.pathname.startsWith('/messaging/'),
  shadowRoots: () => [],
  extract(root): Extraction {
    const rows = [...root.querySelectorAll('.m')];
    return {
      surfaces: rows.length ? ['linkedin-thread'] : [],
      conversations: [],
      messages: rows.map((row) => ({
        row,
        message: {
          id: row.getAttribute('data-id')!,
          conversationId: 'c1',
          direction: row.getAttribute('data-dir') as 'in' | 'out',
          text: row.textContent ?? '',
          sender: { platform: 'linkedin', id: row.getAttribute('data-sender')!, name: row.getAttribute('data-sender')! },
        },
      })),
    };
  },
};

const verdictFor = (m: DirectMessage): ScoredMessage => ({
  id: m.id,
  verdict: m.direction === 'out' ? 'own' : /six figures/.test(m.text) ? 'pitch' : 'clean',
  score: /six figures/.test(m.text) ? 0.934 : 0.1,
  tactics: /six figures/.test(m.text) ? [{ id: 'income-claim', evidence: 'six figures' }] : [],
  echo: null,
});

function setup(html: string) {
  document.body.innerHTML = html;
  history.replaceState(null, '', '/messaging/thread/2-abc/');
  const screen = vi.fn(async (batch: DirectMessage[]) => batch.map(verdictFor));
  const controller = new AbortController();
  const screener = createPageScreener({ adapter: fakeAdapter, doc: document, signal: controller.signal, screen });
  return { screener, screen, controller };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createPageScreener', () => {
  it('labels incoming rows with verdict and two-decimal score and outgoing rows as own', async () => {
    const { screener } = setup(
      '<div class="m" data-id="1" data-dir="in" data-sender="a">Make six figures from home</div>' +
        '<div class="m" data-id="2" data-dir="out" data-sender="me">no thanks</div>',
    );
    screener.pass();
    await settle();
    const [pitch, own] = document.querySelectorAll('.m');
    expect(pitch?.getAttribute('data-echo-screen')).toBe('pitch');
    expect(pitch?.getAttribute('data-echo-screen-score')).toBe('0.93');
    expect(pitch?.getAttribute('data-echo-screen-tactic')).toBe('income-claim');
    expect(own?.getAttribute('data-echo-screen')).toBe('own');
    expect(own?.hasAttribute('data-echo-screen-score')).toBe(false);
  });

  it('relabels a re-rendered row from the cache without asking again', async () => {
    const { screener, screen } = setup('<div class="m" data-id="1" data-dir="in" data-sender="a">hi there</div>');
    screener.pass();
    await settle();
    document.body.innerHTML = '<div class="m" data-id="1" data-dir="in" data-sender="a">hi there</div>';
    screener.pass();
    await settle();
    expect(document.querySelector('.m')?.getAttribute('data-echo-screen')).toBe('clean');
    expect(screen).toHaveBeenCalledTimes(1);
  });

  it('retries a batch the background failed to answer', async () => {
    document.body.innerHTML = '<div class="m" data-id="1" data-dir="in" data-sender="a">hello</div>';
    const timers: Array<() => void> = [];
    let calls = 0;
    const screener = createPageScreener({
      adapter: fakeAdapter,
      doc: document,
      signal: new AbortController().signal,
      screen: async (batch) => {
        if (calls++ === 0) throw new Error('worker restarting');
        return batch.map(verdictFor);
      },
      setTimeout: (cb) => timers.push(cb),
    });
    screener.pass();
    await settle();
    expect(document.querySelector('.m')?.hasAttribute('data-echo-screen')).toBe(false);
    timers.shift()?.();
    await settle();
    expect(document.querySelector('.m')?.getAttribute('data-echo-screen')).toBe('clean');
  });

  it('reports health: surfaces, counts and senders; warns when a messaging URL shows nothing', async () => {
    const { screener } = setup('<div class="m" data-id="1" data-dir="in" data-sender="a">six figures!</div>');
    screener.pass();
    await settle();
    expect(screener.state()).toMatchObject({
      surfaces: ['linkedin-thread'],
      found: 1,
      labelled: 1,
      markupWarning: false,
      senders: [{ id: 'a', verdict: 'pitch', score: 0.934, messages: 1 }],
    });
    document.body.innerHTML = '<div class="renamed">six figures!</div>';
    screener.pass();
    expect(screener.state()).toMatchObject({ found: 0, markupWarning: true });
  });

  it('survives an adapter that throws', () => {
    const { controller } = setup('');
    const screener = createPageScreener({
      adapter: { ...fakeAdapter, extract: () => { throw new Error('markup changed'); } },
      doc: document,
      signal: controller.signal,
      screen: async () => [],
    });
    expect(() => screener.pass()).not.toThrow();
    expect(screener.state().found).toBe(0);
  });

  it('rescreens everything after a contacts change', async () => {
    const { screener, screen } = setup('<div class="m" data-id="1" data-dir="in" data-sender="a">hello</div>');
    screener.pass();
    await settle();
    screener.rescreenAll();
    await settle();
    expect(screen).toHaveBeenCalledTimes(2);
  });
});
