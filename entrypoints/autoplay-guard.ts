import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runAutoplayGuard } from '../utils/stillness/guard';

/**
 * "Autoplay waits for a click". Not in the manifest: the background registers it, and injects
 * it into open tabs, only while quiet hours run with the setting on (utils/background/autoplay.ts).
 */
export default defineUnlistedScript(() => {
  runAutoplayGuard();
});
