import type { ErrorsByField, SettingsForm } from '../../utils/form/settings-form';

/** What each part of the options form is given. */
export interface FieldsProps {
  form: SettingsForm;
  /** Changes some fields; the form clears their errors and its "Saved" line. */
  update: (patch: Partial<SettingsForm>) => void;
  errors: ErrorsByField;
}
