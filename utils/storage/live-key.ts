/**
 * The `storage.local` key the published night lives under. On its own so content scripts that
 * must stay small (the autoplay guard) can read the night without the browser API wrapper.
 */
export const LIVE_STATE_KEY = 'live';
