// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../messages.ts';
import { DEFAULT_SETTINGS } from '../storage/settings.ts';
import { Popup, type PopupApi } from './popup.tsx';

const page: PageState = {
  url: 'https://x.com/i/chat/requests/1-2',
  platform: 'x',
  surfaces: ['x-chat-requests'],
  found: 2,
  labelled: 2,
  markupWarning: false,
  senders: [{ platform: 'x', id: 'growthpilot_io', name: 'Growth Pilot', verdict: 'pitch', score: 0.97, messages: 2 }],
};

function api(over: Partial<PopupApi> = {}): PopupApi {
  return {
    pageState: vi.fn(async () => page),
    listContacts: vi.fn(async () => []),
    addContact: vi.fn(async (c) => [c]),
    removeContact: vi.fn(async () => []),
    settings: vi.fn(async () => DEFAULT_SETTINGS),
    updateSettings: vi.fn(async () => DEFAULT_SETTINGS),
    insight: vi.fn(async () => ({ days: [] }) as never),
    openOptions: vi.fn(async () => undefined),
    ...over,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('Popup', () => {
  it('lists the page’s senders and marks one as a real contact in one click', async () => {
    const ui = api();
    const root = document.createElement('div');
    render(<Popup api={ui} />, root);
    await settle();
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="Mark Growth Pilot as a real contact"]')!;
    expect(root.textContent).toContain('Growth Pilot');
    button.click();
    await settle();
    expect(ui.addContact).toHaveBeenCalledWith(expect.objectContaining({ platform: 'x', id: 'growthpilot_io', name: 'Growth Pilot' }));
    expect(button.getAttribute('aria-pressed')).toBe('true');
    render(null, root);
  });

  it('shows a failed save instead of swallowing it, and leaves the sender unmarked', async () => {
    const ui = api({ addContact: vi.fn(async () => Promise.reject(new Error('QuotaExceededError: the disk is full'))) });
    const root = document.createElement('div');
    render(<Popup api={ui} />, root);
    await settle();
    root.querySelector<HTMLButtonElement>('button[aria-label="Mark Growth Pilot as a real contact"]')!.click();
    await settle();
    expect(root.querySelector('[data-testid="save-failed"]')?.textContent).toMatch(/Could not save the change: .*disk is full/);
    expect(root.querySelector('button[aria-label="Mark Growth Pilot as a real contact"]')?.getAttribute('aria-pressed')).toBe('false');
    render(null, root);
  });
});
