import { describe, expect, it } from 'vitest';
import { formatTimeOfDay, parseTimeOfDay } from '../../utils/time-of-day';
import { t } from '../../utils/i18n';

describe('parseTimeOfDay', () => {
  it.each([
    ['22:00', 1320],
    ['7:05', 425],
    ['00:00', 0],
    ['23:59', 1439],
  ])('%s is %i minutes after midnight', (text, minutes) => {
    expect(parseTimeOfDay(text)).toBe(minutes);
    expect(parseTimeOfDay(formatTimeOfDay(minutes))).toBe(minutes);
  });
  it.each(['25:00', '24:00', '12:60', '7', 'noon', '', '12:5'])(
    '%s is not a time of day',
    (text) => {
      expect(parseTimeOfDay(text)).toBeNull();
    },
  );
  it('reads messages through the locale file', () => {
    expect(t('error_time', '25:00')).toBe(
      '25:00 is not a time of day. Use hours from 0 to 23 and minutes from 00 to 59.',
    );
  });
});
