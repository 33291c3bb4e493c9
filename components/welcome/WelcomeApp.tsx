import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../utils/browser';
import {
  errorsByField,
  formToInput,
  fieldId,
  settingsToForm,
  type ErrorsByField,
  type SettingsForm,
} from '../../utils/form/settings-form';
import { t } from '../../utils/i18n';
import { mayShowHours } from '../../utils/popup-state';
import { sendMessage, type Status } from '../../utils/protocol';
import { parseSettings } from '../../utils/settings/parse';
import { SETTINGS_VERSION } from '../../utils/settings/schema';
import { HoursInput } from '../HoursInput';
import { RegionPicker } from '../RegionPicker';
import { CheckInStep } from './CheckInStep';
import { PinStep } from './PinStep';
import { PrivateStep } from './PrivateStep';

/** How the page ended: the hours saved, or left as they were. */
type Finished = 'saved' | 'skipped';

/**
 * The page opened once after install: three short steps whose defaults already work (the
 * hours and where the person is, the toolbar button, private windows). "Done" stores the hours through the same parser
 * and message as the settings page; "Skip" stores nothing, leaving the defaults in force.
 */
export function WelcomeApp() {
  const [status, setStatus] = useState<Status | null>(null);
  // What the steps can change: the hours, and where the person is (for the support lines).
  const [hours, setHours] = useState<Pick<SettingsForm, 'start' | 'end' | 'region'>>({
    start: '',
    end: '',
    region: 'auto',
  });
  const [errors, setErrors] = useState<ErrorsByField>({});
  const [busy, setBusy] = useState(false);
  const [finished, setFinished] = useState<Finished | null>(null);
  // Issue 17: the morning check-in, off unless ticked; Done records the choice either way.
  const [askEachMorning, setAskEachMorning] = useState(false);

  useEffect(() => {
    void sendMessage('getStatus').then((answer) => {
      setStatus(answer);
      const { schedule, region } = answer.settings;
      setHours({ start: schedule.start, end: schedule.end, region });
    });
  }, []);

  if (!status) return <main class="qh-welcome qh-column" aria-busy="true" />;

  async function done() {
    const form = { ...settingsToForm(status!.settings), ...hours };
    const input = formToInput(form, SETTINGS_VERSION);
    const local = parseSettings(input);
    if (!local.ok) return setErrors(errorsByField(local.errors));
    setBusy(true);
    try {
      const answer = await sendMessage('saveSettings', input);
      if (!answer.ok) return setErrors(errorsByField(answer.errors));
      await sendMessage('setCheckIn', askEachMorning);
      setFinished('saved');
    } finally {
      setBusy(false);
    }
  }

  if (finished) return <WelcomeFinished finished={finished} />;
  return (
    <main class="qh-welcome qh-column">
      <h1>{t('welcome_title')}</h1>
      <p>{t('welcome_intro')}</p>
      <section aria-labelledby="qh-welcome-hours">
        <h2 id="qh-welcome-hours">{t('welcome_hours_heading')}</h2>
        <p class="qh-hint">{t('welcome_hours_hint')}</p>
        <HoursInput
          atNight={!mayShowHours(status, Date.now())}
          start={hours.start}
          end={hours.end}
          onStartInput={(start) => setHours({ ...hours, start })}
          onEndInput={(end) => setHours({ ...hours, end })}
          startError={errors['schedule.start']}
          endError={errors['schedule.end']}
        />
        <RegionPicker
          id={fieldId('region')}
          value={hours.region}
          onChange={(region) => setHours({ ...hours, region })}
          error={errors.region}
        />
      </section>
      <PinStep />
      <PrivateStep />
      <CheckInStep checked={askEachMorning} onChange={setAskEachMorning} />
      <div class="qh-button-row qh-welcome-actions">
        <button type="button" class="qh-primary" disabled={busy} onClick={() => void done()}>
          {t('welcome_done')}
        </button>
        <button type="button" disabled={busy} onClick={() => setFinished('skipped')}>
          {t('welcome_skip')}
        </button>
      </div>
    </main>
  );
}

/** The last word: what happens now, and where the settings are. */
function WelcomeFinished({ finished }: { finished: Finished }) {
  return (
    <main class="qh-welcome qh-column">
      <h1>{t('welcome_finished_heading')}</h1>
      <p role="status">
        {t(finished === 'saved' ? 'welcome_finished_saved' : 'welcome_finished_skipped')}
      </p>
      <p>
        <a href={browser.runtime.getURL('/options.html')}>{t('welcome_open_settings')}</a>
      </p>
    </main>
  );
}
