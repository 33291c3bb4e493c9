import { describe, expect, it } from 'vitest';
import { exportText, readImportText } from '../../utils/export-file';
import {
  errorsByField,
  fieldId,
  formToInput,
  settingsToForm,
  siteLines,
} from '../../utils/form/settings-form';
import { parseSettings } from '../../utils/settings/parse';
import { SETTINGS_VERSION, type Settings } from '../../utils/settings/schema';
import { settingsWith } from '../helpers/settings';

const custom: Settings = settingsWith({
  schedule: { start: '21:15', end: '06:45', days: [0, 5, 6], rampMinutes: 45 },
  blocking: {
    sites: ['youtube.com', 'news.example.org/live'],
    friction: 'off',
    pauseSeconds: 20,
    allowMinutes: 5,
  },
  neverTouch: ['docs.example.org'],
  contacts: [{ name: 'Sam', phone: '+1 555 0100', url: 'https://sam.example.net/' }],
});

describe('settings form mapping', () => {
  it('form text round-trips through the parser to the same settings', () => {
    const parsed = parseSettings(formToInput(settingsToForm(custom), SETTINGS_VERSION));
    expect(parsed).toEqual({ ok: true, settings: custom });
  });

  it('reads one site per line, ignoring blank lines and spaces', () => {
    expect(siteLines('  youtube.com \n\n reddit.com\n')).toEqual(['youtube.com', 'reddit.com']);
  });

  it('typed numbers and site text reach the parser as typed, so its messages name them', () => {
    const form = { ...settingsToForm(custom), rampMinutes: 'ten', sites: 'youtube.com\nno way' };
    const parsed = parseSettings(formToInput(form, SETTINGS_VERSION));
    expect(parsed.ok).toBe(false);
    expect(errorsByField(parsed.ok ? [] : parsed.errors)).toEqual({
      'schedule.rampMinutes': 'Choose a whole number from 0 to 120.',
      'blocking.sites': '"no way" is not a website address. Try something like youtube.com.',
    });
  });

  it('keeps the first message for a field, and names inputs by field path', () => {
    expect(
      errorsByField([
        { field: 'contacts.0.phone', message: 'first' },
        { field: 'contacts.0.phone', message: 'second' },
      ]),
    ).toEqual({ 'contacts.0.phone': 'first' });
    expect(fieldId('contacts.0.phone')).toBe('f-contacts-0-phone');
    expect(fieldId('schedule.start')).toBe('f-schedule-start');
  });
});

describe('settings file', () => {
  it('an export reads back to the same settings, version included', () => {
    const read = readImportText(exportText(custom));
    expect(read).toEqual({ ok: true, value: custom });
    expect(JSON.parse(exportText(custom)).version).toBe(SETTINGS_VERSION);
  });

  it.each([
    ['', /could not be read as settings/],
    ['{"version": 2,', /could not be read as settings/],
    ['[1, 2]', /not a Quiet Hours settings file/],
    ['"text"', /not a Quiet Hours settings file/],
    ['null', /not a Quiet Hours settings file/],
  ])('refuses %j with a plain message', (text, message) => {
    const read = readImportText(text);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(message);
  });
});
