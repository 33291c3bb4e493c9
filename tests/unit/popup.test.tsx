import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PopupApp } from '../../components/popup/PopupApp';
import { findClockTimes } from '../../utils/clock-text';
import type { Settings } from '../../utils/settings/schema';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { PAUSE_ASKED } from '../../utils/storage/local';
import { installFakeAction } from './fakes/action';
import { clearStore } from './helpers/store';
import { settingsWith } from '../helpers/settings';
import { inTimeZone } from './helpers/time';

vi.mock('../../utils/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: (await import('./helpers/page-messages')).sendToHandlers,
}));
// The pages and their handlers are under test here; each feature has its own tests.
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

/** Local `HH:MM`, `minutes` from now. */
function clockIn(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function withHours(start: number, end: number, rampMinutes = 0): Settings {
  return settingsWith({ schedule: { start: clockIn(start), end: clockIn(end), rampMinutes } });
}

const ON = () => withHours(-60, 180);
const RAMPING = () => withHours(-5, 180, 60);
const DAY = () => withHours(60, 180);

function activeTab(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url } as never]);
}

async function openPopup(settings: Settings, url = 'https://www.example.com/article') {
  await saveSettings(settings, Date.now());
  activeTab(url);
  render(<PopupApp />);
  await screen.findByRole('heading', { name: 'This page' });
}

/** Every time-of-day reading in the popup's text. */
const clockTimesShown = () => {
  const text = document.body.textContent ?? '';
  return findClockTimes(text).map(([from, to]) => text.slice(from, to));
};

beforeEach(async () => {
  await clearStore();
  installFakeAction();
  // Pages may ask whether private windows are allowed; WXT's fake browser has no answer of its own.
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(true);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('popup: the night in words', () => {
  it('says quiet hours are on, with no clock time anywhere', async () => {
    await openPopup(ON());
    expect(screen.getByText('Quiet hours are on')).toBeTruthy();
    expect(clockTimesShown()).toEqual([]);
    expect(document.body.textContent).not.toMatch(/\d{1,2}:\d{2}/);
  });

  it('says it is winding down during the fade, with no clock time or countdown', async () => {
    await openPopup(RAMPING());
    expect(screen.getByText('Winding down')).toBeTruthy();
    expect(clockTimesShown()).toEqual([]);
    expect(document.body.textContent).not.toMatch(/\d{1,2}:\d{2}|\bminutes?\b/);
  });

  it('in the daytime shows the configured hours and offers to start now', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-GB';
    const settings = DAY();
    await openPopup(settings);
    expect(screen.getByText(/^Off /)).toBeTruthy();
    expect(
      screen.getByText(`Your quiet hours: ${settings.schedule.start} to ${settings.schedule.end}`),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start quiet hours now' }));
    expect(await screen.findByText('Quiet hours are on')).toBeTruthy();
    expect(clockTimesShown()).toEqual([]);
  });
});

describe('popup: the hours by day, as the browser’s language writes times', () => {
  it.each([
    ['en-US', '10:00 PM to 07:00 AM'],
    ['en-GB', '22:00 to 07:00'],
  ])('%s: %s', async (language, words) => {
    fakeBrowser.i18n.getUILanguage = () => language;
    const settings = DAY();
    settings.schedule = { ...settings.schedule, start: '22:00', end: '07:00' };
    // Midday, when 22:00–07:00 is not running and the hours may show.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 27, 12, 0));
    await openPopup(settings);
    expect(screen.getByText(`Your quiet hours: ${words}`)).toBeTruthy();
    vi.useRealTimers();
  });
});

describe('popup: pausing tonight', () => {
  it('asks kindly first; keeping quiet hours changes nothing', async () => {
    await openPopup(ON());
    fireEvent.click(screen.getByRole('button', { name: 'Pause for tonight' }));
    expect(screen.getByText('Pause quiet hours for tonight?')).toBeTruthy();
    const keep = screen.getByRole('button', { name: 'Keep quiet hours on' });
    expect(document.activeElement).toBe(keep);
    fireEvent.click(keep);
    expect(screen.getByText('Quiet hours are on')).toBeTruthy();
    expect(screen.queryByText('Pause quiet hours for tonight?')).toBeNull();
  });

  it('pauses after the second step and the breathing pause, never shows a time, and resumes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await openPopup(ON());
    fireEvent.click(screen.getByRole('button', { name: 'Pause for tonight' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, pause tonight' }));
    // The same calm pause as the pause page comes first; only keeping the plan is offered during it.
    expect(await screen.findByText(/Breathe slowly with the circle/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yes, pause tonight' })).toBeNull();
    expect(screen.getByText('Quiet hours are on')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(30_000);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, pause tonight' }));
    expect(await screen.findByText('Paused for tonight')).toBeTruthy();
    // The scheduled night is still under way: its hours stay hidden.
    expect(clockTimesShown()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Turn quiet hours back on' }));
    expect(await screen.findByText('Quiet hours are on')).toBeTruthy();
  });

  it('keeping quiet hours during the breathing pause changes nothing', async () => {
    await openPopup(ON());
    fireEvent.click(screen.getByRole('button', { name: 'Pause for tonight' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, pause tonight' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep quiet hours on' }));
    expect(await screen.findByRole('button', { name: 'Pause for tonight' })).toBeTruthy();
    expect(screen.getByText('Quiet hours are on')).toBeTruthy();
  });

  it('opened by the "pause for tonight" shortcut, starts at the question, once', async () => {
    await PAUSE_ASKED.set(Date.now());
    await openPopup(ON());
    expect(await screen.findByText('Pause quiet hours for tonight?')).toBeTruthy();
    cleanup();
    await openPopup(ON());
    expect(screen.getByRole('button', { name: 'Pause for tonight' })).toBeTruthy();
    expect(screen.queryByText('Pause quiet hours for tonight?')).toBeNull();
  });

  it.each([
    ['by day', DAY()],
    ['when loosening waits for the morning', { ...ON(), loosenAtNight: 'morning' as const }],
  ])('opened by the shortcut %s, asks nothing', async (_, settings) => {
    await PAUSE_ASKED.set(Date.now());
    await openPopup(settings);
    await vi.waitFor(async () => expect(await PAUSE_ASKED.get()).toBe(0));
    // The answer's turn to redraw, had it asked.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Pause quiet hours for tonight?')).toBeNull();
  });

  it('when loosening waits for the morning, offers no pause at night and says where help is', async () => {
    await openPopup({ ...ON(), loosenAtNight: 'morning' });
    expect(screen.queryByRole('button', { name: 'Pause for tonight' })).toBeNull();
    expect(screen.getByText(/Tonight's plan holds until morning/)).toBeTruthy();
    expect(clockTimesShown()).toEqual([]);
  });
});

describe('popup: the current tab', () => {
  it('by day stops dimming a site in one click, and says it only stops the dimming', async () => {
    await openPopup(DAY());
    expect(screen.getByText(/Only the dimming stops\. Times of day stay hidden/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Don't dim example.com" }));
    expect(
      await screen.findByText('example.com is never dimmed. You can change that in Settings.'),
    ).toBeTruthy();
    const { settings } = await loadSettings();
    expect(settings.notDimmed).toEqual(['example.com']);
    expect(settings.neverTouch).toEqual([]);
  });

  it('at night the click waits for a breathing pause, and the page stays dimmed until then', async () => {
    await openPopup(ON());
    expect(screen.getByText('example.com is dimmed for quiet hours.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Don't dim example.com" }));
    expect(
      await screen.findByText(
        'Not dimming example.com takes effect after a breathing pause, or in the morning.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: "Keep tonight's plan" })).toBeTruthy();
    expect(screen.queryByRole('button', { name: "Don't dim example.com" })).toBeNull();
    expect(screen.getByText('example.com is dimmed for quiet hours.')).toBeTruthy();
    expect((await loadSettings()).settings.notDimmed).toEqual([]);
    expect(clockTimesShown()).toEqual([]);
  });

  it('at night, in "in the morning" mode, the click waits for the morning', async () => {
    await openPopup({ ...ON(), loosenAtNight: 'morning' });
    fireEvent.click(screen.getByRole('button', { name: "Don't dim example.com" }));
    expect(
      await screen.findByText('Not dimming example.com takes effect in the morning.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: "Keep tonight's plan" })).toBeNull();
    expect((await loadSettings()).settings.notDimmed).toEqual([]);
  });

  it('in the daytime says the page is not dimmed right now', async () => {
    await openPopup(DAY());
    expect(screen.getByText('example.com is not dimmed right now.')).toBeTruthy();
  });

  it.each(['chrome://settings/', 'about:addons', 'https://chromewebstore.google.com/x'])(
    'says the browser does not let extensions change %s',
    async (url) => {
      await openPopup(ON(), url);
      expect(screen.getByText(/does not let extensions change this page/)).toBeTruthy();
      expect(screen.queryByRole('button', { name: /Don't dim/ })).toBeNull();
    },
  );

  it('names a site already set aside as never dimmed', async () => {
    await openPopup({ ...ON(), neverTouch: ['example.com'] });
    expect(screen.getByText(/example\.com is never dimmed/)).toBeTruthy();
  });
});

describe('popup: guidance and support', () => {
  it('shows what to expect, the folded support links and the user’s own contacts', async () => {
    await openPopup({ ...ON(), contacts: [{ name: 'My sponsor', phone: '555 0100', url: '' }] });
    expect(screen.getByRole('heading', { name: 'What to expect' })).toBeTruthy();
    expect(screen.getByText('Where to find support')).toBeTruthy();
    expect(screen.getByText('My sponsor')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 555 0100' }).getAttribute('href')).toBe(
      'tel:5550100',
    );
  });
});

describe('popup: a browser that reports UTC', () => {
  inTimeZone('UTC');
  const notice = () => screen.queryByText(/This browser says its time zone is UTC/);
  it('says so by day', async () => {
    await openPopup(DAY());
    expect(notice()).toBeTruthy();
  });
  it('says nothing of it at night', async () => {
    await openPopup(ON());
    expect(notice()).toBeNull();
    expect(clockTimesShown()).toEqual([]);
  });
  it('says nothing of it once a zone is chosen', async () => {
    await openPopup({ ...DAY(), timeZone: 'UTC' });
    expect(notice()).toBeNull();
  });
});
