import { SETTINGS_VERSION } from './schema';

type Raw = Record<string, unknown>;

/**
 * Numbered steps from each older stored shape to the next. Step N turns version N into N + 1;
 * each step is pure and has a test that starts from a stored example of version N
 * (`tests/fixtures/settings-v<N>.json`).
 */
export const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  // v1 (the first draft) had grayscale as on/off and no pause-page timings.
  1: (old) => {
    const effects = (old.effects ?? {}) as Raw;
    const blocking = (old.blocking ?? {}) as Raw;
    return {
      ...old,
      version: 2,
      effects: { ...effects, grayscale: effects.grayscale === true ? 60 : 0 },
      blocking: { pauseSeconds: 30, allowMinutes: 15, ...blocking },
    };
  },
  // v2 kept the hours in the browser's zone, had no "Where you are" (it showed US lines to
  // everyone) and let every change apply at once. v3 can name a zone, keeping the browser's by
  // default; leaves the region not chosen yet, so it follows the browser's language until the
  // person picks one; and lets loosening changes at night wait, by default for a breathing pause.
  2: (old) => ({ ...old, version: 3, timeZone: null, region: 'auto', loosenAtNight: 'pause' }),
  // v3 calmed only light, and its only way to keep a site undimmed was to never touch it (no
  // dimming, masking or pause), which is what the popup's one click did. v4 also stills pages at
  // night (issue 16): motion calmed and autoplay waiting for a click are on, as for a new user;
  // muting new sound is a choice, off. And it keeps never-touched sites as they were, adding the
  // sites that are only left undimmed (issue 11), starting empty.
  3: (old) => ({
    ...old,
    version: 4,
    calmMotion: true,
    autoplayWaits: true,
    keepSoundDown: false,
    notDimmed: [],
  }),
};

/** Why a stored value could not be brought up to date. */
export type MigrationFailure = 'not-settings' | 'newer-version';

/** Brings a stored settings object of any known version to the current one, step by step. */
export function migrate(
  input: unknown,
): { ok: true; value: Raw } | { ok: false; reason: MigrationFailure } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'not-settings' };
  }
  let value = input as Raw;
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'not-settings' };
  }
  if (version > SETTINGS_VERSION) return { ok: false, reason: 'newer-version' };
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: 'not-settings' };
    value = step(value);
  }
  return { ok: true, value };
}
