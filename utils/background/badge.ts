import { actionApi } from './action';
import { t } from '../i18n';
import type { Feature, ReconcileContext } from './feature';

/** What the toolbar button shows: a word-free mark and a title, never a number or a time. */
export interface BadgeLook {
  /** A soft dot while quiet hours run, nothing otherwise. */
  text: string;
  /** The button's tooltip, in words. */
  title: string;
}

/** A muted warm brown, so the dot reads as "on" without glaring in a dark toolbar. */
export const BADGE_COLOR = '#5a4636';

/** The toolbar look for the night as reconcile worked it out. */
export function badgeLook({
  live,
  override,
}: Pick<ReconcileContext, 'live' | 'override'>): BadgeLook {
  if (live.phase === 'on') return { text: '•', title: t('badge_title_on') };
  if (live.phase === 'ramping') return { text: '•', title: t('badge_title_ramping') };
  if (override?.kind === 'pause') return { text: '', title: t('badge_title_paused') };
  return { text: '', title: t('badge_title_off') };
}

/** Sets the badge and title, touching only what differs from what the browser shows now. */
export const badgeFeature: Feature = {
  name: 'badge',
  async apply(context) {
    const action = actionApi();
    if (!action) return;
    const look = badgeLook(context);
    const [text, title] = await Promise.all([action.getBadgeText({}), action.getTitle({})]);
    if (text !== look.text) {
      if (look.text) await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
      await action.setBadgeText({ text: look.text });
    }
    if (title !== look.title) await action.setTitle({ title: look.title });
  },
};
