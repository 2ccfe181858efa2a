// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../sites/types.ts';
import { openShadowRoots } from '../sites/dom.ts';
import { trackShadowRoots } from './shadow-roots.ts';

const adapter = { shadowHosts: ['[data-host]'], shadowRoots: (doc: Document) => openShadowRoots(doc, ['[data-host]']) } as unknown as SiteAdapter;

function host(): Element {
  const el = document.createElement('div');
  el.setAttribute('data-host', '');
  el.attachShadow({ mode: 'open' });
  return el;
}

describe('trackShadowRoots', () => {
  it('finds the roots on the page, then new hosts among added nodes, and forgets removed ones', () => {
    document.body.innerHTML = '<main></main>';
    const first = host();
    document.body.append(first);
    const shadows = trackShadowRoots(document, adapter);
    expect(shadows.roots()).toEqual([first.shadowRoot]);

    // The site replaces its host, inside a wrapper.
    const wrapper = document.createElement('section');
    const second = host();
    wrapper.append(second);
    first.remove();
    document.querySelector('main')!.append(wrapper);
    expect(shadows.update([wrapper])).toEqual([second.shadowRoot]);
    expect(shadows.update([])).toEqual(adapter.shadowRoots(document));
  });

  it('finds a root attached after its host was added', () => {
    document.body.innerHTML = '<div data-host></div>';
    const shadows = trackShadowRoots(document, adapter);
    expect(shadows.roots()).toEqual([]);
    const shadow = document.querySelector('[data-host]')!.attachShadow({ mode: 'open' });
    expect(shadows.roots()).toEqual([shadow]);
  });
});
