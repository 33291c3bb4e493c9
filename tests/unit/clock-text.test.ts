import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClockTimes, mayContainClockTime } from '../../utils/clock-text';
import { CLOCK_CORPUS } from '../fixtures/clock-corpus';
import { labelledRanges, scoreClockCorpus } from '../fixtures/clock-corpus-score';

const readings = (text: string) =>
  findClockTimes(text).map(([start, end]) => text.slice(start, end));

describe('findClockTimes finds', () => {
  it.each([
    ['11:42', ['11:42']],
    ['11:42 PM', ['11:42 PM']],
    ['11:42pm', ['11:42pm']],
    ['11:42 p.m.', ['11:42 p.m.']],
    ['11:42 P.M.', ['11:42 P.M.']],
    ['11:42 a. m.', ['11:42 a. m.']],
    ['11:42 a.m', ['11:42 a.m']],
    ['23:42', ['23:42']],
    ['23:42:05', ['23:42:05']],
    ['11:42:05 PM', ['11:42:05 PM']],
    ['11 PM', ['11 PM']],
    ['11pm', ['11pm']],
    ['11 a.m.', ['11 a.m.']],
    ['23h42', ['23h42']],
    ['7h05', ['7h05']],
    ['07:05', ['07:05']],
    ['7:05', ['7:05']],
    ['0:00', ['0:00']],
    ['(11:42)', ['11:42']],
    ['[23:42]', ['23:42']],
    ['11:42,', ['11:42']],
    ['at 11:42.', ['11:42']],
    ['11:42\u202fPM', ['11:42\u202fPM']],
    ['11:42\u00a0AM', ['11:42\u00a0AM']],
    ['11\u202fpm', ['11\u202fpm']],
    ['um 23:42 Uhr', ['23:42']],
    ['à 23h42', ['23h42']],
    ['um 23 Uhr', ['23']],
    ['23.42 Uhr', ['23.42']],
    ['11.42 pm', ['11.42 pm']],
    ["11 o'clock", ['11']],
    ['9–11 pm', ['9', '11 pm']],
    ['8–20 Uhr', ['8', '20']],
    ['10:00-11:30', ['10:00', '11:30']],
    ['12:07 / 45:10', ['12:07']],
    ['3:45', ['3:45']],
    ['12:00:00.000', ['12:00:00.000']],
    ['2026-11-27T23:42:05Z', ['23:42:05']],
    ['2026-11-27 23:42:05,123 INFO', ['23:42:05,123']],
    ['[27/Nov/2026:23:42:05 +0000]', ['23:42:05']],
    ['下午11:42', ['11:42']],
    ['John 23:42', ['23:42']],
    ['Mark 10:00', ['10:00']],
    ['13:00 am Bahnhof', ['13:00']],
    ['23:42h', ['23:42']],
    ['5am-11pm', ['5am', '11pm']],
  ])('%j → %j', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('findClockTimes leaves alone', () => {
  it.each([
    // ratios and aspect ratios: one minute digit
    ['16:9'],
    ['3:1'],
    ['4:3'],
    ['21:9'],
    // scores
    ['2-1'],
    ['3–0'],
    ['104-98'],
    ['31:28'],
    // dates
    ['2026-11-27'],
    ['27.11.2026'],
    ['11/27/2026'],
    // versions, addresses, ports
    ['v1.2.3'],
    ['12.04'],
    ['127.0.0.1:8080'],
    ['192.168.1.10:22'],
    ['localhost:3000'],
    ['app.js:10:15'],
    ['items[10:20]'],
    ['fe80::1:23'],
    // prices and phone numbers
    ['$11.42'],
    ['11,42 €'],
    ['+1 415 555 0134'],
    ['1-800-662-4357'],
    // durations beyond a day and stopwatch readings
    ['125:30'],
    ['48:00:00'],
    ['45:10'],
    ['24:00'],
    ['1:42.35'],
    ['1h30m'],
    // glued to words or longer numbers
    ['a11:42b'],
    ['123:45'],
    ['11:425'],
    ['x23h42'],
    ['11pmx'],
    ['11 amps'],
    // scripture
    ['John 3:16'],
    ['Genesis 1:1'],
    ['Psalm 23:4'],
    ['Romans 8:28'],
    ['Rom. 12:12'],
    ['1 Corinthians 13:12'],
    // offsets
    ['+05:30'],
    ['UTC-08:00'],
    // plain numbers
    ['11'],
    ['2026'],
    ['23'],
    ['11 cats'],
    [''],
  ])('%j', (text) => {
    expect(findClockTimes(text)).toEqual([]);
  });
});

describe('findClockTimes ranges', () => {
  it.each([
    ['Updated 11:42 PM ET', [[8, 16]]],
    ['at 7:05.', [[3, 7]]],
    [
      'Dep 13:25 Arr 16:10',
      [
        [4, 9],
        [14, 19],
      ],
    ],
    ['Chrome says 11:42\u202fPM', [[12, 20]]],
    ['2026-11-27T23:42:05.123Z', [[11, 23]]],
    ['John 3:16 at 9pm', [[13, 16]]],
  ])('%j', (text, expected) => {
    expect(findClockTimes(text)).toEqual(expected);
  });

  it('returns the same frozen empty array when nothing matches', () => {
    const none = findClockTimes('no times here');
    expect(none).toBe(findClockTimes('16:9'));
    expect(Object.isFrozen(none)).toBe(true);
  });

  it('gives the same answer on repeated and interleaved calls', () => {
    const first = findClockTimes('a 11:42 b 23:00');
    findClockTimes('12:00');
    expect(findClockTimes('a 11:42 b 23:00')).toEqual(first);
  });
});

describe('the labelled corpus', () => {
  it('is large, balanced and labelled with text that is really there', () => {
    expect(CLOCK_CORPUS.length).toBeGreaterThanOrEqual(300);
    const positive = CLOCK_CORPUS.filter((entry) => entry.readings.length > 0).length;
    expect(positive / CLOCK_CORPUS.length).toBeGreaterThan(0.4);
    expect(positive / CLOCK_CORPUS.length).toBeLessThan(0.6);
    for (const entry of CLOCK_CORPUS) expect(() => labelledRanges(entry)).not.toThrow();
  });

  it('is read with precision and recall of at least 0.98', () => {
    const score = scoreClockCorpus();
    const report = { missed: score.missed, falseAlarms: score.falseAlarms };
    expect(score.precision, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.98);
    expect(score.recall, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.98);
  });

  it('never finds a reading the prefilter rules out', () => {
    for (const { text } of CLOCK_CORPUS) {
      if (!mayContainClockTime(text)) expect(findClockTimes(text)).toEqual([]);
    }
  });
});

describe('findClockTimes properties', () => {
  // Characters that build and break times, so random strings come close to real ones.
  const timeish = fc.string({
    unit: fc.constantFrom(
      ...'0123456789012345:::hh..,, aApPmM-–[]T+UhrZxo\u202f\u00a0下',
      "'",
      '\ud83d\ude00',
    ),
    maxLength: 60,
  });
  const anything = fc.oneof(timeish, fc.string({ unit: 'binary', maxLength: 60 }));

  it('returns sorted, disjoint, in-bounds ranges that each hold a digit', () => {
    fc.assert(
      fc.property(anything, (text) => {
        let previousEnd = 0;
        for (const [start, end] of findClockTimes(text)) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(text.slice(start, end)).toMatch(/\d/);
          previousEnd = end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the prefilter', () => {
    fc.assert(
      fc.property(anything, (text) => {
        if (!mayContainClockTime(text)) expect(findClockTimes(text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in a run of digits of any length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 300 }), (text) => {
        expect(findClockTimes(text)).toEqual([]);
      }),
    );
  });

  it('finds a formatted time in brackets wherever it is embedded', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (h, m, before, after) => {
          const time = `${h}:${String(m).padStart(2, '0')}`;
          // Brackets, because a word before a bare time could be a book name (`John 3:16`).
          const text = `${before} (${time}) ${after}`;
          const at = before.length + 2;
          expect(findClockTimes(text)).toContainEqual([at, at + time.length]);
        },
      ),
    );
  });
});

describe('findClockTimes speed', () => {
  it('reads 10,000 text nodes in well under the budget', () => {
    const nodes = Array.from(
      { length: 10_000 },
      (_, i) => CLOCK_CORPUS[i % CLOCK_CORPUS.length]!.text,
    );
    let best = Infinity;
    // Best of a few rounds: the first warms the JIT, and a busy machine steals whole rounds.
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      for (const text of nodes) findClockTimes(text);
      best = Math.min(best, performance.now() - start);
    }
    // Around 10 ms on a laptop for these match-dense strings; loose so a busy CI does not flake.
    expect(best).toBeLessThan(100);
  });
});
