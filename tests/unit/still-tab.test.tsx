import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { StillTab } from '../../components/popup/StillTab';
import type { Status } from '../../utils/protocol';
import { settingsWith } from '../helpers/settings';

const status = (phase: 'on' | 'off'): Status =>
  ({
    night: { phase, level: phase === 'on' ? 1 : 0 },
    zone: 'UTC',
    override: null,
    settings: settingsWith({ keepSoundDown: true }),
    recovered: false,
    restored: false,
  }) as unknown as Status;

const tab = { id: 9, url: 'https://video.example/' };

function mutedTab(reason: 'extension' | 'user') {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
    id: 9,
    mutedInfo: { muted: true, reason, extensionId: fakeBrowser.runtime.id },
  } as never);
  return vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
}

afterEach(() => vi.restoreAllMocks());

describe('StillTab (the popup, issue 16)', () => {
  it('says what is kept still on the tab at night, and nothing by day', async () => {
    mutedTab('user');
    const { unmount } = render(
      <StillTab status={status('on')} now={0} tab={tab} onStatus={() => {}} />,
    );
    await screen.findByText('Videos and sound wait for a click here.');
    unmount();
    const day = render(<StillTab status={status('off')} now={0} tab={tab} onStatus={() => {}} />);
    expect(day.container.textContent).toBe('');
  });

  it('says when Quiet Hours muted the tab, and turns its sound back on in one click', async () => {
    const update = mutedTab('extension');
    render(<StillTab status={status('on')} now={0} tab={tab} onStatus={() => {}} />);
    await screen.findByText('This tab started making sound on its own, so it was muted.');
    fireEvent.click(screen.getByRole('button', { name: 'Turn its sound back on' }));
    await waitFor(() => expect(update).toHaveBeenCalledWith(9, { muted: false }));
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
  });

  it('offers nothing for a tab the person muted themselves', async () => {
    mutedTab('user');
    render(<StillTab status={status('on')} now={0} tab={tab} onStatus={() => {}} />);
    await screen.findByText('Motion is calmed here.');
    await waitFor(() => expect(fakeBrowser.tabs.get).toHaveBeenCalledWith(9));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.queryByRole('button')).toBeNull();
  });
});
