import { defineBackground } from 'wxt/utils/define-background';
import { startQuietHours } from '../utils/background/start';

// Firefox (MV2) runs it as an event page, unloaded when idle like Chromium's service worker.
export default defineBackground({ persistent: false, main: () => startQuietHours() });
