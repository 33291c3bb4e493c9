import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SupportLinks, type SupportLinksProps } from '../../components/SupportLinks';
import { telHref } from '../../utils/support/lines';
import { REGIONS } from '../../utils/support/regions';
import { catalogue, contacts } from './helpers/component-fixtures';

/** The support list as someone in the United States sees it by day. */
function UsSupport(props: Omit<SupportLinksProps, 'region' | 'atNight'>) {
  return <SupportLinks region="US" atNight={false} {...props} />;
}

describe('SupportLinks', () => {
  it('links the helplines with tel:, sms: and https addresses', () => {
    const { container } = render(<UsSupport contacts={[]} />);
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'tel:18006624357',
        'tel:18004874889',
        'sms:435748',
        'https://www.samhsa.gov/find-help/helplines/national-helpline',
        'https://findtreatment.gov/',
        'tel:988',
        'sms:988',
        'https://988lifeline.org/',
      ]),
    );
    expect(screen.getByRole('link', { name: 'Call 1-800-662-4357' }).getAttribute('href')).toBe(
      'tel:18006624357',
    );
    expect(screen.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
  });

  it('somewhere else, links Find A Helpline', () => {
    const { container } = render(<SupportLinks contacts={[]} region="other" atNight={false} />);
    expect(container.querySelector('a[href="https://findahelpline.com/"]')).not.toBeNull();
  });

  it('opens every web link in a new tab, without opener or referrer', () => {
    const { container } = render(
      <>
        {[...REGIONS, 'other' as const].map((region) => (
          <SupportLinks key={region} contacts={contacts} region={region} atNight={false} />
        ))}
      </>,
    );
    const web = [...container.querySelectorAll('a')].filter((a) =>
      /^https?:/.test(a.getAttribute('href') ?? ''),
    );
    expect(web.length).toBeGreaterThanOrEqual(6);
    for (const link of web) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    for (const link of container.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')) {
      expect(link.hasAttribute('target')).toBe(false);
    }
  });

  it("lists the user's own contacts with tel: and https links", () => {
    const { container } = render(<UsSupport contacts={contacts} />);
    expect(container.textContent).toContain(catalogue.support_contacts_heading!.message);

    const sponsor = screen.getByText('My sponsor').closest('li')!;
    const call = within(sponsor).getByRole('link', { name: 'Call +1 (555) 010-0199' });
    expect(call.getAttribute('href')).toBe('tel:+15550100199');
    expect(within(sponsor).getAllByRole('link')).toHaveLength(1);

    const doctor = screen.getByText('Dr. Lee').closest('li')!;
    const site = within(doctor).getByRole('link', { name: /Open clinic\.example\.org/ });
    expect(site.getAttribute('href')).toBe('https://www.clinic.example.org/night');
    expect(site.getAttribute('target')).toBe('_blank');

    const sam = screen.getByText('Sam').closest('li')!;
    expect(
      within(sam)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['tel:5550123', 'https://sam.example.net/']);
  });

  it('never links a contact address that is not http(s)', () => {
    const { container } = render(
      <UsSupport contacts={[{ name: 'Odd', phone: '555 0100', url: 'javascript:alert(1)' }]} />,
    );
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(screen.getByText('Odd')).toBeTruthy();
  });

  it('leaves the contacts heading out when there are none', () => {
    const { container } = render(<UsSupport contacts={[]} />);
    expect(container.textContent).not.toContain(catalogue.support_contacts_heading!.message);
  });

  it('says once, at the end, that this is not medical advice', () => {
    const { container } = render(<UsSupport contacts={contacts} />);
    const line = catalogue.support_not_advice!.message;
    expect(container.textContent!.split(line)).toHaveLength(2);
    const section = container.querySelector('section')!;
    expect(section.lastElementChild!.textContent).toBe(line);
  });

  it('can fold the whole list into a closed <details>', () => {
    const { container } = render(<UsSupport contacts={[]} folded />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe(catalogue.support_heading!.message);
    expect(details.querySelector('a[href="tel:988"]')).not.toBeNull();
  });

  it('turns phone numbers as people write them into tel: addresses', () => {
    expect(telHref('1-800-662-4357')).toBe('tel:18006624357');
    expect(telHref(' +44 20 7946 0958 ')).toBe('tel:+442079460958');
    expect(telHref('988')).toBe('tel:988');
  });
});
