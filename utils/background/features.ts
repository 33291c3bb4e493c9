import { badgeFeature } from './badge';
import { clockHidingFeature } from './clock-hiding';
import { blockingFeature } from './blocking';
import { dimmingFeature } from './dimming';
import type { Feature } from './feature';
import { calmMotionFeature } from './calm-motion';
import { autoplayFeature } from './autoplay';

/** The features reconcile applies, in order. Each lives in its own file (types in feature.ts). */
export const FEATURES: Feature[] = [
  badgeFeature,
  dimmingFeature,
  blockingFeature,
  clockHidingFeature,
  // Still pages at night (issue 16).
  calmMotionFeature,
  autoplayFeature,
];
