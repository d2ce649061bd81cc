import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useKecamatan } from '@/lib/reference/list-kecamatan';
import { SelectField } from './form-field';

type Props = Omit<ComponentProps<typeof SelectField>, 'options'> & {
  /** The label of the '' option: "all" in a filter, "choose" in a form. */
  blank: string;
  /** In a form: the '' option says "loading" until the list has arrived. */
  loadingBlank?: boolean;
};

/** The one kecamatan select (GET /api/v1/reference/kecamatan, cached): for filters and forms alike. */
export function KecamatanSelect({ blank, loadingBlank, ...select }: Props) {
  const { t } = useTranslation();
  const kecamatan = useKecamatan();
  const first = loadingBlank && kecamatan.isPending ? t('states.loading') : blank;
  return <SelectField {...select} options={[{ value: '', label: first }, ...(kecamatan.data ?? []).map((k) => ({ value: k.code, label: k.name }))]} />;
}
