import type { RegionChoice } from '../support/regions';

/** Days of the week as `Date.getDay()` numbers: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** When quiet hours run. */
export interface Schedule {
  /** Local wall-clock time the night begins, `HH:MM` (24-hour). */
  start: string;
  /** Local wall-clock time the night ends, `HH:MM`; earlier than `start` means the next morning. */
  end: string;
  /** The nights that run. A day owns the night that starts on it: Friday 22:00–07:00 ends on Saturday. */
  days: Weekday[];
  /** Minutes over which the effects fade in from nothing to full strength after `start`. */
  rampMinutes: number;
}

/** Strength of each visual effect at full wind-down, as percentages 0–100. */
export interface Effects {
  /** How much darker pages get: 0 leaves brightness alone, 100 would be black (capped lower). */
  dim: number;
  /** How much blue light is cut for a warmer tint. */
  warmth: number;
  /** How much colour is drained; 0 is off. */
  grayscale: number;
}

/** What happens on a blocked site's pause page. */
export type Friction = 'off' | 'pause';

/** Sites paused during quiet hours. */
export interface Blocking {
  /** Site entries as the user typed them, normalised (`youtube.com`, `news.example.org/live`). */
  sites: string[];
  /** `off`: no way through until morning; `pause`: a breathing pause, then the site may open for a while. */
  friction: Friction;
  /** Seconds the breathing pause lasts before "open it for a while" is offered. */
  pauseSeconds: number;
  /** Minutes a site stays open after "open it for a while". */
  allowMinutes: number;
}

/**
 * How a change that makes the night less quiet applies while quiet hours run: `pause` after a
 * breathing pause (the same calm pause as the pause page), `morning` once the night is over.
 */
export type LoosenAtNight = 'pause' | 'morning';

/** One of the user's own people or services to reach at night. */
export interface Contact {
  /** What the user calls them: "My sponsor", "Dr. Lee". */
  name: string;
  /** A phone number, shown as a tel: link. Empty when there is none. */
  phone: string;
  /** A web address, opened in a new tab. Empty when there is none. */
  url: string;
}

/** Everything the user sets. Stored by the background only; see `store.ts`. */
export interface Settings {
  /** Version of this shape; raised with a numbered migration in `migrations.ts`. */
  version: typeof SETTINGS_VERSION;
  /** When quiet hours run. */
  schedule: Schedule;
  /** How pages look during quiet hours. */
  effects: Effects;
  /** Which sites wait until morning. */
  blocking: Blocking;
  /** Whether times of day on web pages are masked during quiet hours. */
  clockHiding: boolean;
  /** Sites never dimmed, masked or blocked (normalised like blocked sites). */
  neverTouch: string[];
  /** The user's own support contacts, shown beside the helplines. */
  contacts: Contact[];
  /**
   * The IANA time zone the hours are kept in (`"Europe/London"`), or `null` for this browser's
   * own zone. Choosing one keeps the hours right in a browser that reports UTC.
   */
  timeZone: string | null;
  /**
   * "Where you are": whose helplines the popup and the pause page show. `auto` (not chosen
   * yet) follows the browser's language; `other` shows the international directory.
   */
  region: RegionChoice;
  /** How loosening changes wait during quiet hours (changing this is itself a loosening). */
  loosenAtNight: LoosenAtNight;
  // Still pages at night (issue 16): motion, autoplay and new sound, each on or off.
  /** CSS animations and transitions end at once and smooth scrolling is off while the night runs. */
  calmMotion: boolean;
  /** A video or audio that starts without a click, tap or key on its page is paused at once. */
  autoplayWaits: boolean;
  /** A tab that starts making sound at night while you are not in it is muted. */
  keepSoundDown: boolean;

  // Issue 11 (v4): "don't dim this site" apart from the sites never touched.
  /**
   * Sites left undimmed (no dim, warmth or gray) while clock hiding and the sites that wait
   * until morning still apply to them: the popup's "Don't dim this site". Normalised like
   * blocked sites.
   */
  notDimmed: string[];
}

/** The current shape's version. */
export const SETTINGS_VERSION = 4;

/** Every night of the week. */
export const ALL_DAYS: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** What a new user gets: 22:00–07:00 every night, a 30-minute fade, moderate dim and warmth. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    schedule: { start: '22:00', end: '07:00', days: [...ALL_DAYS], rampMinutes: 30 },
    effects: { dim: 30, warmth: 40, grayscale: 0 },
    blocking: { sites: [], friction: 'pause', pauseSeconds: 30, allowMinutes: 15 },
    clockHiding: true,
    neverTouch: [],
    contacts: [],
    timeZone: null,
    region: 'auto',
    loosenAtNight: 'pause',
    // Issue 16.
    calmMotion: true,
    autoplayWaits: true,
    keepSoundDown: false,
    // Issue 11.
    notDimmed: [],
  };
}

/** Limits the parser enforces, shared with the form controls. */
export const LIMITS = {
  rampMinutes: { min: 0, max: 120 },
  effect: { min: 0, max: 100 },
  pauseSeconds: { min: 5, max: 300 },
  allowMinutes: { min: 1, max: 120 },
  sites: 500,
  contacts: 20,
  text: 200,
} as const;
