import { t } from '../i18n';
import type { Region } from './regions';

/** A message, looked up when shown (so it is in the page's language). */
export type Words = () => string;

/**
 * One way to reach a line. `call` and `tty` become `tel:` links, `text` an `sms:` link,
 * `email` a `mailto:` link and `web` a link that opens in a new tab. A number's `label` gets
 * the number to put in its words; each kind has a plain default ("Call 116 123").
 */
export type Reach =
  | { kind: 'call' | 'tty' | 'text'; number: string; label?: (number: string) => string }
  | { kind: 'email'; address: string }
  | { kind: 'web'; url: string; label: Words };

/**
 * When a line answers, as far as the table confirms: `always` day and night, `daytime` not
 * at night (the page says it opens in the morning), `unconfirmed` when no one has checked
 * (the page asks the person to check).
 */
export type Hours = 'always' | 'daytime' | 'unconfirmed';

/** One helpline, in the table's facts only. Its words are locale messages, so they translate. */
export interface SupportLine {
  /** Stable id, also the `data-line` attribute the tests look for. */
  id: string;
  /** Its name. */
  name: Words;
  /** One line saying what it is for. */
  about: Words;
  hours: Hours;
  reach: Reach[];
}

/** What a region shows: its lines in order, and its emergency number when the table gives one. */
export interface RegionLines {
  lines: SupportLine[];
  /** Dialled in an emergency; without it the page says "your local emergency number". */
  emergency?: string;
}

// Every fact below is from /work/shared/support-lines.md (checked late 2026); the comment over
// each line names the page that confirmed it. A row the table does not confirm is not here.
export const SUPPORT_LINES: Record<Region, RegionLines> = {
  US: {
    lines: [
      // https://www.samhsa.gov/find-help/helplines/national-helpline
      {
        id: 'us-samhsa',
        name: () => t('support_samhsa_name'),
        about: () => t('support_samhsa_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '1-800-662-4357' },
          { kind: 'tty', number: '1-800-487-4889' },
          { kind: 'text', number: '435748', label: (n) => t('support_samhsa_sms', n) },
          {
            kind: 'web',
            url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
            label: () => t('support_samhsa_web'),
          },
        ],
      },
      // https://findtreatment.gov (named on SAMHSA's helpline page)
      {
        id: 'us-findtreatment',
        name: () => t('support_findtreatment_name'),
        about: () => t('support_findtreatment_about'),
        hours: 'always',
        reach: [
          {
            kind: 'web',
            url: 'https://findtreatment.gov/',
            label: () => t('support_findtreatment_link'),
          },
        ],
      },
      // https://988lifeline.org
      {
        id: 'us-988',
        name: () => t('support_988_name'),
        about: () => t('support_988_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '988' },
          { kind: 'text', number: '988' },
          { kind: 'web', url: 'https://988lifeline.org/', label: () => t('support_988_chat') },
        ],
      },
    ],
  },
  CA: {
    lines: [
      // https://988.ca
      {
        id: 'ca-988',
        name: () => t('support_ca_988_name'),
        about: () => t('support_ca_988_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '988' },
          { kind: 'text', number: '988' },
          { kind: 'web', url: 'https://988.ca/', label: () => t('support_ca_988_web') },
        ],
      },
      // Number confirmed, hours not (no official page in the table): shown with "check the hours".
      {
        id: 'ca-nors',
        name: () => t('support_ca_nors_name'),
        about: () => t('support_ca_nors_about'),
        hours: 'unconfirmed',
        reach: [{ kind: 'call', number: '1-888-688-6677' }],
      },
    ],
  },
  GB: {
    lines: [
      // https://www.samaritans.org
      {
        id: 'gb-samaritans',
        name: () => t('support_samaritans_name'),
        about: () => t('support_gb_samaritans_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '116 123' },
          { kind: 'email', address: 'jo@samaritans.org' },
          {
            kind: 'web',
            url: 'https://www.samaritans.org/',
            label: () => t('support_samaritans_web'),
          },
        ],
      },
      // https://www.talktofrank.com
      {
        id: 'gb-frank',
        name: () => t('support_frank_name'),
        about: () => t('support_frank_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '0300 123 6600' },
          { kind: 'text', number: '82111' },
          { kind: 'web', url: 'https://www.talktofrank.com/', label: () => t('support_frank_web') },
        ],
      },
      // https://111.nhs.uk (England only)
      {
        id: 'gb-nhs111',
        name: () => t('support_nhs111_name'),
        about: () => t('support_nhs111_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '111' },
          { kind: 'web', url: 'https://111.nhs.uk/', label: () => t('support_nhs111_web') },
        ],
      },
    ],
  },
  IE: {
    lines: [
      // https://www.samaritans.org
      {
        id: 'ie-samaritans',
        name: () => t('support_samaritans_name'),
        about: () => t('support_ie_samaritans_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '116 123' },
          {
            kind: 'web',
            url: 'https://www.samaritans.org/',
            label: () => t('support_samaritans_web'),
          },
        ],
      },
      // Freephone number confirmed, office hours on weekdays; its address is not confirmed.
      {
        id: 'ie-hse',
        name: () => t('support_hse_name'),
        about: () => t('support_hse_about'),
        hours: 'daytime',
        reach: [{ kind: 'call', number: '1800 459 459' }],
      },
    ],
  },
  AU: {
    lines: [
      // https://www.health.gov.au
      {
        id: 'au-aod',
        name: () => t('support_au_aod_name'),
        about: () => t('support_au_aod_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '1800 250 015' },
          { kind: 'web', url: 'https://www.health.gov.au/', label: () => t('support_au_aod_web') },
        ],
      },
      // https://www.lifeline.org.au
      {
        id: 'au-lifeline',
        name: () => t('support_lifeline_name'),
        about: () => t('support_lifeline_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '13 11 14' },
          { kind: 'text', number: '0477 13 11 14' },
          {
            kind: 'web',
            url: 'https://www.lifeline.org.au/',
            label: () => t('support_lifeline_web'),
          },
        ],
      },
    ],
  },
  NZ: {
    lines: [
      // https://alcoholdrughelp.org.nz (address from secondary sources)
      {
        id: 'nz-adh',
        name: () => t('support_nz_adh_name'),
        about: () => t('support_nz_adh_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '0800 787 797' },
          { kind: 'text', number: '8681' },
          { kind: 'call', number: '0800 787 798', label: (n) => t('support_nz_adh_maori', n) },
          { kind: 'call', number: '0800 787 799', label: (n) => t('support_nz_adh_pasifika', n) },
          {
            kind: 'web',
            url: 'https://alcoholdrughelp.org.nz/',
            label: () => t('support_nz_adh_web'),
          },
        ],
      },
      // https://1737.org.nz
      {
        id: 'nz-1737',
        name: () => t('support_nz_1737_name'),
        about: () => t('support_nz_1737_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '1737' },
          { kind: 'text', number: '1737' },
          { kind: 'web', url: 'https://1737.org.nz/', label: () => t('support_nz_1737_web') },
        ],
      },
    ],
  },
  ES: {
    lines: [
      // https://www.sanidad.gob.es
      {
        id: 'es-024',
        name: () => t('support_es_024_name'),
        about: () => t('support_es_024_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '024' },
          { kind: 'web', url: 'https://www.sanidad.gob.es/', label: () => t('support_es_024_web') },
        ],
      },
    ],
  },
  MX: {
    lines: [
      // https://www.gob.mx
      {
        id: 'mx-vida',
        name: () => t('support_mx_vida_name'),
        about: () => t('support_mx_vida_about'),
        hours: 'always',
        reach: [
          { kind: 'call', number: '800 911 2000' },
          { kind: 'web', url: 'https://www.gob.mx/', label: () => t('support_mx_vida_web') },
        ],
      },
    ],
    // The table gives 911 for emergencies beside Línea de la Vida (https://www.gob.mx).
    emergency: '911',
  },
  other: {
    lines: [
      // https://findahelpline.com
      {
        id: 'findahelpline',
        name: () => t('support_world_name'),
        about: () => t('support_world_about'),
        hours: 'always',
        reach: [
          { kind: 'web', url: 'https://findahelpline.com/', label: () => t('support_world_link') },
        ],
      },
    ],
  },
};

/** A `tel:` address for a number as people write it: digits, and a leading `+` if there is one. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** An `sms:` address for a number or short code as people write it. */
export function smsHref(number: string): string {
  return `sms:${number.replace(/\D/g, '')}`;
}
