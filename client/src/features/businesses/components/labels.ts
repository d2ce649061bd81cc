import type { Business } from '@/lib/api/types';
import type { LegalForm, PkpStatus } from '../utils/business-form';
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

export const legalFormLabels: Labels<LegalForm> = {
  perorangan: (t) => t('businesses.legalForm.perorangan'),
  cv: (t) => t('businesses.legalForm.cv'),
  pt: (t) => t('businesses.legalForm.pt'),
  pt_perorangan: (t) => t('businesses.legalForm.pt_perorangan'),
  koperasi: (t) => t('businesses.legalForm.koperasi'),
};

export const pkpLabels: Labels<PkpStatus> = {
  pkp: (t) => t('businesses.pkpStatus.pkp'),
  non_pkp: (t) => t('businesses.pkpStatus.non_pkp'),
};
