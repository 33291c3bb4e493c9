import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { findClockTimes } from '../../utils/clock-text';
import { defaultSettings } from '../../utils/settings/schema';
import { loadSettings } from '../../utils/settings/store';
import { installFakeAction } from './fakes/action';
import { clearStore, readRaw } from './helpers/store';

vi.mock('../../utils/protocol', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sendMessage: (await import('./helpers/page-messages')).sendToHandlers,
}));
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

async function openWelcome(hour: number) {
  vi.setSystemTime(new Date(2026, 10, 27, hour, 0));
  render(<WelcomeApp />);
  await screen.findByRole('button', { name: 'Done' });
}

beforeEach(async () => {
  await clearStore();
  installFakeAction();
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(false);
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('welcome page', () => {
  it('offers the default hours, and Done stores the ones typed', async () => {
    await openWelcome(12);
    expect(byId('f-schedule-start').value).toBe('22:00');
    expect(byId('f-schedule-end').value).toBe('07:00');
    fireEvent.input(byId('f-schedule-start'), { target: { value: '21:30' } });
    press('Done');
    await screen.findByText('You are all set');
    expect((await loadSettings()).settings).toEqual({
      ...defaultSettings(),
      schedule: { ...defaultSettings().schedule, start: '21:30' },
    });
  });

  it('Skip stores nothing and the defaults stay in force', async () => {
    await openWelcome(12);
    fireEvent.input(byId('f-schedule-start'), { target: { value: '21:30' } });
    press('Skip for now');
    await screen.findByText('You are all set');
    expect(await readRaw('settings')).toBeUndefined();
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });

  it('a missing time is named beside its field and nothing is stored', async () => {
    await openWelcome(12);
    fireEvent.input(byId('f-schedule-end'), { target: { value: '' } });
    press('Done');
    await waitFor(() => expect(byId('f-schedule-end').getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('f-schedule-end-error')?.textContent).toBe('Choose a time.');
    expect(await readRaw('settings')).toBeUndefined();
  });

  it('during quiet hours it shows no time of day, and Done keeps the hours', async () => {
    await openWelcome(23);
    expect(byId('f-schedule-start')).toBeNull();
    const text = document.body.textContent ?? '';
    expect(findClockTimes(text)).toEqual([]);
    press('Done');
    await screen.findByText('You are all set');
    expect((await loadSettings()).settings).toEqual(defaultSettings());
  });

  it('says how to allow private windows when they are not allowed', async () => {
    await openWelcome(12);
    expect(await screen.findByText(/Allow in Incognito/)).toBeTruthy();
  });
});
