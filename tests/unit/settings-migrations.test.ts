import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../utils/settings/migrations';
import { parseSettings } from '../../utils/settings/parse';
import { SETTINGS_VERSION } from '../../utils/settings/schema';
import v1 from '../fixtures/settings-v1.json';
import v2 from '../fixtures/settings-v2.json';
import v3 from '../fixtures/settings-v3.json';

describe('settings migrations', () => {
  it('there is one numbered step for every older version', () => {
    expect(Object.keys(MIGRATIONS).map(Number).sort()).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('step 1 → 2: on/off grayscale becomes a level, and the pause page gets its timings', () => {
    const v2 = MIGRATIONS[1]!(structuredClone(v1));
    expect(v2.version).toBe(2);
    expect(v2.effects).toEqual({ dim: 50, warmth: 30, grayscale: 60 });
    expect(v2.blocking).toEqual({
      sites: ['youtube.com', 'news.example.org/live'],
      friction: 'off',
      pauseSeconds: 30,
      allowMinutes: 15,
    });
    expect(
      MIGRATIONS[1]!({ ...v1, effects: { ...v1.effects, grayscale: false } }).effects,
    ).toMatchObject({
      grayscale: 0,
    });
  });

  it('step 2 → 3: hours in the browser\'s zone, "Where you are" not chosen, loosening waits for a breath', () => {
    const v3 = MIGRATIONS[2]!(structuredClone(v2));
    expect(v3).toEqual({
      ...v2,
      version: 3,
      timeZone: null,
      region: 'auto',
      loosenAtNight: 'pause',
    });
  });

  it('step 3 → 4: motion calmed and autoplay waiting are on, muting new sound is off; never-touched sites stay never touched, and no site is only undimmed yet', () => {
    const v4 = MIGRATIONS[3]!(structuredClone(v3));
    expect(v4).toEqual({
      ...v3,
      version: 4,
      calmMotion: true,
      autoplayWaits: true,
      keepSoundDown: false,
      notDimmed: [],
    });
  });

  it('a stored version 3 value parses into current settings: a never-touched listed site stays spared', () => {
    const parsed = parseSettings(structuredClone(v3));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { version: _old, ...rest } = v3;
    expect(parsed.settings).toEqual({
      ...rest,
      version: SETTINGS_VERSION,
      calmMotion: true,
      autoplayWaits: true,
      keepSoundDown: false,
      notDimmed: [],
    });
    expect(parsed.settings.neverTouch).toEqual(['docs.example.org', 'youtube.com']);
  });

  it('a stored version 2 value parses into current settings, keeping everything the user set', () => {
    const parsed = parseSettings(structuredClone(v2));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { version: _old, ...rest } = v2;
    expect(parsed.settings).toEqual({
      ...rest,
      version: SETTINGS_VERSION,
      timeZone: null,
      region: 'auto',
      loosenAtNight: 'pause',
      calmMotion: true,
      autoplayWaits: true,
      keepSoundDown: false,
      notDimmed: [],
    });
  });

  it('a stored version 1 value parses into valid current settings, keeping everything the user set', () => {
    const parsed = parseSettings(structuredClone(v1));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.settings.schedule).toEqual(v1.schedule);
    expect(parsed.settings.contacts).toEqual(v1.contacts);
    expect(parsed.settings.neverTouch).toEqual(v1.neverTouch);
    expect(parsed.settings.clockHiding).toBe(false);
  });

  it('does not change the object it was given', () => {
    const copy = structuredClone(v1);
    migrate(copy);
    expect(copy).toEqual(v1);
  });
});
