import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../utils/settings/parse';
import { defaultSettings, type Settings } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';

function withChange(change: (s: Settings) => void): Settings {
  const s = defaultSettings();
  change(s);
  return s;
}

function errorsOf(input: unknown): Record<string, string> {
  const result = parseSettings(input);
  if (result.ok) return {};
  return Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

describe('parseSettings', () => {
  it('keeps a chosen time zone, and refuses one this browser does not know, beside its field', () => {
    const chosen = withChange((s) => (s.timeZone = 'Asia/Kolkata'));
    expect(parseSettings(chosen)).toEqual({ ok: true, settings: chosen });
    expect(errorsOf({ ...chosen, timeZone: 'Mars/Olympus_Mons' })).toEqual({
      timeZone:
        '“Mars/Olympus_Mons” is not a time zone this browser knows. Choose one from the list.',
    });
    expect(Object.keys(errorsOf({ ...chosen, timeZone: 3 }))).toEqual(['timeZone']);
    expect(Object.keys(errorsOf({ ...chosen, timeZone: undefined }))).toEqual(['timeZone']);
  });

  it('accepts the defaults unchanged', () => {
    expect(parseSettings(defaultSettings())).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('names a bad end time in plain words', () => {
    expect(errorsOf(withChange((s) => (s.schedule.end = '25:00')))).toEqual({
      'schedule.end':
        '25:00 is not a time of day. Use hours from 0 to 23 and minutes from 00 to 59.',
    });
  });

  it('refuses a night that starts and ends at the same time', () => {
    const errors = errorsOf(withChange((s) => (s.schedule.end = '22:00')));
    expect(errors['schedule.end']).toBe('Quiet hours need to start and end at different times.');
  });

  it('refuses a schedule with no nights', () => {
    expect(errorsOf(withChange((s) => (s.schedule.days = [])))).toHaveProperty('schedule.days');
  });

  it.each([
    ['effects.dim', (s: Settings) => (s.effects.dim = 101)],
    ['effects.warmth', (s: Settings) => (s.effects.warmth = -1)],
    ['effects.grayscale', (s: Settings) => (s.effects.grayscale = 2.5)],
    ['schedule.rampMinutes', (s: Settings) => (s.schedule.rampMinutes = 500)],
    ['blocking.allowMinutes', (s: Settings) => (s.blocking.allowMinutes = 0)],
  ])('puts an out-of-range number under %s', (field, change) => {
    expect(Object.keys(errorsOf(withChange(change)))).toEqual([field]);
  });

  it('names the entry that is not a site, and keeps the others normalised', () => {
    expect(errorsOf(withChange((s) => (s.blocking.sites = ['youtube.com', 'not a site'])))).toEqual(
      {
        'blocking.sites': '"not a site" is not a website address. Try something like youtube.com.',
      },
    );
    const ok = parseSettings(
      withChange((s) => (s.blocking.sites = ['https://WWW.YouTube.com/', 'youtube.com', ' '])),
    );
    expect(ok.ok && ok.settings.blocking.sites).toEqual(['youtube.com']);
  });

  it('checks each contact and says which one', () => {
    const errors = errorsOf(
      withChange((s) => {
        s.contacts = [
          { name: 'Sam', phone: '+1 555 0100', url: '' },
          { name: '', phone: 'call me', url: 'javascript:alert(1)' },
        ];
      }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      'contacts.1.name',
      'contacts.1.phone',
      'contacts.1.url',
    ]);
  });

  it.each(['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'MX', 'other', 'auto'] as const)(
    'keeps "Where you are" set to %s',
    (region) => {
      const parsed = parseSettings(withChange((s) => (s.region = region)));
      expect(parsed.ok && parsed.settings.region).toBe(region);
    },
  );

  it.each(['FR', 'gb', '', undefined])('refuses a region it has no lines for (%s)', (region) => {
    expect(errorsOf({ ...defaultSettings(), region })).toEqual({
      region: 'Choose where you are from the list.',
    });
  });

  it('fills nothing in silently: a missing field is an error', () => {
    const { clockHiding: _, ...rest } = defaultSettings();
    expect(errorsOf(rest)).toHaveProperty('clockHiding');
  });

  it.each([null, 'settings', [], { hello: 'world' }, { version: 'two' }])(
    'refuses %j as not settings',
    (input) => {
      expect(errorsOf(input)).toEqual({ version: 'This is not a Quiet Hours settings file.' });
    },
  );

  it('refuses settings from a newer version rather than guessing', () => {
    expect(errorsOf({ ...settingsWith(), version: 99 })).toHaveProperty('version');
  });

  it('normalises times like 7:05 to 07:05', () => {
    const ok = parseSettings(withChange((s) => (s.schedule.end = '7:05')));
    expect(ok.ok && ok.settings.schedule.end).toBe('07:05');
  });
});
