import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BlockedView } from '../../components/blocked/BlockedView';
import { CheckInFields } from '../../components/options/CheckInFields';
import { PopupApp } from '../../components/popup/PopupApp';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { findClockTimes } from '../../utils/clock-text';
import { saveSettings } from '../../utils/settings/store';
import { DB_KEYS } from '../../utils/storage/db';
import { settingsWith } from '../helpers/settings';
import { installFakeAction } from './fakes/action';
import { clearStore, readRaw, writeRaw } from './helpers/store';
import { inTimeZone, local } from './helpers/time';

vi.mock('../../utils/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: (await import('./helpers/page-messages')).sendToHandlers,
}));
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

const contacts = [{ name: 'My sponsor', phone: '+1 555 0100', url: '' }];
const MORNING = '2026-11-12 09:00';
const NIGHT = '2026-11-12 23:30';
const OFFER = /ask each morning how the night went/;
const QUESTION = 'How was last night?';

inTimeZone('Europe/Madrid');
beforeEach(async () => {
  await clearStore();
  installFakeAction();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(true);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { id: 3, url: 'https://example.com/' } as never,
  ]);
  await saveSettings(settingsWith({ schedule: { start: '22:00', end: '07:00' }, contacts }), 0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Opens the popup at a local time and waits for it to be drawn and the check-in to arrive. */
async function openPopup(at: string) {
  cleanup();
  vi.setSystemTime(local(at));
  render(<PopupApp />);
  // The first opening in a file also loads the background's modules: give it time.
  await screen.findByRole('heading', { name: 'This page' }, { timeout: 5000 });
  // Let the check-in's answer arrive (what should show is awaited with findBy…).
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Nights answered hard before the morning under test. */
const hardNights = (...nights: string[]) =>
  writeRaw(
    DB_KEYS.nights,
    nights.map((night) => ({ night, answer: 'none' })),
  );

describe('popup: the morning check-in', () => {
  it('is off until asked: offered by day only, and "No, thanks" is the end of it', async () => {
    await openPopup(NIGHT);
    expect(screen.queryByText(OFFER)).toBeNull();
    await openPopup(MORNING);
    expect(await screen.findByText(OFFER)).toBeTruthy();
    expect(screen.queryByText(QUESTION)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'No, thanks' }));
    await waitFor(() => expect(screen.queryByText(OFFER)).toBeNull());
    expect(await readRaw(DB_KEYS.checkIn)).toBe('off');
    await openPopup(MORNING);
    expect(screen.queryByText(OFFER)).toBeNull();
    expect(screen.queryByText(QUESTION)).toBeNull();
    expect(await readRaw(DB_KEYS.nights)).toBeUndefined();
  });

  it('once on, asks once a morning; the answer shows the strip with its text alternative', async () => {
    await openPopup(MORNING);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, ask me' }));
    expect(await screen.findByText(QUESTION)).toBeTruthy();
    for (const label of ['I slept some', 'Barely slept', "I didn't sleep", 'Skip'])
      expect(screen.getByRole('button', { name: label })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Barely slept' }));
    const strip = await screen.findByRole('img', {
      name: 'Last two weeks: 1 hard night, 0 with some sleep, 13 not answered',
    });
    expect(strip.children).toHaveLength(14);
    expect(strip.textContent).toBe('');
    expect(screen.queryByText(QUESTION)).toBeNull();
    expect(screen.getByText('Thank you. It stays on this device.')).toBeTruthy();
    // Opened again the same day: no question, the strip.
    await openPopup('2026-11-12 15:00');
    expect(screen.queryByText(QUESTION)).toBeNull();
    expect(await screen.findByRole('img', { name: /^Last two weeks/ })).toBeTruthy();
    // At night: neither question nor strip.
    await openPopup(NIGHT);
    expect(screen.queryByText(QUESTION)).toBeNull();
    expect(screen.queryByRole('img', { name: /^Last two weeks/ })).toBeNull();
  });

  it('Skip asks nothing more that day, and the night shows hollow', async () => {
    await writeRaw(DB_KEYS.checkIn, 'on');
    await openPopup(MORNING);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await screen.findByRole('img', {
      name: 'Last two weeks: 0 hard nights, 0 with some sleep, 14 not answered',
    });
    await openPopup('2026-11-12 18:00');
    expect(screen.queryByText(QUESTION)).toBeNull();
  });

  it('when hard nights pile up, leads with the words and support open, contacts first, day and night', async () => {
    await writeRaw(DB_KEYS.checkIn, 'on');
    await hardNights('2026-11-09', '2026-11-10', '2026-11-11');
    for (const at of [MORNING, NIGHT]) {
      await openPopup(at);
      const main = document.querySelector('main')!;
      const lead = await screen.findByText(/several hard nights close together/);
      // Before the night's words, right under the header.
      expect(main.children[1]!.contains(lead)).toBe(true);
      const supports = document.querySelectorAll('#qh-support');
      expect(supports).toHaveLength(1);
      const details = supports[0]!.querySelector('details')!;
      expect(details.open).toBe(true);
      expect(details.textContent!.indexOf('My sponsor')).toBeLessThan(
        details.textContent!.indexOf('local emergency number'),
      );
    }
    expect(findClockTimes(document.body.textContent ?? '')).toEqual([]);
    // A night with some sleep lets it step back.
    cleanup();
    vi.setSystemTime(local('2026-11-13 09:00'));
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'I slept some' }));
    await waitFor(() => expect(screen.queryByText(/several hard nights/)).toBeNull());
    const details = document.querySelector('#qh-support details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
  });

  it('while off, nothing shows even with answers somehow stored', async () => {
    await writeRaw(DB_KEYS.checkIn, 'off');
    await hardNights('2026-11-09', '2026-11-10', '2026-11-11');
    await openPopup(MORNING);
    expect(screen.queryByText(/several hard nights/)).toBeNull();
    expect(screen.queryByText(QUESTION)).toBeNull();
    expect(screen.queryByRole('img', { name: /^Last two weeks/ })).toBeNull();
  });
});

describe('pause page when hard nights pile up', () => {
  it('leads with the words and the support lines, contacts first', () => {
    render(
      <BlockedView
        original="https://youtube.com/"
        blocking={{ friction: 'off', pauseSeconds: 30 }}
        contacts={contacts}
        region="US"
        onAllow={async () => true}
        pileUp
      />,
    );
    const text = document.querySelector('main')!.textContent!;
    const lead = text.indexOf('several hard nights');
    expect(lead).toBeGreaterThan(0);
    expect(lead).toBeLessThan(text.indexOf('My sponsor'));
    expect(text.indexOf('My sponsor')).toBeLessThan(text.indexOf('https://youtube.com/'));
    expect(document.querySelectorAll('.qh-support')).toHaveLength(1);
  });
});

describe('welcome page: the check-in offered once', () => {
  it.each([
    [true, 'on'],
    [false, 'off'],
  ])('Done with the box ticked %s records %s', async (ticked, choice) => {
    vi.setSystemTime(local(MORNING));
    render(<WelcomeApp />);
    const box = (await screen.findByLabelText(
      'Ask me each morning how the night went',
    )) as HTMLInputElement;
    expect(box.checked).toBe(false);
    if (ticked) fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('You are all set');
    expect(await readRaw(DB_KEYS.checkIn)).toBe(choice);
  });

  it('"Skip for now" leaves it to be offered in the popup', async () => {
    vi.setSystemTime(local(MORNING));
    render(<WelcomeApp />);
    fireEvent.click(await screen.findByLabelText('Ask me each morning how the night went'));
    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    await screen.findByText('You are all set');
    expect(await readRaw(DB_KEYS.checkIn)).toBeUndefined();
  });
});

describe('settings: the morning check-in', () => {
  it('turns on and off at once; "Forget my nights" and off both forget every answer', async () => {
    vi.setSystemTime(local(MORNING));
    await writeRaw(DB_KEYS.checkIn, 'on');
    await hardNights('2026-11-10', '2026-11-11');
    render(<CheckInFields />);
    const box = (await screen.findByLabelText(
      'Ask each morning how the night went',
    )) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Forget my nights' }));
    await screen.findByText('Your nights are forgotten.');
    expect(await readRaw(DB_KEYS.nights)).toBeUndefined();
    await hardNights('2026-11-11');
    fireEvent.click(box);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Forget my nights' })).toBeNull(),
    );
    expect(await readRaw(DB_KEYS.checkIn)).toBe('off');
    expect(await readRaw(DB_KEYS.nights)).toBeUndefined();
    fireEvent.click(box);
    await screen.findByRole('button', { name: 'Forget my nights' });
    expect(await readRaw(DB_KEYS.checkIn)).toBe('on');
  });
});
