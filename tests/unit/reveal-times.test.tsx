import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RevealTimes } from '../../components/popup/RevealTimes';
import { clockMaskMessaging, isFromExtension } from '../../utils/clock-mask/messages';
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

function answer(state: string) {
  return vi
    .spyOn(clockMaskMessaging, 'sendMessage')
    .mockImplementation((async (type: string) =>
      type === 'revealClockTimes' ? 'revealed' : state) as never);
}

afterEach(() => vi.restoreAllMocks());

describe('RevealTimes', () => {
  it('offers to show the times of a masked page, and says how long for', async () => {
    const send = answer('masking');
    render(<RevealTimes status={status('on')} now={0} tab={tab} onStatus={() => {}} />);
    const button = await screen.findByRole('button', { name: 'Show times on this page for now' });
    fireEvent.click(button);
    await screen.findByText('Times show on this page until you reload or close it.');
    expect(send).toHaveBeenCalledWith('revealClockTimes', undefined, 9);
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
});
