import { describe, expect, it } from 'vitest';
import { formatClock } from '../../utils/clock-format';

describe('formatClock', () => {
  it.each([
    ['22:00', 'en-US', '10:00 PM'],
    ['07:05', 'en-US', '7:05 AM'],
    ['22:00', 'en-GB', '22:00'],
    ['07:05', 'es', '7:05'],
    ['00:30', 'de', '0:30'],
  ])('%s in %s is %s', (time, locale, written) =>
    // Some ICU versions put a narrow no-break space before AM/PM.
    expect(formatClock(time, locale).replace(/\s/g, ' ')).toBe(written),
  );

  it('leaves anything that is not a time of day as it was', () => {
    expect(formatClock('soon', 'en-US')).toBe('soon');
  });
});
