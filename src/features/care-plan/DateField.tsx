import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './TextField';

/** A date typed as dd-mm-jjjj, as everywhere in the app. */
export function DateField(props: Omit<TextFieldProps, 'hint' | 'type' | 'inputMode' | 'isMultiline'>) {
  const { t } = useTranslation();
  return <TextField {...props} hint={t('form.dateHint')} inputMode="numeric" />;
}
