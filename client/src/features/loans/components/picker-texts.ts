import type { TFunction } from 'i18next';
import type { BusinessPickerTexts } from '@/components/business-picker';

export function pickerTexts(t: TFunction, labelText: string): BusinessPickerTexts {
  return {
    label: labelText,
    search: t('loans.picker.search'),
    searching: t('loans.picker.searching'),
    noResults: t('loans.picker.noResults'),
    choose: (name) => t('loans.picker.choose', { name }),
    change: t('loans.picker.change'),
    selected: (name) => t('loans.picker.selected', { name }),
    inactive: t('loans.picker.inactive'),
    failed: t('loans.picker.failed'),
    hint: t('loans.picker.hint'),
  };
}
