import type { TFunction } from 'i18next';
import type { BusinessPickerTexts } from '@/components/business-picker';

export function pickerTexts(t: TFunction, labelText: string): BusinessPickerTexts {
  return {
    label: labelText,
    search: t('groups.picker.search'),
    searching: t('groups.picker.searching'),
    noResults: t('groups.picker.noResults'),
    choose: (name) => t('groups.picker.choose', { name }),
    change: t('groups.picker.change'),
    selected: (name) => t('groups.picker.selected', { name }),
    inactive: t('status.business.inactive'),
    failed: t('groups.picker.failed'),
    hint: t('groups.picker.hint'),
  };
}
