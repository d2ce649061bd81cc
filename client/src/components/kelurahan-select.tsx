import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form-field';
import { useKelurahan } from '@/lib/reference/list-kelurahan';

type Props = {
  id: string;
  name?: string;
  label: string;
  /** The kecamatan chosen: the select offers only its kelurahan. */
  kecamatanCode: string;
  /** The chosen kelurahan's Kemendagri code ('' for none). */
  value: string;
  /** Kelurahan text recorded before codes existed that matches no kelurahan: shown so the user can pick the right one. */
  unmatchedText?: string;
  required?: boolean;
  error?: string;
  onChange: (code: string, name: string) => void;
};

/** A kelurahan select driven by the kecamatan chosen (GET /api/v1/reference/kelurahan?kecamatan=). */
export function KelurahanSelect({ id, name, label, kecamatanCode, value, unmatchedText, required, error, onChange }: Props) {
  const { t } = useTranslation();
  const kelurahan = useKelurahan(kecamatanCode);
  const noKecamatan = kecamatanCode === '';
  const first = noKecamatan
    ? t('kelurahan.chooseKecamatanFirst')
    : kelurahan.isPending
      ? t('states.loading')
      : t('kelurahan.choose');
  const hint = kelurahan.isError
    ? t('kelurahan.failed')
    : !value && unmatchedText
      ? t('kelurahan.unmatched', { text: unmatchedText })
      : undefined;
  return (
    <SelectField
      id={id}
      name={name}
      label={label}
      required={required}
      disabled={noKecamatan || kelurahan.isPending}
      value={value}
      error={error}
      hint={hint}
      onChange={(e) => {
        const code = e.target.value;
        onChange(code, kelurahan.data?.find((k) => k.code === code)?.name ?? '');
      }}
      options={[{ value: '', label: first }, ...(kelurahan.data ?? []).map((k) => ({ value: k.code, label: k.name }))]}
    />
  );
}
