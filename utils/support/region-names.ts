import { t } from '../i18n';
import type { Region } from './regions';

/** Each region's name in the page's language ("Mexico", "México"). */
export const REGION_NAMES: Record<Region, () => string> = {
  US: () => t('region_US'),
  CA: () => t('region_CA'),
  GB: () => t('region_GB'),
  IE: () => t('region_IE'),
  AU: () => t('region_AU'),
  NZ: () => t('region_NZ'),
  ES: () => t('region_ES'),
  MX: () => t('region_MX'),
  other: () => t('region_other'),
};
