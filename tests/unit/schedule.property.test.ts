import fc from 'fast-check';
import { expect, it } from 'vitest';
import { localInstant, nextChange, stateAt, type Override } from '../../utils/schedule';
import type { Schedule, Weekday } from '../../utils/settings/schema';
import { formatTimeOfDay } from '../../utils/time-of-day';
import { inZoneBothWays, local, wall } from './helpers/time';

const time = fc.integer({ min: 0, max: 1439 }).map(formatTimeOfDay);
const schedule: fc.Arbitrary<Schedule> = fc
  .record({
    start: time,
    end: time,
    days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>, { maxLength: 7 }),
    rampMinutes: fc.integer({ min: 0, max: 120 }),
  })
  .filter((s) => s.start !== s.end);
// Two years around now, so both daylight-saving changes are crossed.
const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
const override: fc.Arbitrary<Override | undefined> = fc.option(
  fc
    .record({
      kind: fc.constantFrom('start' as const, 'pause' as const),
      since: instant,
      length: fc.integer({ min: 1, max: 86_400_000 }),
    })
    .map(({ kind, since, length }) => ({ kind, since, until: since + length })),
  { nil: undefined },
);

for (const name of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
  inZoneBothWays(name, (zone) => {
    it('a local time lands where the Date constructor puts it, gaps and repeats included', () => {
      fc.assert(
        fc.property(
          instant,
          fc.integer({ min: -2, max: 9 }),
          fc.integer({ min: 0, max: 1439 }),
          (from, offset, minutes) => {
            const [date] = wall(from, zone()).split(' ');
            const [y, m, d] = date!.split('-').map(Number);
            const day = new Date(Date.UTC(y!, m! - 1, d! + offset)).toISOString().slice(0, 10);
            const expected = local(`${day} ${formatTimeOfDay(minutes)}`, zone());
            expect(localInstant(zone(), from, offset, minutes)).toBe(expected);
          },
        ),
      );
    });
    it('the level stays within 0 and 1, and is 0 exactly when off', () => {
      fc.assert(
        fc.property(schedule, instant, override, (s, now, o) => {
          const { phase, level } = stateAt(s, zone(), now, o);
          expect(level).toBeGreaterThanOrEqual(0);
          expect(level).toBeLessThanOrEqual(1);
          if (phase === 'off') expect(level).toBe(0);
          if (phase === 'on') expect(level).toBe(1);
        }),
      );
    });
    it('the next change is strictly later, and something really changes there', () => {
      fc.assert(
        fc.property(schedule, instant, override, (s, now, o) => {
          const next = nextChange(s, zone(), now, o);
          if (next === null) return;
          expect(next).toBeGreaterThan(now);
          const before = stateAt(s, zone(), next - 1, o);
          const after = stateAt(s, zone(), next, o);
          const changed =
            before.phase !== after.phase ||
            (after.phase !== 'ramping' && before.level !== after.level);
          expect(changed).toBe(true);
        }),
      );
    });
    it('every instant before the next change has the same phase', () => {
      fc.assert(
        fc.property(
          schedule,
          instant,
          override,
          fc.double({ min: 0, max: 1, noNaN: true }),
          (s, now, o, f) => {
            const next = nextChange(s, zone(), now, o) ?? now + 7 * 86_400_000;
            const between = now + Math.floor((next - now) * f);
            if (between >= next) return;
            expect(stateAt(s, zone(), between, o).phase).toBe(stateAt(s, zone(), now, o).phase);
          },
        ),
      );
    });
  });
}
