/**
 * Calm motion (issue 16): every CSS animation and transition jumps to its end. Durations become
 * one millisecond rather than `none`, so `transitionend` and `animationend` still fire and pages
 * that wait for them (carousels, menus) go on working; an endless spinner runs once and rests on
 * its last frame. Smooth scrolling is off. Each selector list the browser might not know gets a
 * rule of its own, so it drops alone.
 */
export const MOTION_CSS =
  '*,*::before,*::after{animation-duration:1ms!important;animation-delay:0s!important;' +
  'animation-iteration-count:1!important;transition-duration:1ms!important;' +
  'transition-delay:0s!important;scroll-behavior:auto!important}' +
  '::view-transition-group(*),::view-transition-old(*),::view-transition-new(*)' +
  '{animation-duration:1ms!important}';

/** The static file the browser injects at `document_start` while the night calms motion. */
export const MOTION_FILE = '/still/motion.css';

/** The file as a WXT public asset (wxt.config.ts), built from the same string as the code uses. */
export function motionAsset(): { relativeDest: string; contents: string } {
  return { relativeDest: MOTION_FILE.slice(1), contents: MOTION_CSS };
}
