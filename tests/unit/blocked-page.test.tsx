import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockedView } from '../../components/blocked/BlockedView';
import { FrameView } from '../../components/blocked/FrameView';
import { MorningView } from '../../components/blocked/MorningView';
import { originalUrlFrom, pauseUrlFor } from '../../utils/blocking/pause-url';
import { findClockTimes } from '../../utils/clock-text';

const ORIGINAL = 'https://www.youtube.com/watch?v=1#t=30';
const contacts = [{ name: 'My sponsor', phone: '+1 555 0100', url: '' }];

function renderPage(friction: 'off' | 'pause', onAllow = vi.fn(async () => true)) {
  render(
    <BlockedView
      original={ORIGINAL}
      blocking={{ friction, pauseSeconds: 30 }}
      contacts={contacts}
      region="US"
      onAllow={onAllow}
    />,
  );
  return onAllow;
}
const openButton = () => screen.queryByRole('button', { name: 'Open it for a while' });

afterEach(() => vi.useRealTimers());

describe('pause page address', () => {
  it('reads everything after the first #, the original fragment included', () => {
    const page = 'chrome-extension://id/blocked.html';
    expect(originalUrlFrom(pauseUrlFor(page, ORIGINAL))).toBe(ORIGINAL);
    expect(originalUrlFrom(`${page}#javascript:alert(1)`)).toBeNull();
    expect(originalUrlFrom(page)).toBeNull();
  });
});

describe('pause page in a frame of another site', () => {
  it('says the site can wait and opens the full pause page in the tab, never elsewhere', () => {
    render(<FrameView />);
    expect(screen.getByText('This can wait until morning')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open the pause page in this tab' });
    expect(link.getAttribute('target')).toBe('_top');
    expect(link.getAttribute('href')).toBe(location.href);
    expect(findClockTimes(document.body.textContent ?? '')).toEqual([]);
  });
});

describe('pause page', () => {
  it('shows the blocked address, the guidance and the user’s contacts, and no clock time', () => {
    renderPage('pause');
    expect(screen.getByText(ORIGINAL)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'This can wait until morning' })).toBeTruthy();
    expect(screen.getByText('My sponsor')).toBeTruthy();
    expect(findClockTimes(document.body.textContent ?? '')).toEqual([]);
  });

  it('with friction off offers no way through, and stays kind', () => {
    vi.useFakeTimers();
    renderPage('off');
    act(() => {
      vi.advanceTimersByTime(10 * 60_000);
    });
    expect(openButton()).toBeNull();
    expect(screen.getByText(/stays closed until morning/)).toBeTruthy();
  });

  it('with a pause, offers "open it for a while" only after the breathing, with no digits counting', async () => {
    vi.useFakeTimers();
    const onAllow = renderPage('pause');
    const breathing = screen.getByRole('status');
    expect(openButton()).toBeNull();
    act(() => {
      vi.advanceTimersByTime(29_000);
    });
    expect(openButton()).toBeNull();
    expect(breathing.textContent).not.toMatch(/\d/);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    fireEvent.click(openButton()!);
    expect(onAllow).toHaveBeenCalledWith(ORIGINAL);
  });

  it('says so kindly when the site could not be opened', async () => {
    vi.useFakeTimers();
    renderPage(
      'pause',
      vi.fn(async () => false),
    );
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    fireEvent.click(openButton()!);
    vi.useRealTimers();
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('"I can\'t sleep" opens the full guidance', () => {
    renderPage('off');
    expect(screen.queryByText('What helps')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: "I can't sleep" }));
    expect(screen.getByText(/very common right now/)).toBeTruthy();
    expect(document.querySelectorAll('details.qh-fold').length).toBeGreaterThanOrEqual(3);
  });
});

describe('pause page by day', () => {
  it('says it is morning and offers the original address when it is on the list', () => {
    render(<MorningView original={ORIGINAL} sites={['youtube.com']} />);
    expect(screen.getByRole('heading', { name: 'Good morning' })).toBeTruthy();
    expect(screen.getByRole('link', { name: ORIGINAL }).getAttribute('href')).toBe(ORIGINAL);
    expect(openButton()).toBeNull();
  });

  it('offers no link to an address that is not on the list: no open redirect', () => {
    render(<MorningView original="https://evil.example/login" sites={['youtube.com']} />);
    expect(screen.getByRole('heading', { name: 'Good morning' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByText('https://evil.example/login')).toBeNull();
  });
});
