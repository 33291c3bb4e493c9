import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Blocking, Contact } from '../../utils/settings/schema';
import type { RegionChoice } from '../../utils/support/regions';
import type { LiveState } from '../../utils/live-state';
import { Guidance } from '../Guidance';
import { StillLines } from '../StillLines';
import { NightsLead } from '../NightsLead';
import { SupportLinks } from '../SupportLinks';
import { BreathingPause } from './BreathingPause';

/** Props for {@link BlockedView}. */
export interface BlockedViewProps {
  /** The address that was blocked, or null when none came with the page. */
  original: string | null;
  /** The friction setting and the pause length. */
  blocking: Pick<Blocking, 'friction' | 'pauseSeconds'>;
  /** The user's own contacts, shown before the helplines. */
  contacts: Contact[];
  /** "Where you are": whose helplines to list. */
  region: RegionChoice;
  /** The night as published: what stays still on the site if it opens for a while (issue 16). */
  live?: LiveState;
  /** Asks for the site to be let through for a while; resolves true once it is. */
  onAllow: (url: string) => Promise<boolean>;
  /** Hard nights pile up (the morning check-in): the page leads with support. */
  pileUp?: boolean;
}

type Step = 'pausing' | 'ready' | 'opening' | 'failed';

/**
 * The pause page: a kind line that this can wait, the address kept in view, and either a
 * closed door until morning (friction `off`) or a breathing pause followed by "open it for a
 * while". "I can't sleep" opens the full guidance. No clock times and no countdown anywhere.
 */
export function BlockedView({
  original,
  blocking,
  contacts,
  region,
  live,
  onAllow,
  pileUp = false,
}: BlockedViewProps) {
  const [step, setStep] = useState<Step>('pausing');
  const [cantSleep, setCantSleep] = useState(false);
  const canOpen = blocking.friction === 'pause' && original !== null;

  async function open() {
    setStep('opening');
    setStep((await onAllow(original!).catch(() => false)) ? 'opening' : 'failed');
  }

  // The page only shows during quiet hours, so it is always night here.
  const support = <SupportLinks contacts={contacts} region={region} atNight />;
  return (
    <main class="qh-blocked">
      <h1>{t('blocked_heading')}</h1>
      {pileUp ? (
        <>
          <NightsLead />
          {support}
        </>
      ) : null}
      <p>{t('blocked_lead')}</p>
      {original ? (
        <div class="qh-blocked-address">
          <p class="qh-hint">{t('blocked_address_label')}</p>
          <p class="qh-address">{original}</p>
        </div>
      ) : null}
      {!canOpen ? <p>{t('blocked_closed_note')}</p> : null}
      {live && original ? <StillLines live={live} url={original} /> : null}
      {canOpen && step === 'pausing' ? (
        <BreathingPause seconds={blocking.pauseSeconds} onDone={() => setStep('ready')} />
      ) : null}
      {canOpen && step !== 'pausing' ? (
        <div class="qh-blocked-open">
          <p>{t('blocked_after_pause')}</p>
          <button type="button" onClick={open} disabled={step === 'opening'}>
            {step === 'opening' ? t('blocked_opening') : t('blocked_open')}
          </button>
          {step === 'failed' ? <p role="alert">{t('blocked_open_failed')}</p> : null}
        </div>
      ) : null}
      <p>
        <button type="button" aria-expanded={cantSleep} onClick={() => setCantSleep(!cantSleep)}>
          {t('blocked_cant_sleep')}
        </button>
      </p>
      {cantSleep ? (
        <section class="qh-cant-sleep">
          <p>{t('blocked_cant_sleep_intro')}</p>
          <Guidance />
        </section>
      ) : (
        <Guidance sections={[]} />
      )}
      {pileUp ? null : support}
    </main>
  );
}
