import { describe, expect, it } from 'vitest';
import { badgeFeature, badgeLook } from '../../utils/background/badge';
import type { ReconcileContext } from '../../utils/background/feature';
import { IDLE_STATE, type LiveState } from '../../utils/live-state';
import type { Override } from '../../utils/schedule';
import { defaultSettings } from '../../utils/settings/schema';
import { installFakeAction } from './fakes/action';

const NOW = Date.UTC(2026, 10, 27, 23, 0);

function context(phase: LiveState['phase'], override?: Override): ReconcileContext {
  const level = phase === 'on' ? 1 : phase === 'ramping' ? 0.5 : 0;
  return {
    now: NOW,
    settings: defaultSettings(),
    night: { phase, level },
    override,
    live: { ...IDLE_STATE, phase, level },
  };
}

const pause: Override = { kind: 'pause', since: NOW, until: NOW + 3_600_000 };

describe('toolbar badge', () => {
  it('says the state in words and shows no number at all', () => {
    const looks = [
      badgeLook(context('on')),
      badgeLook(context('ramping')),
      badgeLook(context('off', pause)),
      badgeLook(context('off')),
    ];
    expect(looks.map((look) => look.title)).toEqual([
      'Quiet Hours: on for tonight',
      'Quiet Hours: winding down',
      'Quiet Hours: paused for tonight',
      'Quiet Hours: off for now',
    ]);
    for (const look of looks) expect(`${look.text} ${look.title}`).not.toMatch(/\d/);
    expect(looks.map((look) => look.text)).toEqual(['•', '•', '', '']);
  });

  it('sets a soft dot while quiet hours run and clears it when they end', async () => {
    const action = installFakeAction();
    await badgeFeature.apply(context('on'));
    expect(action.state).toMatchObject({ text: '•', title: 'Quiet Hours: on for tonight' });
    await badgeFeature.apply(context('off'));
    expect(action.state).toMatchObject({ text: '', title: 'Quiet Hours: off for now' });
  });

  it('is idempotent: a second run with the same night changes nothing', async () => {
    const action = installFakeAction();
    await badgeFeature.apply(context('ramping'));
    const calls = action.setBadgeText.mock.calls.length + action.setTitle.mock.calls.length;
    await badgeFeature.apply(context('ramping'));
    expect(action.setBadgeText.mock.calls.length + action.setTitle.mock.calls.length).toBe(calls);
  });

  it('uses browserAction where there is no action (Firefox, Manifest V2)', async () => {
    const action = installFakeAction('browserAction');
    await badgeFeature.apply(context('on'));
    expect(action.state.text).toBe('•');
  });
});
