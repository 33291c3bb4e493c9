import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import {
  errorsByField,
  formToInput,
  settingsToForm,
  type ErrorsByField,
  type SettingsForm,
} from '../../utils/form/settings-form';
import { mayShowHours } from '../../utils/popup-state';
import { sendMessage, type Breath, type Status } from '../../utils/protocol';
import { pendingLines } from '../../utils/settings/loosens-words';
import { parseSettings } from '../../utils/settings/parse';
import { SETTINGS_VERSION } from '../../utils/settings/schema';
import { PrivateWindowNotice } from '../PrivateWindowNotice';
import { BlockingFields } from './BlockingFields';
import { CheckInFields } from './CheckInFields';
import { ContactsEditor } from './ContactsEditor';
import { EffectsFields } from './EffectsFields';
import { ImportExport } from './ImportExport';
import { LoosenAtNightField } from './LoosenAtNightField';
import { RecoveredNotice } from './RecoveredNotice';
import { RegionField } from './RegionField';
import { PrivacySection } from './PrivacySection';
import { ResetSettings } from './ResetSettings';
import { RestoredNotice } from './RestoredNotice';
import { ScheduleFields } from './ScheduleFields';
import { UtcNotice } from './UtcNotice';
import { NightLine } from './NightLine';
import { WaitingChanges } from '../WaitingChanges';
import { SyncFields } from './SyncFields';

type SaveState = 'idle' | 'saving' | 'saved' | 'invalid';

/**
 * The settings page. Nothing is stored until the whole form is valid: the page checks it with
 * the same parser the background uses for instant errors, and the background checks it again.
 */
export function OptionsApp() {
  const [status, setStatus] = useState<Status | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<ErrorsByField>({});
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [breath, setBreath] = useState<Breath | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useRef(false);

  const show = (next: Status) => {
    setStatus(next);
    // The form shows the plan as saved: what waits at night included.
    setForm(settingsToForm(next.waiting ?? next.settings));
    setErrors({});
  };

  useEffect(() => {
    void sendMessage('getStatus').then(show);
  }, []);

  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  if (!status || !form) return <main class="qh-options qh-column" aria-busy="true" />;

  const update = (patch: Partial<SettingsForm>) => {
    setForm({ ...form, ...patch });
    setSaveState('idle');
  };

  const refuse = (fieldErrors: ErrorsByField) => {
    focusError.current = true;
    setErrors(fieldErrors);
    setSaveState('invalid');
  };

  async function save(event: Event) {
    event.preventDefault();
    const input = formToInput(form!, SETTINGS_VERSION);
    const local = parseSettings(input);
    if (!local.ok) return refuse(errorsByField(local.errors));
    setSaveState('saving');
    const answer = await sendMessage('saveSettings', input);
    if (!answer.ok) return refuse(errorsByField(answer.errors));
    show(answer.status);
    setBreath(answer.breath ?? null);
    setSaveState('saved');
  }

  const waiting = status.waiting ? pendingLines(status.settings, status.waiting) : [];
  const saved = [t('options_saved'), ...waiting.map((line) => line.sentence)].join(' ');

  const fields = { form, update, errors };
  return (
    <main class="qh-options qh-column">
      <h1>{t('options_title')}</h1>
      <p class="qh-hint">{t('options_intro')}</p>
      <NightLine status={status} />
      <PrivateWindowNotice />
      <UtcNotice status={status} />
      {status.recovered ? (
        <RecoveredNotice settings={status.settings} onDismissed={setStatus} />
      ) : null}
      {status.restored ? <RestoredNotice onDismissed={setStatus} /> : null}
      <form ref={formRef} noValidate onSubmit={(event) => void save(event)}>
        <ScheduleFields {...fields} atNight={!mayShowHours(status, Date.now())} />
        <EffectsFields {...fields} />
        <BlockingFields {...fields} />
        <RegionField {...fields} />
        <ContactsEditor {...fields} />
        <LoosenAtNightField {...fields} />
        <div class="qh-save-bar">
          <button type="submit" class="qh-primary" disabled={saveState === 'saving'}>
            {t('options_save')}
          </button>
          <p
            role="status"
            class={
              saveState === 'invalid'
                ? 'qh-field-error qh-save-message'
                : 'qh-saved qh-save-message'
            }
          >
            {saveState === 'saved' ? saved : saveState === 'invalid' ? t('options_not_saved') : ''}
          </p>
        </div>
      </form>
      <WaitingChanges status={status} breath={breath} onBreath={setBreath} onStatus={show} />
      <SyncFields />
      <CheckInFields />
      <ImportExport settings={status.settings} onImported={show} />
      <ResetSettings onReset={show} />
      <PrivacySection />
    </main>
  );
}
