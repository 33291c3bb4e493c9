import type { Status } from './protocol';
import { nightAt, nightsAround, type Phase } from './schedule';
import { dimmingAppliesTo } from './dimming/applies';
import { liveStateFor, type LiveState } from './live-state';
import { isTouchableUrl } from './page-access';
import { describeSite, siteMatches } from './site-pattern';
import { localDay } from './zoned-time';

/** How the popup names the evening: always in words, never with a clock time. */
export type NightWords = 'on' | 'ramping' | 'paused' | 'offUntilEvening' | 'offForNow';

/** The words for the night at `now`. */
export function nightWords(status: Status, now: number): NightWords {
  const phase: Phase = status.night.phase;
  if (phase === 'on') return 'on';
  if (phase === 'ramping') return 'ramping';
  if (status.override?.kind === 'pause') return 'paused';
  // "Until this evening" only when a night really starts later today.
  const today = localDay(now, status.zone);
  const later = nightsAround(status.settings.schedule, status.zone, now, 0, 0).some(
    (night) => night.start > now && localDay(night.start, status.zone) === today,
  );
  return later ? 'offUntilEvening' : 'offForNow';
}

/**
 * Whether the popup may show the configured hours: only in the daytime, when nothing runs,
 * nothing is paused and no scheduled night is under way. At night a time of day is one more
 * thing to check, so it is left out.
 */
export function mayShowHours(status: Status, now: number): boolean {
  return (
    status.night.phase === 'off' &&
    status.override === null &&
    nightAt(status.settings.schedule, status.zone, now) === undefined
  );
}

/**
 * The night as the background publishes it for the status the popup was given: what pages get
 * now. The popup decides what a feature does from this, never from the settings by hand.
 */
export function liveStateOf(status: Status): LiveState {
  return liveStateFor(status.settings, status.night, status.zone);
}

/** What the popup says about the tab it was opened over. */
export type TabWords =
  | { kind: 'untouchable' }
  | { kind: 'excluded'; site: string }
  | { kind: 'dimmed'; site: string; waits: boolean }
  | { kind: 'notNow'; site: string; waits: boolean };

/** Whether `settings` leave the page at `url` undimmed: never touched, or not dimmed. */
function leftUndimmed(settings: Status['settings'], url: string): boolean {
  const spared = [...settings.neverTouch, ...settings.notDimmed];
  return spared.some((pattern) => siteMatches(pattern, url));
}

/**
 * The current tab as the popup describes it: the page's site, whether it is dimmed, and
 * (`waits`) whether leaving it undimmed is saved but waits on the night.
 */
export function tabWords(url: string | undefined, status: Status): TabWords {
  const site = url && isTouchableUrl(url) ? describeSite(url) : null;
  if (!url || !site) return { kind: 'untouchable' };
  if (leftUndimmed(status.settings, url)) return { kind: 'excluded', site };
  const waits = !!status.waiting && leftUndimmed(status.waiting, url);
  // All-zero effects dim nothing, so the words follow what dimming really does to this page.
  const dimmed = dimmingAppliesTo(url, liveStateOf(status));
  return { kind: dimmed ? 'dimmed' : 'notNow', site, waits };
}
