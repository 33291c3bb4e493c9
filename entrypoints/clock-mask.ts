import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runClockMask } from '../utils/clock-mask/page';

/**
 * The clock mask. Not in the manifest: the background registers it, and injects it into open
 * tabs, only while quiet hours run with clock hiding on (utils/background/clock-hiding.ts).
 */
export default defineUnlistedScript(() => {
  runClockMask();
});
