// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { DirectMessage, Extraction, SiteAdapter } from '../sites/types.ts';
import type { RowReads } from '../sites/row-reads.ts';
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
/** What observePage reports for a frame. */
const changes = (targets: Node[] = [], added: Node[] = [], removed: Node[] = []) => ({ targets, added, removed });

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

  it('asks again when a row keeps its id but its text changes (an edit), and relabels it', async () => {
    const { screener, screen } = setup('<div class="m" data-id="1" data-dir="in" data-sender="a">hi there</div>');
    screener.pass();
    await settle();
    expect(document.querySelector('.m')?.getAttribute('data-echo-screen')).toBe('clean');
    document.querySelector('.m')!.textContent = 'hi there, want to make six figures?';
    screener.pass();
    await settle();
    expect(screen).toHaveBeenCalledTimes(2);
    expect(screen.mock.calls[1]![0].map((m) => m.text)).toEqual(['hi there, want to make six figures?']);
    expect(document.querySelector('.m')?.getAttribute('data-echo-screen')).toBe('pitch');
    expect(screener.state()).toMatchObject({ found: 1, labelled: 1 });
  });

  it('an edit while the first text is still being screened: the row ends with the verdict of its current text', async () => {
    document.body.innerHTML = '<div class="m" data-id="1" data-dir="in" data-sender="a">hi there</div>';
    const answers: Array<() => void> = [];
    const screen = vi.fn((batch: DirectMessage[]) => new Promise<ScoredMessage[]>((resolve) => answers.push(() => resolve(batch.map(verdictFor)))));
    const screener = createPageScreener({ adapter: fakeAdapter, doc: document, signal: new AbortController().signal, screen });
    screener.pass();
    document.querySelector('.m')!.textContent = 'now six figures';
    screener.pass();
    expect(screen.mock.calls.map(([batch]) => batch[0]!.text)).toEqual(['hi there', 'now six figures']);
    answers.shift()!();
    await settle();
    expect(document.querySelector('.m')?.hasAttribute('data-echo-screen')).toBe(false); // the old text's verdict is not shown
    answers.shift()!();
    await settle();
    expect(document.querySelector('.m')?.getAttribute('data-echo-screen')).toBe('pitch');
    screener.pass();
    expect(screen).toHaveBeenCalledTimes(2);
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

  it('reads the page while holding, and sends and labels only once released', async () => {
    document.body.innerHTML = '<div class="m" data-id="1" data-dir="in" data-sender="a">hello</div>';
    let holding = true;
    const screen = vi.fn(async (batch: DirectMessage[]) => batch.map(verdictFor));
    const screener = createPageScreener({ adapter: fakeAdapter, doc: document, signal: new AbortController().signal, screen, holding: () => holding });
    screener.pass();
    await settle();
    expect(screener.state().found).toBe(1);
    expect(screen).not.toHaveBeenCalled();
    holding = false;
    screener.release();
    await settle();
    expect(screen).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.m')?.getAttribute('data-echo-screen')).toBe('clean');
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

// The fake adapter again, reading through the row cache and able to read one `.list` alone (the fast paths).
function scopedAdapter(calls: { extract: number; scope: number; parsed: number; rows?: number }): SiteAdapter {
  const readRows = (scope: ParentNode | Element[], reads?: RowReads) => {
    const out = [];
    for (const row of Array.isArray(scope) ? scope : scope.querySelectorAll('.m')) {
      const parse = (r: Element) => {
        calls.parsed++;
        return { id: r.getAttribute('data-id')!, text: r.textContent ?? '', dir: r.getAttribute('data-dir') as 'in' | 'out' };
      };
      const read = reads ? reads.read(row, parse) : { value: parse(row) };
      if (!read) break;
      const { id, text, dir } = read.value;
      if (!text) continue;
      out.push({ row, message: { id, conversationId: 'c1', direction: dir, text, sender: { platform: 'linkedin' as const, id: 'a', name: 'a' } } });
    }
    return out;
  };
  return {
    ...fakeAdapter,
    extract(root, _url, reads) {
      calls.extract++;
      return { surfaces: ['linkedin-thread'], conversations: [], messages: readRows(root, reads) };
    },
    messageScopes: ['.list'],
    extractScope(scope, _root, _url, reads) {
      calls.scope++;
      return readRows(scope, reads);
    },
  };
}

// …and able to read rows alone (the fastest path).
function rowsAdapter(calls: { extract: number; scope: number; parsed: number; rows: number }): SiteAdapter {
  return {
    ...scopedAdapter(calls),
    messageRows: ['.m'],
    extractRows(rows, _scope, _root, _url, reads) {
      calls.rows++;
      const out = [];
      for (const row of rows) {
        const read = reads!.read(row, (r) => {
          calls.parsed++;
          return { id: r.getAttribute('data-id')!, text: r.textContent ?? '' };
        });
        if (!read) break;
        const { id, text } = read.value;
        if (text) out.push({ row, message: { id, conversationId: 'c1', direction: 'in' as const, text, sender: { platform: 'linkedin' as const, id: 'a', name: 'a' } } });
      }
      return out;
    },
  };
}

describe('createPageScreener fast paths', () => {
  const row = (id: number, text = `hello ${id}`) => `<div class="m" data-id="${id}" data-dir="in">${text}</div>`;

  it('after a row is added to a list, reads that list alone and parses only the new row', async () => {
    document.body.innerHTML = `<div class="list">${row(1)}${row(2)}</div><div class="elsewhere"></div>`;
    const calls = { extract: 0, scope: 0, parsed: 0 };
    const screen = vi.fn(async (batch: DirectMessage[]) => batch.map(verdictFor));
    const screener = createPageScreener({ adapter: scopedAdapter(calls), doc: document, signal: new AbortController().signal, screen });
    screener.pass(changes());
    await settle();
    expect(calls).toEqual({ extract: 1, scope: 0, parsed: 2 });

    const list = document.querySelector('.list')!;
    list.insertAdjacentHTML('beforeend', row(3, 'make six figures'));
    screener.pass(changes([list], [list.lastElementChild!]));
    await settle();
    expect(calls).toEqual({ extract: 1, scope: 1, parsed: 3 });
    expect(document.querySelector('[data-id="3"]')?.getAttribute('data-echo-screen')).toBe('pitch');
    expect(screener.state().found).toBe(3);
    expect(screen).toHaveBeenLastCalledWith([expect.objectContaining({ id: '3' })]);

    // A change outside every list reads the whole page again (rows still come from the cache).
    screener.pass(changes([document.querySelector('.elsewhere')!]));
    expect(calls).toEqual({ extract: 2, scope: 1, parsed: 3 });
  });

  it('after a change inside a conversation-list row, reads that row alone (with the new message in the thread) and relabels it', async () => {
    document.body.innerHTML = `<ul class="convs"><li class="conv" data-key="k1"><p>hello 1</p></li><li class="conv" data-key="k2"><p>see you</p></li></ul><div class="list">${row(1)}</div>`;
    const calls = { extract: 0, scope: 0, parsed: 0, rows: 0, conversations: 0 };
    const readConv = (li: Element) => ({ key: li.getAttribute('data-key')!, participants: ['a'], snippet: li.textContent ?? '', direction: 'in' as const, unread: false, row: li });
    const base = rowsAdapter(calls);
    const adapter: SiteAdapter = {
      ...base,
      extract(root, url, reads) {
        return { ...base.extract(root, url, reads), conversations: [...root.querySelectorAll('.conv')].map(readConv) };
      },
      conversationRows: ['.conv'],
      extractConversations(rows) {
        calls.conversations++;
        return rows.map(readConv);
      },
    };
    const screen = vi.fn(async (batch: DirectMessage[]) => batch.map(verdictFor));
    const screener = createPageScreener({ adapter, doc: document, signal: new AbortController().signal, screen });
    screener.pass(changes());
    await settle();
    expect(calls).toMatchObject({ extract: 1, conversations: 0 });
    expect(screener.state().found).toBe(3);

    // A message arrives: the thread gets a row and the open conversation's snippet shows it.
    const list = document.querySelector('.list')!;
    list.insertAdjacentHTML('beforeend', row(2, 'make six figures'));
    const snippet = document.querySelector('[data-key="k1"] p')!;
    snippet.textContent = 'make six figures';
    screener.pass(changes([list, snippet], [list.lastElementChild!, snippet.firstChild!]));
    await settle();
    expect(calls).toMatchObject({ extract: 1, scope: 0, rows: 1, conversations: 1 });
    expect(document.querySelector('[data-key="k1"]')?.getAttribute('data-echo-screen')).toBe('pitch');
    expect(document.querySelector('[data-id="2"]')?.getAttribute('data-echo-screen')).toBe('pitch');
    expect(document.querySelector('[data-key="k2"]')?.getAttribute('data-echo-screen')).toBe('clean');
    expect(screener.state().found).toBe(4);

    // A row added to the conversation list lies outside every row: the whole page is read again.
    document.querySelector('.convs')!.insertAdjacentHTML('beforeend', '<li class="conv" data-key="k3"><p>new</p></li>');
    screener.pass(changes([document.querySelector('.convs')!], [document.querySelector('[data-key="k3"]')!]));
    expect(calls).toMatchObject({ extract: 2, conversations: 1 });
    // A pass with no records (an SPA navigation) reads the whole page too.
    screener.pass(changes());
    expect(calls).toMatchObject({ extract: 3, conversations: 1 });
  });

  it('reads rows added or edited alone, and the whole list after a row is removed', async () => {
    document.body.innerHTML = `<div class="list">${row(1)}${row(2)}</div>`;
    const calls = { extract: 0, scope: 0, parsed: 0, rows: 0 };
    const screen = vi.fn(async (batch: DirectMessage[]) => batch.map(verdictFor));
    const screener = createPageScreener({ adapter: rowsAdapter(calls), doc: document, signal: new AbortController().signal, screen });
    screener.pass(changes());
    await settle();
    const list = document.querySelector('.list')!;
    list.insertAdjacentHTML('beforeend', row(3, 'make six figures'));
    const added = list.lastElementChild!;
    const edited = list.querySelector('[data-id="1"]')!;
    edited.textContent = '';
    screener.pass(changes([list, edited], [added], []));
    await settle();
    expect(calls).toEqual({ extract: 1, scope: 0, parsed: 4, rows: 1 });
    expect(added.getAttribute('data-echo-screen')).toBe('pitch');
    expect(screen).toHaveBeenLastCalledWith([expect.objectContaining({ id: '3' })]);
    // The row that lost its text is no message any more.
    expect(screener.state().found).toBe(2);

    const removed = list.querySelector('[data-id="2"]')!;
    removed.remove();
    screener.pass(changes([list], [], [removed]));
    expect(calls).toMatchObject({ extract: 1, scope: 1, rows: 1 });
    expect(screener.state().found).toBe(1);
  });

  it('drops rows removed from a list and re-reads an edited row', async () => {
    document.body.innerHTML = `<div class="list">${row(1)}${row(2)}</div>`;
    const calls = { extract: 0, scope: 0, parsed: 0 };
    const screen = vi.fn(async (b: DirectMessage[]) => b.map(verdictFor));
    const screener = createPageScreener({ adapter: scopedAdapter(calls), doc: document, signal: new AbortController().signal, screen });
    screener.pass(changes());
    await settle();
    const list = document.querySelector('.list')!;
    const removed = list.querySelector('[data-id="1"]')!;
    removed.remove();
    const edited = list.querySelector('[data-id="2"]')!;
    edited.textContent = 'six figures now';
    screener.pass(changes([list, edited], [edited.firstChild!], [removed]));
    await settle();
    expect(screener.state().found).toBe(1);
    // The verdict is cached by id and text: the edited text is asked about, the removed row is not.
    expect(screen.mock.calls.map(([batch]) => batch.map((m) => m.text))).toEqual([[expect.any(String), expect.any(String)], ['six figures now']]);
    expect(edited.getAttribute('data-echo-screen')).toBe('pitch');
    expect(calls.parsed).toBe(3);
  });

  it('spreads a long first read over frames when a pass runs out of budget', async () => {
    document.body.innerHTML = `<div class="list">${Array.from({ length: 100 }, (_, i) => row(i)).join('')}</div>`;
    const calls = { extract: 0, scope: 0, parsed: 0 };
    const frames: Array<() => void> = [];
    const screener = createPageScreener({
      adapter: scopedAdapter(calls),
      doc: document,
      signal: new AbortController().signal,
      screen: async (b) => b.map(verdictFor),
      budgetMs: 0,
      requestFrame: (cb) => frames.push(cb),
    });
    screener.pass(changes());
    expect(calls.parsed).toBe(8);
    expect(frames).toHaveLength(1);
    while (frames.length) frames.shift()!();
    await settle();
    expect(calls.parsed).toBe(100);
    // Verdicts, too, are written a budget at a time.
    expect(document.querySelectorAll('[data-echo-screen]').length).toBeLessThan(100);
    while (frames.length) frames.shift()!();
    expect(document.querySelectorAll('[data-echo-screen]')).toHaveLength(100);
  });

  it('goes on with a long first read by reading only the rows not read yet', async () => {
    document.body.innerHTML = `<div class="list">${Array.from({ length: 100 }, (_, i) => row(i)).join('')}</div>`;
    const calls = { extract: 0, scope: 0, parsed: 0, rows: 0 };
    const frames: Array<() => void> = [];
    const screener = createPageScreener({
      adapter: rowsAdapter(calls),
      doc: document,
      signal: new AbortController().signal,
      screen: async (b) => b.map(verdictFor),
      budgetMs: 0,
      requestFrame: (cb) => frames.push(cb),
    });
    screener.pass();
    while (frames.length) frames.shift()!();
    // 8 rows a pass (the budget is spent at once): no row is parsed twice.
    expect(calls).toEqual({ extract: 1, scope: 0, parsed: 100, rows: 12 });
    expect(screener.state().found).toBe(100);
  });

  it('keeps two batches in flight and ignores answers asked before a rescreen', async () => {
    document.body.innerHTML = `<div class="list">${Array.from({ length: 600 }, (_, i) => row(i)).join('')}</div>`;
    const answers: Array<() => void> = [];
    const screen = vi.fn((batch: DirectMessage[]) => new Promise<ScoredMessage[]>((resolve) => answers.push(() => resolve(batch.map(verdictFor)))));
    const screener = createPageScreener({ adapter: fakeAdapter, doc: document, signal: new AbortController().signal, screen });
    screener.pass();
    // Batches over 50 are handed over in a task of their own.
    expect(screen).toHaveBeenCalledTimes(0);
    await settle();
    expect(screen).toHaveBeenCalledTimes(2);
    expect(screen.mock.calls.map(([b]) => b.length)).toEqual([100, 100]);
    screener.rescreenAll();
    answers.shift()!(); // stale
    await settle();
    expect(document.querySelector('[data-id="0"]')?.hasAttribute('data-echo-screen')).toBe(false);
    while (answers.length) {
      answers.shift()!();
      await settle(); // the answer is applied and the next batch asked for…
      await settle(); // …in a task of its own
    }
    expect(document.querySelectorAll('[data-echo-screen]')).toHaveLength(600);
  });

  it("sends the newest messages first, each batch in page order, and the list's snippets after the thread", async () => {
    const convs = ['k1', 'k2'].map((key) => `<li class="conv" data-key="${key}"><p>hello ${key}</p></li>`).join('');
    document.body.innerHTML = `<ul class="convs">${convs}</ul><div class="list">${Array.from({ length: 250 }, (_, i) => row(i)).join('')}</div>`;
    const readConv = (li: Element) => ({ key: li.getAttribute('data-key')!, participants: ['a'], snippet: li.textContent ?? '', direction: 'in' as const, unread: false, row: li });
    const adapter: SiteAdapter = {
      ...fakeAdapter,
      extract: (root, url) => ({ ...fakeAdapter.extract(root, url), conversations: [...root.querySelectorAll('.conv')].map(readConv) }),
    };
    const answers: Array<() => void> = [];
    const screen = vi.fn((batch: DirectMessage[]) => new Promise<ScoredMessage[]>((resolve) => answers.push(() => resolve(batch.map(verdictFor)))));
    const screener = createPageScreener({ adapter, doc: document, signal: new AbortController().signal, screen });
    screener.pass();
    await settle();
    while (answers.length) {
      answers.shift()!();
      await settle();
      await settle();
    }
    const ids = screen.mock.calls.map(([batch]) => batch.map((m) => (m.id.startsWith('row:') ? m.id.split(':')[1] : Number(m.id))));
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
    expect(ids).toEqual([range(150, 250), range(50, 150), [...range(0, 50), 'k1', 'k2']]);
    expect(document.querySelectorAll('[data-echo-screen]')).toHaveLength(252);
  });

  it('never throws into the page when the scoped read throws', () => {
    document.body.innerHTML = `<div class="list">${row(1)}</div>`;
    const calls = { extract: 0, scope: 0, parsed: 0 };
    const adapter = { ...scopedAdapter(calls), extractScope: () => { throw new Error('markup changed'); } };
    const screener = createPageScreener({ adapter, doc: document, signal: new AbortController().signal, screen: async (b) => b.map(verdictFor) });
    screener.pass(changes());
    expect(() => screener.pass(changes([document.querySelector('.list')!]))).not.toThrow();
  });
});
