import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RevealTimes } from '../../components/popup/RevealTimes';
import { answerClockMaskAsks, isFromExtension } from '../../utils/clock-mask/messages';
import type { Status } from '../../utils/protocol';
import { fakeBrowser } from 'wxt/testing';
import { settingsWith } from '../helpers/settings';

const status = (phase: 'on' | 'off', clockHiding = true): Status =>
  ({
    night: { phase, level: phase === 'on' ? 1 : 0 },
    override: null,
    settings: settingsWith({ clockHiding }),
    recovered: false,
    restored: false,
  }) as unknown as Status;

const tab = { id: 9, url: 'https://news.example/' };

/** The clock mask in the tab, answering the popup as `state` until asked to reveal. */
function answer(state: string) {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation((async (_tab: number, message: { clockMask: string }) =>
      message.clockMask === 'reveal' ? 'revealed' : state) as never);
}

afterEach(() => vi.restoreAllMocks());

describe('RevealTimes', () => {
  it('offers to show the times of a masked page, and says how long for', async () => {
    const send = answer('masking');
    render(<RevealTimes status={status('on')} now={0} tab={tab} onStatus={() => {}} />);
    const button = await screen.findByRole('button', { name: 'Show times on this page for now' });
    fireEvent.click(button);
    await screen.findByText('Times show on this page until you reload or close it.');
    expect(send).toHaveBeenCalledWith(9, { clockMask: 'reveal' });
  });

  it('stays out of the way by day, with clock hiding off, or where no mask runs', async () => {
    const send = answer('idle');
    const { container, rerender } = render(
      <RevealTimes status={status('off')} now={0} tab={tab} onStatus={() => {}} />,
    );
    rerender(<RevealTimes status={status('on', false)} now={0} tab={tab} onStatus={() => {}} />);
    expect(send).not.toHaveBeenCalled();
    rerender(<RevealTimes status={status('on')} now={0} tab={tab} onStatus={() => {}} />);
    await waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(container.textContent).toBe('');
  });
});

describe('the mask only listens to the extension', () => {
  const id = fakeBrowser.runtime.id;
  // The mask reaches the extension APIs directly, as `browser` (Firefox) or `chrome`.
  const before = (globalThis as { browser?: unknown }).browser;
  beforeEach(() => ((globalThis as { browser?: unknown }).browser = fakeBrowser));
  afterEach(() => ((globalThis as { browser?: unknown }).browser = before));
  it('takes the popup and the extension’s own pages, not content scripts', () => {
    expect(isFromExtension({ id })).toBe(true);
    expect(
      isFromExtension({
        id,
        url: fakeBrowser.runtime.getURL('/popup.html'),
        tab: { id: 1 },
      } as never),
    ).toBe(true);
    expect(isFromExtension({ id, url: 'https://news.example/', tab: { id: 1 } } as never)).toBe(
      false,
    );
    expect(isFromExtension({ id: 'other-extension' })).toBe(false);
  });

  it('answers only the popup’s own questions, from the extension', () => {
    const heard: unknown[] = [];
    const stop = answerClockMaskAsks((ask) => {
      heard.push(ask.clockMask);
      return ask.clockMask === 'reveal' ? 'revealed' : 'masking';
    });
    const deliver = (message: unknown, sender: object) => {
      let answered: unknown;
      // The fake's types know only two arguments; the browser passes `sendResponse` third.
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => unknown;
      void trigger(message, sender, (a: unknown) => (answered = a));
      return answered;
    };
    expect(deliver({ clockMask: 'state' }, { id })).toBe('masking');
    expect(deliver({ clockMask: 'reveal' }, { id })).toBe('revealed');
    expect(deliver({ clockMask: 'reveal' }, { id, url: 'https://news.example/', tab: {} })).toBe(
      undefined,
    );
    expect(deliver({ type: 'revealClockTimes' }, { id })).toBe(undefined);
    expect(heard).toEqual(['state', 'reveal']);
    stop();
    expect(deliver({ clockMask: 'state' }, { id })).toBe(undefined);
  });
});
