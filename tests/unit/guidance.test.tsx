import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Guidance } from '../../components/Guidance';
import { catalogue } from './helpers/component-fixtures';

describe('Guidance', () => {
  it('shows the expectations first, with the other sections folded in <details>', () => {
    const { container } = render(<Guidance />);
    const section = container.querySelector('section')!;
    const heading = section.firstElementChild!;
    expect(heading.tagName).toBe('H2');
    expect(heading.textContent).toBe(catalogue.guide_expect_heading!.message);

    const expectations = heading.nextElementSibling!;
    expect(expectations.tagName).not.toBe('DETAILS');
    expect(expectations.closest('details')).toBeNull();
    expect(expectations.textContent).toContain(catalogue.guide_expect_1!.message);
    expect(expectations.textContent).toContain(catalogue.guide_expect_4!.message);

    const folds = [...section.querySelectorAll('details')];
    expect(folds.map((d) => d.querySelector('summary')!.textContent)).toEqual([
      catalogue.guide_helps_heading!.message,
      catalogue.guide_not_yet_heading!.message,
      catalogue.guide_more_heading!.message,
    ]);
    for (const fold of folds) expect(fold.open).toBe(false);
    expect(folds[0]!.textContent).toContain(catalogue.guide_helps_1!.message);
    expect(folds[2]!.textContent).toContain(catalogue.guide_more_intro!.message);
    // Everything but the heading and the expectations is inside a fold.
    expect([...section.children].slice(2).every((el) => el.tagName === 'DETAILS')).toBe(true);
  });

  it('shows only the chosen sections, and only the expectations when given none', () => {
    const { container, unmount } = render(<Guidance sections={['moreSupport']} />);
    expect(container.querySelectorAll('details')).toHaveLength(1);
    expect(container.querySelector('summary')!.textContent).toBe(
      catalogue.guide_more_heading!.message,
    );
    unmount();

    const bare = render(<Guidance sections={[]} headingLevel={3} />);
    expect(bare.container.querySelectorAll('details')).toHaveLength(0);
    expect(bare.container.querySelector('h3')!.textContent).toBe(
      catalogue.guide_expect_heading!.message,
    );
    expect(bare.container.textContent).toContain(catalogue.guide_expect_2!.message);
  });
});
