import type { Business } from '@/lib/api/types';
import type { Labels } from '@/lib/status-labels';

export {
  businessStatusLabels as statusLabels,
  ekatalogStatusLabels as ekatalogLabels,
  label,
  scaleLabels,
  sectorLabels,
} from '@/lib/status-labels';

// Literal keys (no template strings) so the translation test sees every one of them.
export const genderLabels: Labels<Business['ownerGender']> = {
  female: (t) => t('businesses.gender.female'),
  male: (t) => t('businesses.gender.male'),
};
