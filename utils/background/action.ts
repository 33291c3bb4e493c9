import { browser } from '../browser';

type ActionApi = NonNullable<typeof browser.action>;

/**
 * The toolbar button's API: `action` in MV3 Chromium, `browserAction` in MV2 Firefox (the
 * same calls); undefined where the browser has neither.
 */
export function actionApi(): ActionApi | undefined {
  return (browser.action ?? browser.browserAction) as ActionApi | undefined;
}
