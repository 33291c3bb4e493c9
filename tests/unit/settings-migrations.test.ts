import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../utils/settings/migrations';
import { parseSettings } from '../../utils/settings/parse';
import { SETTINGS_VERSION } from '../../utils/settings/schema';
import v1 from '../fixtures/settings-v1.json';

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

  it('step 2 → 3: loosening at night waits for a breathing pause, the kind default', () => {
    const v2 = MIGRATIONS[1]!(structuredClone(v1));
    const v3 = MIGRATIONS[2]!(v2);
    expect(v3.version).toBe(3);
    expect(v3.loosenAtNight).toBe('pause');
    expect({ ...v3, version: 2, loosenAtNight: undefined }).toEqual({
      ...v2,
      loosenAtNight: undefined,
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
