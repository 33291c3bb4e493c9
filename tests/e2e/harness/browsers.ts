import type { Schedule, Settings } from '../../../utils/settings/schema';
import { settingsWith, type SettingsOverrides } from '../../helpers/settings';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { ExtensionSession, LaunchOptions } from './session';

/** Both browsers, for `describe.each`. Set E2E_BROWSERS=chromium (or firefox) to run one. */
export const BROWSERS: Array<{
  name: string;
  launch: (options?: LaunchOptions) => Promise<ExtensionSession>;
}> = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
].filter((b) => !process.env.E2E_BROWSERS || process.env.E2E_BROWSERS.split(',').includes(b.name));

/** `HH:MM` in the browsers' time zone (UTC, set by the harness) `minutes` from now. */
export function clockIn(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString().slice(11, 16);
}

/**
 * A schedule, every night, on which quiet hours are fully on right now (`on`) or not yet,
 * starting within the hour: what tests save to switch the night without waiting for it.
 */
export function nightSchedule(on: boolean): Schedule {
  return {
    start: clockIn(on ? -60 : 60),
    end: clockIn(120),
    days: [0, 1, 2, 3, 4, 5, 6],
    rampMinutes: 0,
  };
}

/**
 * The defaults on a night that is on (`on`) or not yet begun, with dimming, warmth and gray off
 * so a test of another feature sees only that feature; `overrides` on top.
 */
export function undimmedNight(on: boolean, overrides: SettingsOverrides = {}): Settings {
  return settingsWith({
    schedule: nightSchedule(on),
    effects: { dim: 0, warmth: 0, grayscale: 0 },
    ...overrides,
  });
}
