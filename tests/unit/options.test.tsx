import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp } from '../../components/options/OptionsApp';
import { defaultSettings, type Settings } from '../../utils/settings/schema';
import { loadSettings, saveSettings } from '../../utils/settings/store';
import { SYNC_CHOICE } from '../../utils/storage/local';
import { installFakeAction } from './fakes/action';
import { clearStore, writeRaw } from './helpers/store';
import { settingsWith } from '../helpers/settings';
import { inTimeZone } from './helpers/time';

/** Set to make the background unreachable, as after an update that has not finished. */
const channel = vi.hoisted(() => ({ down: false }));
vi.mock('../../utils/protocol', async (importOriginal) => {
  const { sendToHandlers } = await import('./helpers/page-messages');
  return {
    ...(await importOriginal<object>()),
    sendMessage: ((...args: Parameters<typeof sendToHandlers>) => {
      if (channel.down) return Promise.reject(new Error('Could not establish connection.'));
      return sendToHandlers(...args);
    }) as typeof sendToHandlers,
  };
});
// The pages and their handlers are under test here; each feature has its own tests.
vi.mock('../../utils/background/features', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  FEATURES: [],
}));

const stored = async () => (await loadSettings()).settings;
const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const type = (id: string, value: string) => fireEvent.input(byId(id), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

async function openOptions(settings: Settings = defaultSettings()) {
  await saveSettings(settings, Date.now());
  render(<OptionsApp />);
  await screen.findByRole('button', { name: 'Save' });
}

/** The error line that belongs to the field with `id`, as the field itself points to it. */
function errorOf(id: string): string | null {
  const field = byId(id);
  if (field.getAttribute('aria-invalid') !== 'true') return null;
  const describedBy = field.getAttribute('aria-describedby') ?? '';
  const line = document.getElementById(`${id}-error`);
  return describedBy.split(' ').includes(`${id}-error`) ? (line?.textContent ?? null) : null;
}

// The handlers are imported on the first message; on a loaded machine that alone can outlast
// the first test's wait for the page, so it is done before the tests.
beforeAll(() => import('../../utils/background/handlers'));
beforeEach(async () => {
  await clearStore();
  installFakeAction();
  // Pages may ask whether private windows are allowed; WXT's fake browser has no answer of its own.
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(true);
  // Midday, when the default 22:00–07:00 hours are not running and the form shows them.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 27, 12, 0));
});
afterEach(() => {
  channel.down = false;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('options: the form', () => {
  it('shows the stored settings in their fields', async () => {
    await openOptions(settingsWith({ blocking: { sites: ['youtube.com', 'reddit.com'] } }));
    expect(byId('f-schedule-start').value).toBe('22:00');
    expect(byId('f-schedule-end').value).toBe('07:00');
    expect(byId('f-schedule-rampMinutes').value).toBe('30');
    expect(byId('f-blocking-sites').value).toBe('youtube.com\nreddit.com');
    expect((screen.getByLabelText('Monday') as HTMLInputElement).checked).toBe(true);
  });

  it('ends with what is kept and that nothing is sent anywhere', async () => {
    await openOptions();
    const section = screen.getByRole('region', { name: 'Your privacy' });
    expect(section.textContent).toContain('Quiet Hours sends nothing anywhere');
    expect(section.textContent).toContain('your morning answers never');
    expect(section.textContent).toContain('PRIVACY.md');
  });

  it('saves valid changes and says so calmly', async () => {
    await openOptions();
    type('f-schedule-start', '21:30');
    type('f-blocking-sites', 'https://www.YouTube.com/\nnews.example.org');
    fireEvent.click(screen.getByLabelText('Sunday'));
    save();
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const settings = await stored();
    expect(settings.schedule.start).toBe('21:30');
    expect(settings.schedule.days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(settings.blocking.sites).toEqual(['youtube.com', 'news.example.org']);
    // The form shows the normalised list the background stored.
    expect(byId('f-blocking-sites').value).toBe('youtube.com\nnews.example.org');
  });

  it('a missing time gets its error beside the start field and nothing is saved', async () => {
    await openOptions();
    type('f-schedule-start', '');
    save();
    await waitFor(() => expect(errorOf('f-schedule-start')).toBe('Choose a time.'));
    expect(errorOf('f-schedule-end')).toBeNull();
    expect(screen.getByText('Nothing was saved yet. The marked fields need a look.')).toBeTruthy();
    expect(document.activeElement).toBe(byId('f-schedule-start'));
    expect(await stored()).toEqual(defaultSettings());
  });

  it('the same start and end time is an error on the end field', async () => {
    await openOptions();
    type('f-schedule-end', '22:00');
    save();
    await waitFor(() =>
      expect(errorOf('f-schedule-end')).toBe(
        'Quiet hours need to start and end at different times.',
      ),
    );
  });

  it('an invalid site is named beside the site list and nothing is saved', async () => {
    await openOptions();
    type('f-blocking-sites', 'youtube.com\nnot a site!');
    save();
    await waitFor(() =>
      expect(errorOf('f-blocking-sites')).toBe(
        '"not a site!" is not a website address. Try something like youtube.com.',
      ),
    );
    expect(await stored()).toEqual(defaultSettings());
  });

  it('numbers out of range and no nights at all are errors on their own fields', async () => {
    await openOptions();
    type('f-schedule-rampMinutes', '500');
    type('f-blocking-pauseSeconds', '2');
    for (const day of [
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
      fireEvent.click(screen.getByLabelText(day));
    save();
    await waitFor(() =>
      expect(errorOf('f-schedule-rampMinutes')).toBe('Choose a whole number from 0 to 120.'),
    );
    expect(errorOf('f-blocking-pauseSeconds')).toBe('Choose a whole number from 5 to 300.');
    expect(document.getElementById('f-schedule-days-error')?.textContent).toBe(
      'Choose at least one night, or quiet hours will never start.',
    );
    expect(await stored()).toEqual(defaultSettings());
  });

  it('an edited field loses the "Saved" line until saved again', async () => {
    await openOptions();
    save();
    expect(await screen.findByText('Saved.')).toBeTruthy();
    type('f-schedule-end', '06:30');
    expect(screen.queryByText('Saved.')).toBeNull();
  });

  it('moving a slider updates the preview swatch', async () => {
    await openOptions();
    const swatch = document.querySelector<HTMLElement>('.qh-swatch')!;
    const before = swatch.style.filter;
    fireEvent.input(byId('f-effects-grayscale'), { target: { value: '80' } });
    expect(swatch.style.filter).not.toBe(before);
    expect(swatch.style.filter).toContain('grayscale(0.8)');
  });
});

describe('options: at night', () => {
  it('keeps the hours folded away until asked, and saves without showing them', async () => {
    vi.setSystemTime(new Date(2026, 10, 27, 23, 30));
    await openOptions();
    expect(document.getElementById('f-schedule-start')).toBeNull();
    expect(document.body.textContent).not.toMatch(/\d{1,2}:\d{2}/);
    save();
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await stored()).toEqual(defaultSettings());
    fireEvent.click(screen.getByRole('button', { name: 'Show the hours' }));
    expect(byId('f-schedule-start').value).toBe('22:00');
  });
});

describe('options: contacts', () => {
  it('adds a contact, and a bad phone number is an error beside that phone field', async () => {
    await openOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Add a contact' }));
    type('f-contacts-0-name', 'My sponsor');
    type('f-contacts-0-phone', 'call me');
    save();
    await waitFor(() =>
      expect(errorOf('f-contacts-0-phone')).toBe('"call me" does not look like a phone number.'),
    );
    expect((await stored()).contacts).toEqual([]);
    type('f-contacts-0-phone', '+1 555 0100');
    save();
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await stored()).contacts).toEqual([
      { name: 'My sponsor', phone: '+1 555 0100', url: '' },
    ]);
  });

  it('removes a contact', async () => {
    await openOptions(settingsWith({ contacts: [{ name: 'Sam', phone: '555 0100', url: '' }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Sam' }));
    save();
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await stored()).contacts).toEqual([]);
  });
});

describe('options: import, reset and recovery', () => {
  function importFile(text: string) {
    const input = byId('f-import');
    const file = new File([text], 'settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  }

  it('a malformed file gets a clear error and changes nothing', async () => {
    await openOptions();
    importFile('{ "version": 2, oops');
    expect(await screen.findByText(/could not be read as settings/)).toBeTruthy();
    expect(await stored()).toEqual(defaultSettings());
  });

  it('a foreign JSON file is refused as not a settings file', async () => {
    await openOptions();
    importFile('{ "name": "some other extension" }');
    expect(await screen.findByText('This is not a Quiet Hours settings file.')).toBeTruthy();
    expect(await stored()).toEqual(defaultSettings());
  });

  it('a valid file is saved and shown in the form', async () => {
    await openOptions();
    const settings = settingsWith({ neverTouch: ['docs.example.org'] });
    importFile(JSON.stringify(settings));
    expect(await screen.findByText('Imported and saved.')).toBeTruthy();
    expect(await stored()).toEqual(settings);
    expect(byId('f-neverTouch').value).toBe('docs.example.org');
  });

  it('a file over 256 KB is refused as too big before it is read, and changes nothing', async () => {
    await openOptions();
    const settings = { ...defaultSettings(), neverTouch: ['docs.example.org'] };
    // Valid settings, padded past the limit: the size alone decides.
    const text = JSON.stringify(settings).padEnd(256 * 1024 + 1, ' ');
    importFile(text);
    expect(await screen.findByText(/far too large to be Quiet Hours settings/)).toBeTruthy();
    expect(await stored()).toEqual(defaultSettings());
  });

  it('a file with an over-long list is refused without reading its entries', async () => {
    await openOptions();
    const sites = Array.from({ length: 501 }, (_, i) => (i === 500 ? 'not a site!' : `s${i}.test`));
    const settings = { ...defaultSettings(), blocking: { ...defaultSettings().blocking, sites } };
    importFile(JSON.stringify(settings));
    expect(
      await screen.findByText('That is more than 500 entries. Remove a few to save.'),
    ).toBeTruthy();
    expect(screen.queryByText(/"not a site!" is not a website address/)).toBeNull();
    expect(await stored()).toEqual(defaultSettings());
  });

  it('an import the background cannot answer says so instead of nothing', async () => {
    await openOptions();
    channel.down = true;
    importFile(JSON.stringify({ ...defaultSettings(), neverTouch: ['docs.example.org'] }));
    expect(await screen.findByText(/could not be saved just now/)).toBeTruthy();
    expect(screen.queryByText('Imported and saved.')).toBeNull();
  });

  it('resets to defaults only after the confirmation', async () => {
    const custom = settingsWith({ neverTouch: ['docs.example.org'] });
    await openOptions(custom);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my settings' }));
    expect(await stored()).toEqual(custom);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(async () => expect(await stored()).toEqual(defaultSettings()));
    await waitFor(() => expect(byId('f-neverTouch').value).toBe(''));
  });

  it('says when stored settings could not be read, and the notice can be dismissed', async () => {
    await writeRaw('settings', { version: 2, schedule: 'broken' });
    render(<OptionsApp />);
    expect(await screen.findByText('Your saved settings could not be read')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the unreadable copy' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss and forget it' }));
    await waitFor(() =>
      expect(screen.queryByText('Your saved settings could not be read')).toBeNull(),
    );
  });

  it('says calmly when lost settings were put back, until dismissed', async () => {
    const mine = { ...defaultSettings(), neverTouch: ['docs.example.org'] };
    await saveSettings(mine, Date.now());
    // The browser clears the extension's database, as Firefox can with a site's data.
    await clearStore();
    render(<OptionsApp />);
    expect(await screen.findByText('Your settings were put back')).toBeTruthy();
    expect(byId('f-neverTouch').value).toBe('docs.example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByText('Your settings were put back')).toBeNull());
    expect((await loadSettings()).restored).toBe(false);
  });
});

describe('options: your other browsers', () => {
  it('syncs the settings by default, and the contacts only once ticked', async () => {
    await openOptions();
    const settings = await screen.findByLabelText(
      /Keep these settings the same on my other browsers/,
    );
    const contacts = screen.getByLabelText('Include my contacts too') as HTMLInputElement;
    expect((settings as HTMLInputElement).checked).toBe(true);
    expect(contacts.checked).toBe(false);
    fireEvent.click(contacts);
    await waitFor(async () =>
      expect(await SYNC_CHOICE.get()).toEqual({ settings: true, contacts: true }),
    );
    fireEvent.click(settings);
    await waitFor(() => expect(contacts.disabled).toBe(true));
    expect(await SYNC_CHOICE.get()).toEqual({ settings: false, contacts: false });
    expect(contacts.checked).toBe(false);
  });
});

describe('options: the time zone', () => {
  const notice = () => screen.queryByText(/This browser says its time zone is UTC/);
  // Once listed, four hundred-odd zones make the page slow to search in this DOM.
  const slow = { timeout: 5000 };

  describe('in a browser that reports UTC', () => {
    inTimeZone('UTC');
    it(
      'says so in one line and offers the choice; once a zone is saved the line goes',
      { timeout: 20_000 },
      async () => {
        await openOptions();
        expect(notice()).toBeTruthy();
        expect(notice()!.textContent).not.toMatch(/\d{1,2}:\d{2}/);
        fireEvent.click(screen.getByRole('button', { name: 'Choose your time zone' }));
        expect(document.activeElement).toBe(byId('f-timeZone'));
        fireEvent.change(byId('f-timeZone'), { target: { value: 'Europe/Lisbon' } });
        save();
        // The full list of zones is in the page now: wait on storage rather than searching it.
        await waitFor(async () => expect((await stored()).timeZone).toBe('Europe/Lisbon'), slow);
        await waitFor(() => expect(notice()).toBeNull(), slow);
        expect(byId('f-timeZone').value).toBe('Europe/Lisbon');
      },
    );
    it("going back to this browser's zone stores null", { timeout: 20_000 }, async () => {
      await openOptions({ ...defaultSettings(), timeZone: 'Europe/Lisbon' });
      expect(notice()).toBeNull();
      byId('f-timeZone').focus();
      fireEvent.change(byId('f-timeZone'), { target: { value: '' } });
      save();
      await waitFor(async () => expect((await stored()).timeZone).toBeNull(), slow);
      await waitFor(() => expect(notice()).toBeTruthy(), slow);
    });
  });

  describe('in a browser that reports a real zone', () => {
    inTimeZone('Europe/Berlin');
    it("says nothing about UTC and names the browser's zone as the default", async () => {
      await openOptions();
      expect(notice()).toBeNull();
      expect(screen.getByRole('option', { name: 'This browser’s (Europe/Berlin)' })).toBeTruthy();
    });
  });
});

describe('options: at night, loosening waits', () => {
  const listed = (loosenAtNight: Settings['loosenAtNight']): Settings => ({
    ...defaultSettings(),
    blocking: { ...defaultSettings().blocking, sites: ['youtube.com', 'reddit.com'] },
    loosenAtNight,
  });
  const atNight = () => vi.setSystemTime(new Date(2026, 10, 27, 23, 30));

  it('says so in one line, and after Save says what waits for the morning; Cancel keeps the plan', async () => {
    atNight();
    await openOptions(listed('morning'));
    expect(screen.getByText(/ones that loosen it wait until morning/)).toBeTruthy();
    type('f-blocking-sites', 'reddit.com');
    save();
    expect(
      await screen.findByText(
        'Saved. Removing youtube.com from the sites that wait takes effect in the morning.',
      ),
    ).toBeTruthy();
    expect((await stored()).blocking.sites).toEqual(['youtube.com', 'reddit.com']);
    // The form keeps the plan as saved, and the waiting change is listed with Cancel.
    expect(byId('f-blocking-sites').value).toBe('reddit.com');
    expect(screen.queryByRole('button', { name: 'Take a breathing pause first' })).toBeNull();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Cancel: Removing youtube.com from the sites that wait takes effect in the morning.',
      }),
    );
    await waitFor(() => expect(byId('f-blocking-sites').value).toBe('youtube.com\nreddit.com'));
    expect(screen.queryByText(/takes effect (in the morning|after a breathing pause)/)).toBeNull();
    expect(document.body.textContent).not.toMatch(/\d{1,2}:\d{2}/);
  });

  it('in the default mode, applies the change once the breathing pause is over and the user says so', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    atNight();
    await openOptions(listed('pause'));
    expect(screen.getByText(/ones that loosen it come after a breathing pause/)).toBeTruthy();
    type('f-blocking-sites', 'reddit.com');
    save();
    expect(await screen.findByText(/Breathe slowly with the circle/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply it now' })).toBeNull();
    await vi.advanceTimersByTimeAsync(30_000);
    fireEvent.click(await screen.findByRole('button', { name: 'Apply it now' }));
    await waitFor(async () => expect((await stored()).blocking.sites).toEqual(['reddit.com']));
    await waitFor(() =>
      expect(
        screen.queryByText(/takes effect (in the morning|after a breathing pause)/),
      ).toBeNull(),
    );
  });
});
