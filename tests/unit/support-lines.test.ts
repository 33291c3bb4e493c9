import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { SUPPORT_LINES, smsHref, telHref, type Reach } from '../../utils/support/lines';
import { REGIONS, type Region } from '../../utils/support/regions';

/** What a dialled number looks like in each region (digits only), from its numbering plan. */
const DIALLED: Record<Region, RegExp> = {
  // North American plan: 1, a 3-digit area code, a 7-digit number; or a 3-digit service code.
  US: /^(1[2-9]\d{2}[2-9]\d{6}|[2-9]11|988)$/,
  CA: /^(1[2-9]\d{2}[2-9]\d{6}|[2-9]11|988)$/,
  // 0 and ten digits, 116xxx helplines, or 111/999.
  GB: /^(0\d{10}|116\d{3}|111|999)$/,
  IE: /^(1800\d{6}|116\d{3}|112|999)$/,
  AU: /^(1800\d{6}|13\d{4}|0[2-478]\d{8}|000)$/,
  NZ: /^(0800\d{6}|1737|111)$/,
  ES: /^(0\d{2}|112|[6-9]\d{8})$/,
  MX: /^(800\d{7}|911)$/,
  other: /^$/,
};

/** Text-message numbers: a mobile number or a 4- to 6-digit short code. */
const TEXTED: Record<Region, RegExp> = {
  ...DIALLED,
  US: /^(\d{5,6}|988)$/,
  CA: /^988$/,
  GB: /^\d{5}$/,
  AU: /^04\d{8}$/,
  NZ: /^\d{4}$/,
};

const everyRegion = [...REGIONS, 'other'] as const;
const reachesOf = (region: Region): Reach[] =>
  SUPPORT_LINES[region].lines.flatMap((line) => line.reach);

describe('the support lines data', () => {
  it('has lines for every region and for "Somewhere else"', () => {
    for (const region of everyRegion) expect(SUPPORT_LINES[region].lines.length).toBeGreaterThan(0);
  });

  it.each(everyRegion)('every tel: and sms: number in %s is well-formed there', (region) => {
    for (const reach of reachesOf(region)) {
      if (reach.kind === 'call' || reach.kind === 'tty') {
        const href = telHref(reach.number);
        expect(href, reach.number).toMatch(/^tel:\d+$/);
        expect(href.slice(4), reach.number).toMatch(DIALLED[region]);
      }
      if (reach.kind === 'text') {
        const href = smsHref(reach.number);
        expect(href.slice(4), reach.number).toMatch(TEXTED[region]);
      }
    }
    const emergency = SUPPORT_LINES[region].emergency;
    if (emergency) expect(telHref(emergency).slice(4)).toMatch(DIALLED[region]);
  });

  it.each(everyRegion)('every web address in %s is https', (region) => {
    for (const reach of reachesOf(region)) {
      if (reach.kind !== 'web') continue;
      expect(new URL(reach.url).protocol, reach.url).toBe('https:');
    }
  });

  it('every word it shows is a message in the English file', () => {
    const english = new Set(Object.values(messages).map((entry) => entry.message));
    for (const region of everyRegion) {
      for (const line of SUPPORT_LINES[region].lines) {
        expect(english, line.id).toContain(line.name());
        expect(english, line.id).toContain(line.about());
        for (const reach of line.reach) {
          if (reach.kind === 'web') expect(english, reach.url).toContain(reach.label());
        }
      }
    }
  });

  it('a line the table marks as closed at night is the only daytime line, and says so', () => {
    const daytime = everyRegion.flatMap((region) =>
      SUPPORT_LINES[region].lines.filter((line) => line.hours === 'daytime').map((line) => line.id),
    );
    expect(daytime).toEqual(['ie-hse']);
  });

  it('turns numbers as people write them into tel: and sms: addresses', () => {
    expect(telHref('1-800-662-4357')).toBe('tel:18006624357');
    expect(telHref(' +44 20 7946 0958 ')).toBe('tel:+442079460958');
    expect(telHref('988')).toBe('tel:988');
    expect(smsHref('0477 13 11 14')).toBe('sms:0477131114');
  });

  it('line ids are unique, so each can be found on the page', () => {
    const ids = everyRegion.flatMap((region) => SUPPORT_LINES[region].lines.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
