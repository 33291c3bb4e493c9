import { t } from '../i18n';
import { parseSitePattern } from '../site-pattern';
import { parseTimeOfDay, formatTimeOfDay } from '../time-of-day';
import { isWebUrl } from '../web-url';
import { isKnownZone } from '../time-zone';
import { REGION_CHOICES, type RegionChoice } from '../support/regions';
import { migrate } from './migrations';
import { LIMITS, SETTINGS_VERSION, type Contact, type Settings, type Weekday } from './schema';

/** A problem with one field, in plain words, keyed by the field's path (`schedule.end`, `contacts.0.phone`). */
export interface FieldError {
  field: string;
  message: string;
}

/** Valid settings, or every field-level problem found. */
export type ParseResult = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

type Raw = Record<string, unknown>;

/** Collects errors while reading one object; each reader returns a safe value so parsing can go on. */
class Reader {
  readonly errors: FieldError[] = [];
  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }
  object(value: unknown): Raw {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Raw)
      : {};
  }
  time(field: string, value: unknown): string {
    const minutes = typeof value === 'string' ? parseTimeOfDay(value) : null;
    if (minutes === null) {
      this.fail(
        field,
        typeof value === 'string' && value.trim()
          ? t('error_time', value.trim())
          : t('error_time_missing'),
      );
      return '';
    }
    return formatTimeOfDay(minutes);
  }
  integer(field: string, value: unknown, limits: { min: number; max: number }): number {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < limits.min || n > limits.max) {
      this.fail(field, t('error_number', [String(limits.min), String(limits.max)]));
      return limits.min;
    }
    return n;
  }
  boolean(field: string, value: unknown): boolean {
    if (typeof value !== 'boolean') this.fail(field, t('error_boolean'));
    return value === true;
  }
  /** The list's entries, or none when it is not a list or too long: a long list is never read. */
  list(field: string, value: unknown, max: number): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(field, t('error_list'));
      return [];
    }
    if (value.length > max) {
      this.fail(field, t('error_too_many', String(max)));
      return [];
    }
    return value;
  }
  /** `null` (the browser's zone) or a zone name `Intl` can compute in. */
  zone(field: string, value: unknown): string | null {
    if (value === null) return null;
    if (typeof value === 'string' && value.length <= LIMITS.text && isKnownZone(value))
      return value;
    this.fail(field, t('error_time_zone', typeof value === 'string' ? value.slice(0, 60) : ''));
    return null;
  }
  text(field: string, value: unknown): string {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text.length > LIMITS.text) this.fail(field, t('error_text_long', String(LIMITS.text)));
    return text;
  }
  /** Normalised, de-duplicated sites; the first entry that is not a site is named in the error. */
  sites(field: string, value: unknown): string[] {
    const out: string[] = [];
    for (const entry of this.list(field, value, LIMITS.sites)) {
      const text = typeof entry === 'string' ? entry.trim() : '';
      if (!text) continue;
      const parsed = parseSitePattern(text);
      if (!parsed.ok) {
        this.fail(field, t('error_site', text));
        return [];
      }
      if (!out.includes(parsed.value)) out.push(parsed.value);
    }
    return out;
  }
}

const PHONE = /^\+?[\d\s().-]{3,30}$/;

function readContact(r: Reader, field: string, value: unknown): Contact {
  const raw = r.object(value);
  const contact = {
    name: r.text(`${field}.name`, raw.name),
    phone: r.text(`${field}.phone`, raw.phone),
    url: r.text(`${field}.url`, raw.url),
  };
  if (!contact.name) r.fail(`${field}.name`, t('error_contact_name'));
  if (!contact.phone && !contact.url) r.fail(`${field}.phone`, t('error_contact_reach'));
  if (
    contact.phone &&
    (!PHONE.test(contact.phone) || contact.phone.replace(/\D/g, '').length < 3)
  ) {
    r.fail(`${field}.phone`, t('error_phone', contact.phone));
  }
  if (contact.url && !isWebUrl(contact.url)) r.fail(`${field}.url`, t('error_url', contact.url));
  return contact;
}

function readRegion(r: Reader, value: unknown): RegionChoice {
  if (REGION_CHOICES.includes(value as RegionChoice)) return value as RegionChoice;
  r.fail('region', t('error_region'));
  return 'auto';
}

/**
 * The one gate for settings: what the options form sends, what an imported file holds and what
 * storage returns all pass through here. Older shapes are migrated first; nothing is filled in
 * silently, so a missing field is an error too.
 */
export function parseSettings(input: unknown): ParseResult {
  const migrated = migrate(input);
  if (!migrated.ok) {
    const key = migrated.reason === 'newer-version' ? 'error_newer_version' : 'error_not_settings';
    return { ok: false, errors: [{ field: 'version', message: t(key) }] };
  }
  const r = new Reader();
  const raw = migrated.value;
  const schedule = r.object(raw.schedule);
  const effects = r.object(raw.effects);
  const blocking = r.object(raw.blocking);

  const start = r.time('schedule.start', schedule.start);
  const end = r.time('schedule.end', schedule.end);
  if (start && start === end) r.fail('schedule.end', t('error_same_time'));
  const days = r
    .list('schedule.days', schedule.days, 7)
    .filter((d): d is Weekday => typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 6);
  if (Array.isArray(schedule.days) && days.length === 0) r.fail('schedule.days', t('error_days'));

  const friction = blocking.friction;
  if (friction !== 'off' && friction !== 'pause') r.fail('blocking.friction', t('error_friction'));

  const loosenAtNight = raw.loosenAtNight;
  if (loosenAtNight !== 'pause' && loosenAtNight !== 'morning')
    r.fail('loosenAtNight', t('error_loosen_at_night'));

  const settings: Settings = {
    version: SETTINGS_VERSION,
    schedule: {
      start,
      end,
      days: [...new Set(days)].sort(),
      rampMinutes: r.integer('schedule.rampMinutes', schedule.rampMinutes, LIMITS.rampMinutes),
    },
    effects: {
      dim: r.integer('effects.dim', effects.dim, LIMITS.effect),
      warmth: r.integer('effects.warmth', effects.warmth, LIMITS.effect),
      grayscale: r.integer('effects.grayscale', effects.grayscale, LIMITS.effect),
    },
    blocking: {
      sites: r.sites('blocking.sites', blocking.sites),
      friction: friction === 'off' ? 'off' : 'pause',
      pauseSeconds: r.integer('blocking.pauseSeconds', blocking.pauseSeconds, LIMITS.pauseSeconds),
      allowMinutes: r.integer('blocking.allowMinutes', blocking.allowMinutes, LIMITS.allowMinutes),
    },
    clockHiding: r.boolean('clockHiding', raw.clockHiding),
    neverTouch: r.sites('neverTouch', raw.neverTouch),
    contacts: r
      .list('contacts', raw.contacts, LIMITS.contacts)
      .map((c, i) => readContact(r, `contacts.${i}`, c)),
    timeZone: r.zone('timeZone', raw.timeZone),
    region: readRegion(r, raw.region),
    loosenAtNight: loosenAtNight === 'morning' ? 'morning' : 'pause',
    // Issue 16.
    calmMotion: r.boolean('calmMotion', raw.calmMotion),
    autoplayWaits: r.boolean('autoplayWaits', raw.autoplayWaits),
    keepSoundDown: r.boolean('keepSoundDown', raw.keepSoundDown),
    // Issue 11.
    notDimmed: r.sites('notDimmed', raw.notDimmed),
  };
  return r.errors.length ? { ok: false, errors: r.errors } : { ok: true, settings };
}
