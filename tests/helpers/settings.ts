import { defaultSettings, type Settings } from '../../utils/settings/schema';

/** Changes to the defaults: a section (`schedule`, `effects`, `blocking`) may name only what differs. */
export type SettingsOverrides = {
  [K in keyof Settings]?: Settings[K] extends readonly unknown[]
    ? Settings[K]
    : Settings[K] extends object
      ? Partial<Settings[K]>
      : Settings[K];
};

/**
 * A new user's settings with `overrides` on top: sections are merged one level deep, lists and
 * single values replaced. Every test that needs "the defaults, except…" builds them here.
 */
export function settingsWith(overrides: SettingsOverrides = {}): Settings {
  const base = defaultSettings();
  return {
    ...base,
    ...overrides,
    schedule: { ...base.schedule, ...overrides.schedule },
    effects: { ...base.effects, ...overrides.effects },
    blocking: { ...base.blocking, ...overrides.blocking },
  };
}
