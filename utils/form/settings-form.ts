import type { FieldError } from '../settings/parse';
import type { Contact, Friction, LoosenAtNight, Settings, Weekday } from '../settings/schema';
import type { RegionChoice } from '../support/regions';

/**
 * The options form as the user sees it: numbers and site lists stay as typed text until
 * `formToInput` hands them to `parseSettings`, so a half-typed value is never "fixed" under
 * the user's fingers.
 */
export interface SettingsForm {
  start: string;
  end: string;
  days: Weekday[];
  rampMinutes: string;
  dim: number;
  warmth: number;
  grayscale: number;
  clockHiding: boolean;
  sites: string;
  friction: Friction;
  pauseSeconds: string;
  allowMinutes: string;
  neverTouch: string;
  /** Sites left undimmed, one per line. */
  notDimmed: string;
  contacts: Contact[];
  /** A zone name, or empty for this browser's. */
  timeZone: string;
  region: RegionChoice;
  loosenAtNight: LoosenAtNight;
  // Issue 16.
  calmMotion: boolean;
  autoplayWaits: boolean;
  keepSoundDown: boolean;
}

/** The form filled in from stored settings. */
export function settingsToForm(settings: Settings): SettingsForm {
  return {
    start: settings.schedule.start,
    end: settings.schedule.end,
    days: [...settings.schedule.days],
    rampMinutes: String(settings.schedule.rampMinutes),
    dim: settings.effects.dim,
    warmth: settings.effects.warmth,
    grayscale: settings.effects.grayscale,
    clockHiding: settings.clockHiding,
    sites: settings.blocking.sites.join('\n'),
    friction: settings.blocking.friction,
    pauseSeconds: String(settings.blocking.pauseSeconds),
    allowMinutes: String(settings.blocking.allowMinutes),
    neverTouch: settings.neverTouch.join('\n'),
    notDimmed: settings.notDimmed.join('\n'),
    contacts: settings.contacts.map((contact) => ({ ...contact })),
    timeZone: settings.timeZone ?? '',
    region: settings.region,
    loosenAtNight: settings.loosenAtNight,
    calmMotion: settings.calmMotion,
    autoplayWaits: settings.autoplayWaits,
    keepSoundDown: settings.keepSoundDown,
  };
}

/** One site per non-empty line. */
export function siteLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The form as a settings object for `parseSettings` (which reads numbers given as text). */
export function formToInput(form: SettingsForm, version: number): unknown {
  return {
    version,
    schedule: {
      start: form.start,
      end: form.end,
      days: form.days,
      rampMinutes: form.rampMinutes,
    },
    effects: { dim: form.dim, warmth: form.warmth, grayscale: form.grayscale },
    blocking: {
      sites: siteLines(form.sites),
      friction: form.friction,
      pauseSeconds: form.pauseSeconds,
      allowMinutes: form.allowMinutes,
    },
    clockHiding: form.clockHiding,
    neverTouch: siteLines(form.neverTouch),
    notDimmed: siteLines(form.notDimmed),
    contacts: form.contacts,
    timeZone: form.timeZone || null,
    region: form.region,
    loosenAtNight: form.loosenAtNight,
    calmMotion: form.calmMotion,
    autoplayWaits: form.autoplayWaits,
    keepSoundDown: form.keepSoundDown,
  };
}

/** Field paths to the first message for each, so every input shows one plain error. */
export type ErrorsByField = Record<string, string>;

/** The parser's errors keyed by field path, first message wins. */
export function errorsByField(errors: readonly FieldError[]): ErrorsByField {
  const out: ErrorsByField = {};
  for (const { field, message } of errors) out[field] ??= message;
  return out;
}

/**
 * The id of the input that a field path belongs to (`schedule.end` → `f-schedule-end`,
 * `contacts.0.phone` → `f-contacts-0-phone`), so an error can focus its field.
 */
export function fieldId(field: string): string {
  return `f-${field.replace(/\./g, '-')}`;
}

/** The errors that no input on the form shows (the file-level `version`, say). */
export function formLevelErrors(errors: ErrorsByField): string[] {
  return Object.entries(errors)
    .filter(([field]) => field === 'version')
    .map(([, message]) => message);
}
