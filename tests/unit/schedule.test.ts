import { describe, expect, it } from 'vitest';
import {
  nextChange,
  pauseTonightOverride,
  startNowOverride,
  stateAt,
  type Override,
} from '../../utils/schedule';
import { defaultSettings, type Schedule, type Weekday } from '../../utils/settings/schema';
import { inTimeZone, local, wall } from './helpers/time';

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

describe('a 22:00–07:00 night, every day', () => {
  inTimeZone('Europe/Berlin');
  const schedule = every('22:00', '07:00');
  it.each([
    ['2026-11-27 21:59', 'off'],
    ['2026-11-27 22:00', 'on'],
    ['2026-11-28 03:00', 'on'],
    ['2026-11-28 06:59', 'on'],
    ['2026-11-28 07:00', 'off'],
    ['2026-11-28 12:00', 'off'],
  ])('at %s it is %s', (at, phase) => {
    expect(stateAt(schedule, local(at)).phase).toBe(phase);
  });
  it('wakes at the start and at the end', () => {
    expect(wall(nextChange(schedule, local('2026-11-27 12:00'))!)).toBe('2026-11-27 22:00');
    expect(wall(nextChange(schedule, local('2026-11-27 23:00'))!)).toBe('2026-11-28 07:00');
    expect(wall(nextChange(schedule, local('2026-11-28 07:00'))!)).toBe('2026-11-28 22:00');
  });
});

describe('a day owns the night that starts on it', () => {
  inTimeZone('America/New_York');
  // 2026-11-27 is a Friday.
  const fridayOnly = every('22:00', '07:00', 0, [5]);
  it.each([
    ['2026-11-27 21:00', 'off'], // Friday evening, before it starts
    ['2026-11-27 23:00', 'on'], // Friday night
    ['2026-11-28 02:00', 'on'], // Saturday 02:00 belongs to Friday's night
    ['2026-11-28 22:30', 'off'], // Saturday night is not scheduled
    ['2026-11-27 02:00', 'off'], // Friday 02:00 would belong to Thursday's night
  ])('Friday only: at %s it is %s', (at, phase) => {
    expect(stateAt(fridayOnly, local(at)).phase).toBe(phase);
  });
  it('a night within one day (01:00–06:00) runs on its own day', () => {
    const early = every('01:00', '06:00', 0, [6]);
    expect(stateAt(early, local('2026-11-28 03:00')).phase).toBe('on');
    expect(stateAt(early, local('2026-11-29 03:00')).phase).toBe('off');
  });
});

describe('the ramp', () => {
  inTimeZone('Europe/London');
  const schedule = every('22:00', '07:00', 30);
  it('fades in over the ramp minutes, then holds', () => {
    expect(stateAt(schedule, local('2026-11-27 22:00'))).toEqual({ phase: 'ramping', level: 0 });
    expect(stateAt(schedule, local('2026-11-27 22:15'))).toEqual({ phase: 'ramping', level: 0.5 });
    expect(stateAt(schedule, local('2026-11-27 22:30'))).toEqual({ phase: 'on', level: 1 });
  });
  it('the next change during the ramp is its end', () => {
    expect(wall(nextChange(schedule, local('2026-11-27 22:10'))!)).toBe('2026-11-27 22:30');
  });
});

describe('manual overrides', () => {
  inTimeZone('Europe/London');
  const schedule = every('22:00', '07:00', 0);
  it('"start now" in the afternoon lasts until the next scheduled end', () => {
    const override = startNowOverride(schedule, local('2026-11-27 15:00'));
    expect(wall(override.until)).toBe('2026-11-28 07:00');
    expect(stateAt(schedule, local('2026-11-27 15:01'), override).phase).toBe('on');
    expect(stateAt(schedule, local('2026-11-28 07:00'), override).phase).toBe('off');
  });
  it('"pause tonight" during the night lasts until its end, and the next night runs', () => {
    const override = pauseTonightOverride(schedule, local('2026-11-27 23:00'))!;
    expect(wall(override.until)).toBe('2026-11-28 07:00');
    expect(stateAt(schedule, local('2026-11-28 03:00'), override).phase).toBe('off');
    expect(stateAt(schedule, local('2026-11-28 22:00'), override).phase).toBe('on');
    expect(wall(nextChange(schedule, local('2026-11-27 23:00'), override)!)).toBe(
      '2026-11-28 22:00',
    );
  });
  it('"pause tonight" in the evening covers the coming night', () => {
    const override = pauseTonightOverride(schedule, local('2026-11-27 19:00'))!;
    expect(stateAt(schedule, local('2026-11-27 23:00'), override).phase).toBe('off');
    expect(wall(override.until)).toBe('2026-11-28 07:00');
  });
  it('a lapsed override changes nothing', () => {
    const old: Override = {
      kind: 'pause',
      since: local('2026-11-20 23:00'),
      until: local('2026-11-21 07:00'),
    };
    expect(stateAt(schedule, local('2026-11-27 23:00'), old).phase).toBe('on');
  });
  it('nothing to pause with no nights in the coming week', () => {
    expect(
      pauseTonightOverride({ ...schedule, days: [] }, local('2026-11-27 23:00')),
    ).toBeUndefined();
  });
});

describe('daylight saving time', () => {
  describe('America/New_York (spring forward 2026-03-08 02:00 → 03:00, fall back 2026-11-01 02:00 → 01:00)', () => {
    inTimeZone('America/New_York');
    it('a start in the spring-forward gap begins once the clocks have jumped, moved on by the gap', () => {
      const schedule = every('02:30', '07:00');
      expect(stateAt(schedule, local('2026-03-08 01:59')).phase).toBe('off');
      expect(wall(nextChange(schedule, local('2026-03-08 01:00'))!)).toBe('2026-03-08 03:30');
    });
    it('an end in the fall-back repeat comes the first time round', () => {
      const schedule = every('22:00', '01:30');
      const end = nextChange(schedule, local('2026-10-31 23:00'))!;
      expect(wall(end)).toBe('2026-11-01 01:30');
      // The first 01:30 is EDT (UTC−4): 05:30 UTC.
      expect(new Date(end).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    });
    it('a night across the change lasts an hour longer by the clock on the wall', () => {
      const schedule = every('22:00', '07:00');
      const start = local('2026-10-31 22:00');
      const end = nextChange(schedule, start)!;
      expect((end - start) / 3_600_000).toBe(10);
    });
  });
  describe('Europe/London (spring forward 2026-03-29 01:00 → 02:00)', () => {
    inTimeZone('Europe/London');
    it('an end in the gap happens once the clocks have jumped', () => {
      const schedule = every('22:00', '01:30');
      expect(wall(nextChange(schedule, local('2026-03-28 23:00'))!)).toBe('2026-03-29 02:30');
    });
  });
  describe('Australia/Lord_Howe (a 30-minute shift: 2026-10-04 02:00 → 02:30)', () => {
    inTimeZone('Australia/Lord_Howe');
    it('a start in the half-hour gap is moved on by half an hour', () => {
      const schedule = every('02:15', '06:00');
      expect(wall(nextChange(schedule, local('2026-10-04 01:00'))!)).toBe('2026-10-04 02:45');
      expect(stateAt(schedule, local('2026-10-04 02:40')).phase).toBe('off');
      expect(stateAt(schedule, local('2026-10-04 02:50')).phase).toBe('on');
    });
  });
  describe('Asia/Kolkata (no daylight saving)', () => {
    inTimeZone('Asia/Kolkata');
    it('every night is the same length all year', () => {
      const schedule = every('22:00', '07:00');
      for (const day of ['2026-03-08', '2026-03-29', '2026-10-04', '2026-11-01']) {
        const start = local(`${day} 22:00`);
        expect((nextChange(schedule, start)! - start) / 3_600_000).toBe(9);
      }
    });
  });
});

describe('defaults', () => {
  it('a new user is winding down at 22:10 on any night', () => {
    const { schedule } = defaultSettings();
    const at = local('2026-11-24 22:10');
    expect(stateAt(schedule, at).phase).toBe('ramping');
  });
});
