import { useId } from 'preact/hooks';
import { t } from '../utils/i18n';

/** The folding sections {@link Guidance} can show under the expectations text. */
export type GuidanceSection = 'helps' | 'notYet' | 'moreSupport';

/** Every folding section, in the order they appear. */
export const ALL_GUIDANCE_SECTIONS: readonly GuidanceSection[] = ['helps', 'notYet', 'moreSupport'];

/** Props for {@link Guidance}. */
export interface GuidanceProps {
  /**
   * Which folding sections follow the expectations text, which always shows. All of them
   * unless given; the pause page passes `[]` and shows `SupportLinks` beside it.
   */
  sections?: readonly GuidanceSection[];
  /** Level of the "What to expect" heading; 2 unless given. */
  headingLevel?: 2 | 3;
}

/**
 * What to realistically expect of sleep in early withdrawal, shown first and in full, then
 * what helps, what tends not to help yet and when to reach out for more, each folded in a
 * `<details>` so the popup stays short.
 */
export function Guidance({ sections = ALL_GUIDANCE_SECTIONS, headingLevel = 2 }: GuidanceProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const headingId = useId();
  return (
    <section class="qh-guidance" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('guide_expect_heading')}</Heading>
      <div class="qh-expectations">
        <p>{t('guide_expect_1')}</p>
        <p>{t('guide_expect_2')}</p>
        <p>{t('guide_expect_3')}</p>
        <p>{t('guide_expect_4')}</p>
      </div>
      {sections.includes('helps') ? (
        <Fold
          summary={t('guide_helps_heading')}
          items={[
            t('guide_helps_1'),
            t('guide_helps_2'),
            t('guide_helps_3'),
            t('guide_helps_4'),
            t('guide_helps_5'),
          ]}
        />
      ) : null}
      {sections.includes('notYet') ? (
        <Fold
          summary={t('guide_not_yet_heading')}
          items={[
            t('guide_not_yet_1'),
            t('guide_not_yet_2'),
            t('guide_not_yet_3'),
            t('guide_not_yet_4'),
          ]}
        />
      ) : null}
      {sections.includes('moreSupport') ? (
        <Fold
          summary={t('guide_more_heading')}
          intro={t('guide_more_intro')}
          items={[t('guide_more_1'), t('guide_more_2'), t('guide_more_3'), t('guide_more_4')]}
        />
      ) : null}
    </section>
  );
}

interface FoldProps {
  summary: string;
  intro?: string;
  items: string[];
}

/** One closed-by-default `<details>` with a short list inside. */
function Fold({ summary, intro, items }: FoldProps) {
  return (
    <details class="qh-fold">
      <summary>{summary}</summary>
      <div class="qh-fold-body">
        {intro ? <p>{intro}</p> : null}
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
