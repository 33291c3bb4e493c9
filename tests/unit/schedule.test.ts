import { describe, expect, it } from 'vitest';
import {
  nextChange,
  overrideInZone,
  pauseTonightOverride,
  startNowOverride,
  stateAt,
  type Override,
} from '../../utils/schedule';
import { defaultSettings, type Schedule, type Weekday } from '../../utils/settings/schema';
import { ELSEWHERE, inTimeZone, inZoneBothWays, local, wall } from './helpers/time';

const every = (
  start: string,
  end: string,
  rampMinutes = 0,
  days: Weekday[] = [0, 1, 2, 3, 4, 5, 6],
): Schedule => ({
  start,
  end,
  days,
  rampMinutes,
});

/** Local readings in the zone under test, worked out by the `Date` constructor. */
function readings(zone: () => string) {
  return { at: (text: string) => local(text, zone()), wallOf: (t: number) => wall(t, zone()) };
}

inZoneBothWays('Europe/Berlin', (zone) => {
  const { at, wallOf } = readings(zone);
  describe('a 22:00–07:00 night, every day', () => {
    const schedule = every('22:00', '07:00');
    it.each([
      ['2026-11-27 21:59', 'off'],
      ['2026-11-27 22:00', 'on'],
      ['2026-11-28 03:00', 'on'],
      ['2026-11-28 06:59', 'on'],
      ['2026-11-28 07:00', 'off'],
      ['2026-11-28 12:00', 'off'],
    ])('at %s it is %s', (text, phase) => {
      expect(stateAt(schedule, zone(), at(text)).phase).toBe(phase);
    });
    it('wakes at the start and at the end', () => {
      const next = (text: string) => wallOf(nextChange(schedule, zone(), at(text))!);
      expect(next('2026-11-27 12:00')).toBe('2026-11-27 22:00');
      expect(next('2026-11-27 23:00')).toBe('2026-11-28 07:00');
      expect(next('2026-11-28 07:00')).toBe('2026-11-28 22:00');
    });
  });
});

inZoneBothWays('America/New_York', (zone) => {
  const { at } = readings(zone);
  describe('a day owns the night that starts on it', () => {
    // 2026-11-27 is a Friday.
    const fridayOnly = every('22:00', '07:00', 0, [5]);
    it.each([
      ['2026-11-27 21:00', 'off'], // Friday evening, before it starts
      ['2026-11-27 23:00', 'on'], // Friday night
      ['2026-11-28 02:00', 'on'], // Saturday 02:00 belongs to Friday's night
      ['2026-11-28 22:30', 'off'], // Saturday night is not scheduled
      ['2026-11-27 02:00', 'off'], // Friday 02:00 would belong to Thursday's night
    ])('Friday only: at %s it is %s', (text, phase) => {
      expect(stateAt(fridayOnly, zone(), at(text)).phase).toBe(phase);
    });
    it('a night within one day (01:00–06:00) runs on its own day', () => {
      const early = every('01:00', '06:00', 0, [6]);
      expect(stateAt(early, zone(), at('2026-11-28 03:00')).phase).toBe('on');
      expect(stateAt(early, zone(), at('2026-11-29 03:00')).phase).toBe('off');
    });
  });
});

inZoneBothWays('Europe/London', (zone) => {
  const { at, wallOf } = readings(zone);
  describe('the ramp', () => {
    const schedule = every('22:00', '07:00', 30);
    it('fades in over the ramp minutes, then holds', () => {
      const state = (text: string) => stateAt(schedule, zone(), at(text));
      expect(state('2026-11-27 22:00')).toEqual({ phase: 'ramping', level: 0 });
      expect(state('2026-11-27 22:15')).toEqual({ phase: 'ramping', level: 0.5 });
      expect(state('2026-11-27 22:30')).toEqual({ phase: 'on', level: 1 });
    });
    it('the next change during the ramp is its end', () => {
      expect(wallOf(nextChange(schedule, zone(), at('2026-11-27 22:10'))!)).toBe(
        '2026-11-27 22:30',
      );
    });
  });

  describe('manual overrides', () => {
    const schedule = every('22:00', '07:00', 0);
    it('"start now" in the afternoon lasts until the next scheduled end', () => {
      const override = startNowOverride(schedule, zone(), at('2026-11-27 15:00'));
      expect(wallOf(override.until)).toBe('2026-11-28 07:00');
      expect(stateAt(schedule, zone(), at('2026-11-27 15:01'), override).phase).toBe('on');
      expect(stateAt(schedule, zone(), at('2026-11-28 07:00'), override).phase).toBe('off');
    });
    it('"pause tonight" during the night lasts until its end, and the next night runs', () => {
      const override = pauseTonightOverride(schedule, zone(), at('2026-11-27 23:00'))!;
      expect(wallOf(override.until)).toBe('2026-11-28 07:00');
      expect(stateAt(schedule, zone(), at('2026-11-28 03:00'), override).phase).toBe('off');
      expect(stateAt(schedule, zone(), at('2026-11-28 22:00'), override).phase).toBe('on');
      expect(wallOf(nextChange(schedule, zone(), at('2026-11-27 23:00'), override)!)).toBe(
        '2026-11-28 22:00',
      );
    });
    it('"pause tonight" in the evening covers the coming night', () => {
      const override = pauseTonightOverride(schedule, zone(), at('2026-11-27 19:00'))!;
      expect(stateAt(schedule, zone(), at('2026-11-27 23:00'), override).phase).toBe('off');
      expect(wallOf(override.until)).toBe('2026-11-28 07:00');
    });
    it('a lapsed override changes nothing', () => {
      const old: Override = {
        kind: 'pause',
        since: at('2026-11-20 23:00'),
        until: at('2026-11-21 07:00'),
      };
      expect(stateAt(schedule, zone(), at('2026-11-27 23:00'), old).phase).toBe('on');
    });
    it('nothing to pause with no nights in the coming week', () => {
      expect(
        pauseTonightOverride({ ...schedule, days: [] }, zone(), at('2026-11-27 23:00')),
      ).toBeUndefined();
    });
  });
});

describe('daylight saving time', () => {
  inZoneBothWays('America/New_York', (zone) => {
    const { at, wallOf } = readings(zone);
    describe('spring forward 2026-03-08 02:00 → 03:00, fall back 2026-11-01 02:00 → 01:00', () => {
      it('a start in the spring-forward gap begins once the clocks have jumped, moved on by the gap', () => {
        const schedule = every('02:30', '07:00');
        expect(stateAt(schedule, zone(), at('2026-03-08 01:59')).phase).toBe('off');
        expect(wallOf(nextChange(schedule, zone(), at('2026-03-08 01:00'))!)).toBe(
          '2026-03-08 03:30',
        );
      });
      it('an end in the fall-back repeat comes the first time round', () => {
        const schedule = every('22:00', '01:30');
        const end = nextChange(schedule, zone(), at('2026-10-31 23:00'))!;
        expect(wallOf(end)).toBe('2026-11-01 01:30');
        // The first 01:30 is EDT (UTC−4): 05:30 UTC.
        expect(new Date(end).toISOString()).toBe('2026-11-01T05:30:00.000Z');
      });
      it('a night across the change lasts an hour longer by the clock on the wall', () => {
        const schedule = every('22:00', '07:00');
        const start = at('2026-10-31 22:00');
        const end = nextChange(schedule, zone(), start)!;
        expect((end - start) / 3_600_000).toBe(10);
      });
    });
  });
  inZoneBothWays('Europe/London', (zone) => {
    const { at, wallOf } = readings(zone);
    it('an end in the gap (2026-03-29 01:00 → 02:00) happens once the clocks have jumped', () => {
      const schedule = every('22:00', '01:30');
      expect(wallOf(nextChange(schedule, zone(), at('2026-03-28 23:00'))!)).toBe(
        '2026-03-29 02:30',
      );
    });
  });
  inZoneBothWays('Australia/Lord_Howe', (zone) => {
    const { at, wallOf } = readings(zone);
    it('a start in the half-hour gap (2026-10-04 02:00 → 02:30) is moved on by half an hour', () => {
      const schedule = every('02:15', '06:00');
      expect(wallOf(nextChange(schedule, zone(), at('2026-10-04 01:00'))!)).toBe(
        '2026-10-04 02:45',
      );
      expect(stateAt(schedule, zone(), at('2026-10-04 02:40')).phase).toBe('off');
      expect(stateAt(schedule, zone(), at('2026-10-04 02:50')).phase).toBe('on');
    });
    it('an end in the half-hour repeat (2026-04-05 02:00 → 01:30) comes the first time round', () => {
      const schedule = every('22:00', '01:45');
      const end = nextChange(schedule, zone(), at('2026-04-04 23:00'))!;
      // The first 01:45 is still +11: 14:45 UTC.
      expect(new Date(end).toISOString()).toBe('2026-04-04T14:45:00.000Z');
    });
  });
  inZoneBothWays('Asia/Kolkata', (zone) => {
    const { at } = readings(zone);
    it('every night is the same length all year (no daylight saving)', () => {
      const schedule = every('22:00', '07:00');
      for (const day of ['2026-03-08', '2026-03-29', '2026-10-04', '2026-11-01']) {
        const start = at(`${day} 22:00`);
        expect((nextChange(schedule, zone(), start)! - start) / 3_600_000).toBe(9);
      }
    });
  });
});

describe('the zone is a parameter, whatever the process zone', () => {
  inTimeZone(ELSEWHERE);
  const schedule = every('22:00', '07:00');
  it('one instant is night in Kolkata and afternoon in New York', () => {
    const instant = Date.UTC(2026, 10, 27, 18, 0); // 23:30 in Kolkata, 13:00 in New York
    expect(stateAt(schedule, 'Asia/Kolkata', instant).phase).toBe('on');
    expect(stateAt(schedule, 'America/New_York', instant).phase).toBe('off');
  });
  it("the weekday is the zone's: Friday night in New York is already Saturday elsewhere", () => {
    const fridayOnly = every('22:00', '07:00', 0, [5]);
    const instant = local('2026-11-27 23:00', 'America/New_York');
    expect(stateAt(fridayOnly, 'America/New_York', instant).phase).toBe('on');
    expect(stateAt(fridayOnly, ELSEWHERE, instant).phase).toBe('off');
  });
});

describe('a start or pause re-timed to a new zone', () => {
  inTimeZone(ELSEWHERE);
  const schedule = every('22:00', '07:00', 30);
  it('"pause tonight" made in London lasts until morning in New York after the move', () => {
    const paused = pauseTonightOverride(
      schedule,
      'Europe/London',
      local('2026-11-27 23:00', 'Europe/London'),
    )!;
    // Half an hour later the hours are kept in New York, where it is early evening.
    const now = local('2026-11-27 18:30', 'America/New_York');
    const retimed = overrideInZone(paused, schedule, 'America/New_York', now)!;
    expect(retimed.since).toBe(paused.since);
    expect(wall(retimed.until, 'America/New_York')).toBe('2026-11-28 07:00');
    const lateThere = local('2026-11-28 03:00', 'America/New_York');
    expect(stateAt(schedule, 'America/New_York', lateThere, paused).phase).toBe('on');
    expect(stateAt(schedule, 'America/New_York', lateThere, retimed).phase).toBe('off');
  });
  it('"start now" keeps its start, so the fade goes on, and ends at the new morning', () => {
    const started = startNowOverride(
      schedule,
      'Europe/London',
      local('2026-11-27 15:00', 'Europe/London'),
    );
    const now = started.since + 10 * 60_000;
    const retimed = overrideInZone(started, schedule, 'Asia/Kolkata', now)!;
    expect(retimed.since).toBe(started.since);
    expect(wall(retimed.until, 'Asia/Kolkata')).toBe('2026-11-28 07:00');
  });
});

describe('defaults', () => {
  inZoneBothWays('America/New_York', (zone) => {
    it('a new user is winding down at 22:10 on any night', () => {
      const { schedule } = defaultSettings();
      expect(stateAt(schedule, zone(), local('2026-11-24 22:10', zone())).phase).toBe('ramping');
    });
  });
});
