import { describe, expect, it } from 'vitest';
import type { Status } from '../../utils/protocol';
import { mayShowHours, nightWords, tabWords } from '../../utils/popup-state';
import { defaultSettings } from '../../utils/settings/schema';
import { inTimeZone, local } from './helpers/time';

inTimeZone('America/New_York');

function status(phase: Status['night']['phase'], override: Status['override'] = null): Status {
  return {
    night: { phase, level: phase === 'off' ? 0 : 1 },
    override,
    settings: defaultSettings(),
    zone: 'America/New_York',
    recovered: false,
    restored: false,
  };
}

describe('popup words for the night (22:00–07:00 every night)', () => {
  it.each([
    ['on', '2026-11-27 23:30', 'on'],
    ['ramping', '2026-11-27 22:10', 'ramping'],
    ['off', '2026-11-27 12:00', 'offUntilEvening'],
    ['off', '2026-11-27 08:00', 'offUntilEvening'],
  ] as const)('%s at %s is %s', (phase, at, words) => {
    expect(nightWords(status(phase), local(at))).toBe(words);
  });

  it('a pause is named as one, and its night hides the hours', () => {
    const now = local('2026-11-27 23:30');
    const paused = status('off', { kind: 'pause', since: now, until: now + 3_600_000 });
    expect(nightWords(paused, now)).toBe('paused');
    expect(mayShowHours(paused, now)).toBe(false);
  });

  it('shows the hours only in the daytime with nothing running', () => {
    expect(mayShowHours(status('off'), local('2026-11-27 12:00'))).toBe(true);
    expect(mayShowHours(status('on'), local('2026-11-27 23:00'))).toBe(false);
    expect(mayShowHours(status('ramping'), local('2026-11-27 22:10'))).toBe(false);
    const now = local('2026-11-27 12:00');
    const started = status('on', { kind: 'start', since: now, until: now + 3_600_000 });
    expect(mayShowHours(started, now)).toBe(false);
  });

  it('with no night later today says off for now', () => {
    const s = status('off');
    s.settings.schedule.days = [1]; // Mondays only; 2026-11-27 is a Friday
    expect(nightWords(s, local('2026-11-27 12:00'))).toBe('offForNow');
  });
});

describe('popup words follow the zone the hours are in, not the process zone', () => {
  // 2026-11-27 12:30 in New York is 23:00 in Kolkata.
  const kolkata = (phase: Status['night']['phase']): Status => ({
    ...status(phase),
    settings: { ...defaultSettings(), timeZone: 'Asia/Kolkata' },
    zone: 'Asia/Kolkata',
  });
  it('hides the hours during a Kolkata night, though it is midday here', () => {
    expect(mayShowHours(kolkata('off'), local('2026-11-27 12:30'))).toBe(false);
  });
  it('says "until this evening" by the Kolkata day', () => {
    // 08:00 in New York is 18:30 in Kolkata: tonight's 22:00 there is still to come today.
    expect(nightWords(kolkata('off'), local('2026-11-27 08:00'))).toBe('offUntilEvening');
    // 14:00 in New York is 00:30 in Kolkata, past the night's start; by Kolkata's day nothing starts later today.
    const s = kolkata('off');
    s.settings.schedule.days = [5]; // Fridays only; 2026-11-28 is a Saturday in Kolkata
    expect(nightWords(s, local('2026-11-27 14:00'))).toBe('offForNow');
  });
});

describe('popup words for the current tab', () => {
  it.each([
    ['https://www.example.com/a', 'on', { kind: 'dimmed', site: 'example.com', waits: false }],
    ['https://example.com/a', 'off', { kind: 'notNow', site: 'example.com', waits: false }],
    ['https://docs.example.org/x', 'on', { kind: 'excluded', site: 'docs.example.org' }],
    ['https://maps.example.org/x', 'on', { kind: 'excluded', site: 'maps.example.org' }],
    ['chrome://extensions/', 'on', { kind: 'untouchable' }],
    ['about:blank', 'on', { kind: 'untouchable' }],
    ['https://addons.mozilla.org/firefox/', 'on', { kind: 'untouchable' }],
    ['https://example.com/file.pdf', 'on', { kind: 'untouchable' }],
    [undefined, 'on', { kind: 'untouchable' }],
  ] as const)('%s while %s', (url, phase, words) => {
    const s = status(phase);
    s.settings.neverTouch = ['docs.example.org'];
    s.settings.notDimmed = ['maps.example.org'];
    expect(tabWords(url, s)).toEqual(words);
  });

  it('says when leaving a page undimmed is saved but waits on the night', () => {
    const s = status('on');
    s.waiting = { ...s.settings, notDimmed: ['example.com'] };
    expect(tabWords('https://example.com/a', s)).toEqual({
      kind: 'dimmed',
      site: 'example.com',
      waits: true,
    });
  });

  it('does not call a page dimmed when every effect is set to nothing', () => {
    const s = status('on');
    s.settings.effects = { dim: 0, warmth: 0, grayscale: 0 };
    expect(tabWords('https://example.com/', s)).toEqual({
      kind: 'notNow',
      site: 'example.com',
      waits: false,
    });
  });
});
