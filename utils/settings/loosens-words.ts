import { t } from '../i18n';
import { loosenings, type Loosening } from './loosens';
import type { LoosenAtNight, Settings } from './schema';

/** Each effect's "less of it" words, as literal keys so the key check and the types see them. */
const EFFECT_LOWER = {
  dim: 'loosen_dim_lower',
  warmth: 'loosen_warmth_lower',
  grayscale: 'loosen_grayscale_lower',
} as const;

/** Each still-pages switch's "turned off" words (issue 16). */
const STILLNESS_OFF = {
  calmMotion: 'loosen_calm_motion_off',
  autoplayWaits: 'loosen_autoplay_waits_off',
  keepSoundDown: 'loosen_keep_sound_down_off',
} as const;

/** What one waiting change does, in words ("Removing youtube.com"); never a time of day. */
export function looseningWords(item: Loosening): string {
  switch (item.kind) {
    case 'siteRemoved':
      return t('loosen_site_removed', item.site);
    case 'neverTouchAdded':
      return t('loosen_never_touch_added', item.site);
    case 'notDimmedAdded':
      return t('loosen_not_dimmed_added', item.site);
    case 'nightsRemoved':
      return t('loosen_nights_removed');
    case 'hoursShorter':
      return t('loosen_hours_shorter');
    case 'fadeLonger':
      return t('loosen_fade_longer');
    case 'effectLower':
      return t(EFFECT_LOWER[item.effect]);
    case 'clockHidingOff':
      return t('loosen_clock_hiding_off');
    case 'stillnessOff':
      return t(STILLNESS_OFF[item.option]);
    case 'frictionPause':
      return t('loosen_friction_pause');
    case 'pauseShorter':
      return t('loosen_pause_shorter');
    case 'allowLonger':
      return t('loosen_allow_longer');
    case 'loosenAtNightChanged':
      return t('loosen_mode_changed');
    case 'zoneChanged':
      return t('loosen_zone_changed');
  }
}

/** One waiting change for the settings page: its words and the sentence saying when it applies. */
export interface PendingLine {
  item: Loosening;
  /** "Removing youtube.com takes effect in the morning." */
  sentence: string;
}

/**
 * The changes in `desired` still waiting while `applied` is in force, each with a sentence
 * that says when it applies under the mode in force: after a breathing pause or in the morning.
 */
export function pendingLines(applied: Settings, desired: Settings): PendingLine[] {
  const when: LoosenAtNight = applied.loosenAtNight;
  const key = when === 'morning' ? 'pending_in_morning' : 'pending_after_pause';
  return loosenings(applied, desired).map((item) => ({
    item,
    sentence: t(key, looseningWords(item)),
  }));
}
