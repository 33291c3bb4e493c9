import { t } from '../../utils/i18n';
import { stripCounts, type StripNight } from '../../utils/nights/strip';

const PARTS = [
  { kind: 'hard', one: 'checkin_hard_one', other: 'checkin_hard_other' },
  { kind: 'some', one: 'checkin_some_one', other: 'checkin_some_other' },
  { kind: 'unanswered', one: 'checkin_unanswered_one', other: 'checkin_unanswered_other' },
] as const;

/** The strip in words, for screen readers: how many hard nights, nights with some sleep, unanswered. */
export function stripText(strip: StripNight[]): string {
  const counts = stripCounts(strip);
  const parts = PARTS.map((part) =>
    counts[part.kind] === 1 ? t(part.one) : t(part.other, String(counts[part.kind])),
  );
  return t('checkin_strip_summary', parts.join(', '));
}

/**
 * The last 14 nights as soft dots, oldest first: shaded by the answer, hollow when skipped or
 * not answered. No numbers, no dates, no times on them; one text alternative says it all.
 */
export function NightStrip({ strip }: { strip: StripNight[] }) {
  return (
    <section class="qh-strip" aria-labelledby="qh-strip-heading">
      <h2 id="qh-strip-heading" class="qh-small-heading">
        {t('checkin_strip_heading')}
      </h2>
      <p class="qh-strip-dots" role="img" aria-label={stripText(strip)}>
        {strip.map((night) => (
          <span key={night.night} class={`qh-strip-dot qh-strip-${night.answer ?? 'none-given'}`} />
        ))}
      </p>
      <p class="qh-quiet">{t('checkin_strip_legend')}</p>
    </section>
  );
}
