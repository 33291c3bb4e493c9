import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loosenings,
  revertLoosening,
  STILLNESS_OPTIONS,
  tighteningPart,
  type Loosening,
} from '../../utils/settings/loosens';
import { pendingLines } from '../../utils/settings/loosens-words';
import { parseSettings } from '../../utils/settings/parse';
import { defaultSettings, type Settings, type Weekday } from '../../utils/settings/schema';
import { formatTimeOfDay } from '../../utils/time-of-day';

/** The default settings with a list and a never-touched site, as a rested person might keep them. */
function planned(): Settings {
  const base = defaultSettings();
  return {
    ...base,
    blocking: { ...base.blocking, sites: ['youtube.com', 'reddit.com'], friction: 'off' },
    neverTouch: ['docs.example.org'],
    notDimmed: ['maps.example.org'],
  };
}

type Change = (s: Settings) => Settings;
const schedule =
  (patch: Partial<Settings['schedule']>): Change =>
  (s) => ({
    ...s,
    schedule: { ...s.schedule, ...patch },
  });
const blocking =
  (patch: Partial<Settings['blocking']>): Change =>
  (s) => ({
    ...s,
    blocking: { ...s.blocking, ...patch },
  });
const effects =
  (patch: Partial<Settings['effects']>): Change =>
  (s) => ({
    ...s,
    effects: { ...s.effects, ...patch },
  });

const LOOSENING: Array<[string, Change, Loosening[]]> = [
  [
    'removing a listed site',
    blocking({ sites: ['reddit.com'] }),
    [{ kind: 'siteRemoved', site: 'youtube.com' }],
  ],
  [
    'adding a never-touched site',
    (s) => ({ ...s, neverTouch: [...s.neverTouch, 'youtube.com'] }),
    [{ kind: 'neverTouchAdded', site: 'youtube.com' }],
  ],
  [
    'the popup\'s "don\'t dim" on a listed site',
    (s) => ({ ...s, notDimmed: [...s.notDimmed, 'youtube.com'] }),
    [{ kind: 'notDimmedAdded', site: 'youtube.com' }],
  ],
  [
    'removing a night',
    schedule({ days: [0, 1, 2, 3, 4, 5] }),
    [{ kind: 'nightsRemoved', days: [6] }],
  ],
  ['starting later', schedule({ start: '23:00' }), [{ kind: 'hoursShorter' }]],
  ['ending earlier', schedule({ end: '06:00' }), [{ kind: 'hoursShorter' }]],
  ['a longer fade', schedule({ rampMinutes: 60 }), [{ kind: 'fadeLonger' }]],
  ['less dimming', effects({ dim: 10 }), [{ kind: 'effectLower', effect: 'dim' }]],
  ['less warmth', effects({ warmth: 0 }), [{ kind: 'effectLower', effect: 'warmth' }]],
  ['turning clock hiding off', (s) => ({ ...s, clockHiding: false }), [{ kind: 'clockHidingOff' }]],
  [
    'letting motion run again',
    (s) => ({ ...s, calmMotion: false }),
    [{ kind: 'stillnessOff', option: 'calmMotion' }],
  ],
  [
    'letting autoplay start by itself',
    (s) => ({ ...s, autoplayWaits: false }),
    [{ kind: 'stillnessOff', option: 'autoplayWaits' }],
  ],

  [
    'closed until morning → breathing pause',
    blocking({ friction: 'pause' }),
    [{ kind: 'frictionPause' }],
  ],
  ['a shorter breathing pause', blocking({ pauseSeconds: 10 }), [{ kind: 'pauseShorter' }]],
  ['a longer open time', blocking({ allowMinutes: 30 }), [{ kind: 'allowLonger' }]],
  [
    'changing how loosening waits',
    (s) => ({ ...s, loosenAtNight: 'morning' }),
    [{ kind: 'loosenAtNightChanged' }],
  ],
  [
    'reading the hours in another time zone',
    (s) => ({ ...s, timeZone: 'Asia/Tokyo' }),
    [{ kind: 'zoneChanged' }],
  ],
];

const TIGHTENING: Array<[string, Change]> = [
  ['adding a site', blocking({ sites: ['youtube.com', 'reddit.com', 'x.com'] })],
  ['removing a never-touched site', (s) => ({ ...s, neverTouch: [] })],
  ['dimming a site again', (s) => ({ ...s, notDimmed: [] })],
  [
    'adding nothing but contacts',
    (s) => ({ ...s, contacts: [{ name: 'Sam', phone: '+1 555 0100', url: '' }] }),
  ],
  ['starting earlier', schedule({ start: '21:00' })],
  ['ending later', schedule({ end: '08:00' })],
  [
    'a start after midnight moved back before it',
    (s) => schedule({ start: '21:30' })(schedule({ start: '00:30' })(s)),
  ],
  ['a shorter fade', schedule({ rampMinutes: 0 })],
  ['more gray', effects({ grayscale: 50 })],
  ['a longer breathing pause', blocking({ pauseSeconds: 60 })],
  ['a shorter open time', blocking({ allowMinutes: 5 })],
];

describe('what loosens the night', () => {
  it.each(LOOSENING)('%s loosens, and waits whole', (_, change, expected) => {
    const before = planned();
    const after = change(before);
    expect(loosenings(before, after)).toEqual(expected);
    expect(tighteningPart(before, after)).toEqual(before);
    expect(revertLoosening(before, after, expected[0]!)).toEqual(before);
  });

  it.each(TIGHTENING)('%s only tightens, and applies as it is', (_, change) => {
    const before = planned();
    const after = change(before);
    expect(loosenings(before, after)).toEqual([]);
    expect(tighteningPart(before, after)).toEqual(after);
  });

  it('going back to the browser’s own zone waits too, and cancelling it keeps the chosen zone', () => {
    const before: Settings = { ...planned(), timeZone: 'America/Mexico_City' };
    const after: Settings = { ...before, timeZone: null };
    expect(loosenings(before, after)).toEqual([{ kind: 'zoneChanged' }]);
    expect(tighteningPart(before, after).timeZone).toBe('America/Mexico_City');
    expect(revertLoosening(before, after, { kind: 'zoneChanged' })).toEqual(before);
  });

  it('moving the whole night later keeps the later end now and the later start waits', () => {
    const before = planned();
    const after = schedule({ start: '23:00', end: '08:00' })(before);
    expect(loosenings(before, after)).toEqual([{ kind: 'hoursShorter' }]);
    expect(tighteningPart(before, after).schedule).toMatchObject({ start: '22:00', end: '08:00' });
  });

  it('a start after midnight that keeps its day is shorter: the night does not move to another day', () => {
    // Monday 00:30–07:00 is not inside Monday 22:00 – Tuesday 07:00.
    const before = schedule({ start: '00:30', days: [1] })(planned());
    const after = schedule({ start: '23:00', days: [1] })(planned());
    expect(loosenings(before, after)).toEqual([{ kind: 'hoursShorter' }]);
  });

  it('a mixed change applies its tightening now and keeps the rest waiting', () => {
    const before = planned();
    const after: Settings = {
      ...before,
      schedule: { ...before.schedule, start: '21:00', end: '06:00' },
      effects: { dim: 10, warmth: 80, grayscale: 0 },
      blocking: { ...before.blocking, sites: ['reddit.com', 'x.com'] },
    };
    const now = tighteningPart(before, after);
    expect(now.schedule).toMatchObject({ start: '21:00', end: '07:00' });
    expect(now.effects).toEqual({ dim: 30, warmth: 80, grayscale: 0 });
    expect(now.blocking.sites).toEqual(['youtube.com', 'reddit.com', 'x.com']);
    expect(loosenings(now, after).map((l) => l.kind)).toEqual([
      'siteRemoved',
      'hoursShorter',
      'effectLower',
    ]);
  });

  it('says what waits in words, never with a time of day', () => {
    const before = planned();
    const after = blocking({ sites: ['reddit.com'] })({ ...before, clockHiding: false });
    const morning = pendingLines(
      { ...before, loosenAtNight: 'morning' },
      { ...after, loosenAtNight: 'morning' },
    );
    expect(morning.map((l) => l.sentence)).toEqual([
      'Removing youtube.com from the sites that wait takes effect in the morning.',
      'Showing times of day on pages takes effect in the morning.',
    ]);
    const pause = pendingLines(before, schedule({ end: '05:00' })(before));
    expect(pause[0]!.sentence).toMatch(/after a breathing pause/);
    expect(pause[0]!.sentence).not.toMatch(/\d/);
  });
});

const time = fc.integer({ min: 0, max: 1439 }).map(formatTimeOfDay);
const sites = fc.subarray(['a.test', 'b.test', 'c.test', 'd.test/live', 'e.test']);
const level = fc.integer({ min: 0, max: 100 });
const arbitrarySettings: fc.Arbitrary<Settings> = fc
  .record({
    start: time,
    end: time,
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>, {
      minLength: 1,
      maxLength: 7,
    }),
    rampMinutes: fc.integer({ min: 0, max: 120 }),
    dim: level,
    warmth: level,
    grayscale: level,
    sites,
    friction: fc.constantFrom('off' as const, 'pause' as const),
    pauseSeconds: fc.integer({ min: 5, max: 300 }),
    allowMinutes: fc.integer({ min: 1, max: 120 }),
    clockHiding: fc.boolean(),
    neverTouch: sites,
    notDimmed: sites,
    loosenAtNight: fc.constantFrom('pause' as const, 'morning' as const),
    calmMotion: fc.boolean(),
    autoplayWaits: fc.boolean(),
    keepSoundDown: fc.boolean(),
  })
  .filter((r) => r.start !== r.end)
  .map((r) => ({
    ...defaultSettings(),
    schedule: { start: r.start, end: r.end, days: [...r.days].sort(), rampMinutes: r.rampMinutes },
    effects: { dim: r.dim, warmth: r.warmth, grayscale: r.grayscale },
    blocking: {
      sites: r.sites,
      friction: r.friction,
      pauseSeconds: r.pauseSeconds,
      allowMinutes: r.allowMinutes,
    },
    clockHiding: r.clockHiding,
    neverTouch: r.neverTouch,
    notDimmed: r.notDimmed,
    loosenAtNight: r.loosenAtNight,
    calmMotion: r.calmMotion,
    autoplayWaits: r.autoplayWaits,
    keepSoundDown: r.keepSoundDown,
  }));

describe('the tightening part of any change', () => {
  it('never loosens, and is valid settings', () => {
    fc.assert(
      fc.property(arbitrarySettings, arbitrarySettings, (before, after) => {
        const now = tighteningPart(before, after);
        expect(loosenings(before, now)).toEqual([]);
        expect(parseSettings(now)).toEqual({ ok: true, settings: now });
      }),
    );
  });

  it('is the change itself when nothing loosens', () => {
    fc.assert(
      fc.property(arbitrarySettings, arbitrarySettings, (before, after) => {
        if (loosenings(before, after).length) return;
        expect(tighteningPart(before, after)).toEqual(after);
      }),
    );
  });

  it('holds nothing back that tightens: what applies now is at least as quiet as what was asked', () => {
    fc.assert(
      fc.property(arbitrarySettings, arbitrarySettings, (before, after) => {
        const now = tighteningPart(before, after);
        for (const effect of ['dim', 'warmth', 'grayscale'] as const)
          expect(now.effects[effect]).toBeGreaterThanOrEqual(after.effects[effect]);
        expect(now.blocking.sites).toEqual(expect.arrayContaining(after.blocking.sites));
        expect(after.neverTouch).toEqual(expect.arrayContaining(now.neverTouch));
        expect(after.notDimmed).toEqual(expect.arrayContaining(now.notDimmed));
        expect(now.schedule.days).toEqual(expect.arrayContaining(after.schedule.days));
        expect(now.schedule.rampMinutes).toBeLessThanOrEqual(after.schedule.rampMinutes);
        expect(now.blocking.pauseSeconds).toBeGreaterThanOrEqual(after.blocking.pauseSeconds);
        expect(now.blocking.allowMinutes).toBeLessThanOrEqual(after.blocking.allowMinutes);
        if (after.clockHiding) expect(now.clockHiding).toBe(true);
        for (const option of STILLNESS_OPTIONS) if (after[option]) expect(now[option]).toBe(true);
      }),
    );
  });

  it('cancelling every waiting change one by one never loosens either', () => {
    fc.assert(
      fc.property(arbitrarySettings, arbitrarySettings, (before, after) => {
        let left = after;
        for (const item of loosenings(before, after)) left = revertLoosening(before, left, item);
        expect(loosenings(before, left)).toEqual([]);
      }),
    );
  });
});
