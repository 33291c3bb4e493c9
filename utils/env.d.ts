/** Build-time constants, set by wxt.config.ts through Vite's `define`. */
interface ImportMetaEnv {
  /** True only in the bench build (`npm run bench`): the clock mask then reports User Timing. */
  readonly QH_BENCH?: boolean;
  /** The dimming CSS's custom property names as JSON, drawn for each build (see `dimming/names.ts`). */
  readonly QH_DIM_NAMES?: string;
}
