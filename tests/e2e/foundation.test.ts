import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../utils/settings/schema';
import { BROWSERS, nightSchedule } from './harness/browsers';
import { startTestSite, type TestSite } from './harness/server';
import { eventually, sendFrom, type ExtensionSession } from './harness/session';
import type { ChromiumSession } from './harness/chromium';
import { settingsWith } from '../helpers/settings';

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(() => site.close());

describe.each(BROWSERS)('foundation in $name', ({ launch }) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(() => session?.close());

  const status = async () => (await session.send('getStatus')).res!;

  it('the background starts, publishes the night and sets its alarms', async () => {
    const page = await session.openExtensionPage('/options.html');
    const { alarms, live } = await eventually(() =>
      page.evaluate(async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const live = (await api.storage.local.get('live')).live;
        const alarms = (await api.alarms.getAll()).map((a: { name: string }) => a.name);
        return live && alarms.length >= 2 ? { alarms, live } : undefined;
      }, undefined),
    );
    await page.close();
    expect(alarms).toEqual(expect.arrayContaining(['next-change', 'safety-check']));
    expect(live).toMatchObject({ phase: expect.stringMatching(/off|ramping|on/) });
  });

  it('settings saved from an extension page are applied, and survive a restart', async () => {
    const settings: Settings = settingsWith({
      schedule: nightSchedule(true),
      effects: { dim: 45, warmth: 20, grayscale: 10 },
    });
    const saved = await session.send('saveSettings', settings);
    expect(saved.res).toMatchObject({ ok: true, status: { night: { phase: 'on' } } });

    if (session.name === 'chromium') {
      await (session as ChromiumSession).stopWorker();
      expect((await status()).settings).toEqual(settings);
    }
    await session.restart();
    const after = await status();
    expect(after.settings).toEqual(settings);
    expect(after.night.phase).toBe('on');
  });

  it('an invalid save is refused with its error and changes nothing', async () => {
    const before = (await status()).settings;
    const bad = { ...before, schedule: { ...before.schedule, end: '25:00' } };
    const answer = await session.send('saveSettings', bad);
    expect(answer.res).toEqual({
      ok: false,
      errors: [
        {
          field: 'schedule.end',
          message: '25:00 is not a time of day. Use hours from 0 to 23 and minutes from 00 to 59.',
        },
      ],
    });
    expect((await status()).settings).toEqual(before);
  });

  it('a web page can change nothing', async () => {
    const before = (await status()).settings;
    const page = await session.openPage(`${site.origin}/`);
    const origin = session.extensionOrigin;
    const outcome = await page.evaluate(async (extensionId) => {
      const runtime = (globalThis as any).chrome?.runtime ?? (globalThis as any).browser?.runtime;
      if (!runtime?.sendMessage) return 'no messaging for web pages';
      try {
        await runtime.sendMessage(extensionId, {
          id: 1,
          type: 'resetSettings',
          timestamp: Date.now(),
        });
        return 'sent';
      } catch {
        return 'refused';
      }
    }, new URL(origin).host);
    await page.close();
    expect(outcome).not.toBe('sent');
    expect((await status()).settings).toEqual(before);
  });

  it('each extension page may send only what it needs: the pause page can reset nothing', async () => {
    const before = (await status()).settings;
    const pause = await session.openExtensionPage('/blocked.html');
    try {
      expect((await sendFrom(pause, 'getStatus')).res?.settings).toEqual(before);
      const reset = await sendFrom(pause, 'resetSettings');
      expect(reset.err?.message).toBe("Only Quiet Hours' own pages can change its settings.");
    } finally {
      await pause.close();
    }
    const popup = await session.openExtensionPage('/popup.html');
    try {
      const save = await sendFrom(popup, 'saveSettings', { ...before, clockHiding: false });
      expect(save.err?.message).toBe("Only Quiet Hours' own pages can change its settings.");
    } finally {
      await popup.close();
    }
    expect((await status()).settings).toEqual(before);
  });
});
