import { describe, expect, it } from 'vitest';
import { keptNights, withEntry, type NightEntry } from '../../utils/nights/answers';
import { lastNightDate, nightToAsk } from '../../utils/nights/dates';
import { nightsPileUp } from '../../utils/nights/pile-up';
import { nightStrip, stripCounts } from '../../utils/nights/strip';
import type { Schedule, Weekday } from '../../utils/settings/schema';
import { local } from './helpers/time';

type Said = NightEntry['answer'];

/** Entries for consecutive nights ending on `last`, oldest first as written. */
function nights(last: string, answers: Array<Said | null>): NightEntry[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return answers.flatMap((answer, index) => {
    if (answer === null) return [];
    const night = new Date(end - (answers.length - 1 - index) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return [{ night, answer }];
  });
}

describe('nights pile up', () => {
  const today = '2026-12-02';
  // Nights oldest to newest, ending last night; null is a night with no entry at all.
  it.each<[string, Array<Said | null>, boolean]>([
    ['no answers', [], false],
    ['one hard night', ['none'], false],
    ['two hard nights', ['barely', 'none'], false],
    ['three hard nights in a row', ['barely', 'none', 'barely'], true],
    ['three hard nights after a good one', ['some', 'none', 'none', 'barely'], true],
    ['a good night in between', ['none', 'some', 'barely', 'none'], true],
    ['a good night last: support steps back', ['none', 'none', 'barely', 'some'], false],
    ['two of the last four hard', ['some', 'none', 'some', 'barely'], false],
    ['skipped nights are passed over', ['none', 'skipped', 'barely', 'skipped', 'none'], true],
    ['nights not answered are passed over', ['none', null, 'barely', null, null, 'none'], true],
    ['only skips', ['skipped', 'skipped', 'skipped', 'skipped'], false],
    ['a skip after three hard nights keeps them', ['none', 'none', 'none', 'skipped'], true],
    ['an old good night outside the last four', ['some', 'none', 'none', 'barely', 'none'], true],
    ['three hard, two good since', ['none', 'none', 'none', 'some', 'some'], false],
  ])('%s', (_, said, piles) => {
    expect(nightsPileUp(nights('2026-12-01', said), today)).toBe(piles);
  });

  it('the cap: hard nights older than the last 28 nights no longer count', () => {
    const old = nights('2026-11-04', ['none', 'none', 'none']);
    expect(nightsPileUp(old, '2026-11-05')).toBe(true);
    // 2026-11-04 is the 29th night back from 2026-12-02.
    expect(nightsPileUp(old, today)).toBe(false);
    expect(nightsPileUp(nights('2026-11-05', ['none', 'none', 'none']), today)).toBe(false);
    expect(nightsPileUp(nights('2026-11-07', ['none', 'none', 'none']), today)).toBe(true);
  });
});

describe('what is kept', () => {
  it('the last 28 nights only, one entry a night, newest first', () => {
    const many = nights('2026-12-01', Array(40).fill('barely'));
    const kept = withEntry(many, { night: '2026-12-02', answer: 'some' }, '2026-12-02');
    expect(kept).toHaveLength(28);
    expect(kept[0]).toEqual({ night: '2026-12-02', answer: 'some' });
    expect(kept.at(-1)!.night).toBe('2026-11-05');
  });

  it('a second answer for a night replaces the first', () => {
    const kept = withEntry(
      [{ night: '2026-12-01', answer: 'skipped' }],
      { night: '2026-12-01', answer: 'none' },
      '2026-12-02',
    );
    expect(kept).toEqual([{ night: '2026-12-01', answer: 'none' }]);
  });

  it('drops anything malformed in storage', () => {
    expect(
      keptNights(
        [
          { night: '2026-12-01', answer: 'none' },
          { night: '2026-12-01T03:00', answer: 'none' },
          { night: '2026-11-30', answer: 'fine' },
          { night: '2026-11-29', answer: 'some', at: 1234 },
          null,
          'x',
        ],
        '2026-12-02',
      ),
    ).toEqual([
      { night: '2026-12-01', answer: 'none' },
      { night: '2026-11-29', answer: 'some' },
    ]);
    expect(keptNights({ night: '2026-12-01' }, '2026-12-02')).toEqual([]);
  });
});

describe('the two-week strip', () => {
  it('14 nights ending last night, skipped and unanswered alike hollow', () => {
    const strip = nightStrip(
      nights('2026-12-01', ['some', 'skipped', 'barely', null, 'none']),
      '2026-12-01',
    );
    expect(strip).toHaveLength(14);
    expect(strip[0]!.night).toBe('2026-11-18');
    expect(strip.slice(-5).map((n) => n.answer)).toEqual(['some', null, 'barely', null, 'none']);
    expect(stripCounts(strip)).toEqual({ hard: 2, some: 1, unanswered: 11 });
  });

  it('crosses a month and a year', () => {
    const strip = nightStrip([{ night: '2027-01-01', answer: 'some' }], '2027-01-03');
    expect(strip[0]!.night).toBe('2026-12-21');
    expect(strip.at(-3)).toEqual({ night: '2027-01-01', answer: 'some' });
  });
});

const every = (start: string, end: string, days: Weekday[] = [0, 1, 2, 3, 4, 5, 6]): Schedule => ({
  start,
  end,
  days,
  rampMinutes: 30,
});

describe("the night's date and the morning question", () => {
  const zone = 'America/New_York';
  const at = (text: string) => local(text, zone);

  it.each<[string, Schedule, string, string | null]>([
    [
      'a night from 22:00 belongs to the evening it began',
      every('22:00', '07:00'),
      '2026-11-12 08:00',
      '2026-11-11',
    ],
    ['not yet over: the night before', every('22:00', '07:00'), '2026-11-12 06:59', '2026-11-10'],
    [
      'a night from 00:30 belongs to the day of that 00:30',
      every('00:30', '08:00'),
      '2026-11-12 09:00',
      '2026-11-12',
    ],
    [
      'just before midnight, the evening before',
      every('23:59', '06:00'),
      '2026-11-12 07:00',
      '2026-11-11',
    ],
    [
      'spring forward: the short night keeps its date',
      every('22:00', '07:00'),
      '2026-03-08 07:30',
      '2026-03-07',
    ],
    [
      'spring forward: a night starting in the gap',
      every('02:30', '06:00'),
      '2026-03-08 06:30',
      '2026-03-08',
    ],
    [
      'fall back: the long night keeps its date',
      every('22:00', '07:00'),
      '2026-11-01 07:30',
      '2026-10-31',
    ],
    [
      'fall back: a night in the repeated hour',
      every('01:30', '05:00'),
      '2026-11-01 05:30',
      '2026-11-01',
    ],
    [
      'only Mondays: the last Monday night',
      every('22:00', '07:00', [1]),
      '2026-11-12 12:00',
      '2026-11-09',
    ],
    ['no night in the week', every('22:00', '07:00', []), '2026-11-12 12:00', null],
  ])('%s', (_, schedule, now, date) => {
    expect(lastNightDate(schedule, zone, at(now))).toBe(date);
  });

  it('is asked about the night that ended, until answered or skipped, never during a night', () => {
    const schedule = every('22:00', '07:00');
    expect(nightToAsk(schedule, zone, at('2026-11-12 08:00'), [])).toBe('2026-11-11');
    expect(nightToAsk(schedule, zone, at('2026-11-12 21:59'), [])).toBe('2026-11-11');
    expect(nightToAsk(schedule, zone, at('2026-11-12 22:30'), [])).toBeNull();
    expect(nightToAsk(schedule, zone, at('2026-11-12 03:00'), [])).toBeNull();
    for (const answer of ['skipped', 'none'] as const)
      expect(
        nightToAsk(schedule, zone, at('2026-11-12 08:00'), [{ night: '2026-11-11', answer }]),
      ).toBeNull();
    // The next morning asks about the next night.
    expect(
      nightToAsk(schedule, zone, at('2026-11-13 08:00'), [{ night: '2026-11-11', answer: 'none' }]),
    ).toBe('2026-11-12');
  });

  it("uses the schedule's zone, not the process's", () => {
    const schedule = every('22:00', '07:00');
    // 08:00 in Tokyo on the 12th is still the 11th in New York, in the middle of its day.
    const now = local('2026-11-12 08:00', 'Asia/Tokyo');
    expect(lastNightDate(schedule, 'Asia/Tokyo', now)).toBe('2026-11-11');
    expect(lastNightDate(schedule, zone, now)).toBe('2026-11-10');
  });
});
