import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { SiteListEditor } from '../../components/SiteListEditor';

describe('SiteListEditor suggestions', () => {
  function Harness({ initial, onChange }: { initial: string; onChange: (v: string) => void }) {
    const [value, setValue] = useState(initial);
    return (
      <SiteListEditor
        id="sites"
        label="Sites to pause"
        value={value}
        onInput={(next) => {
          setValue(next);
          onChange(next);
        }}
        suggestions={['youtube.com', 'reddit.com']}
      />
    );
  }

  it('appends a suggested site once, however often it is clicked', async () => {
    const onChange = vi.fn();
    render(<Harness initial={'news.example.org\n'} onChange={onChange} />);
    const textarea = screen.getByLabelText('Sites to pause') as HTMLTextAreaElement;

    const button = screen.getByRole('button', { name: 'Add youtube.com' });
    fireEvent.click(button);
    await screen.findByRole('button', { name: 'youtube.com is on the list' });
    expect(textarea.value).toBe('news.example.org\nyoutube.com');

    fireEvent.click(button);
    fireEvent.click(button);
    expect(textarea.value).toBe('news.example.org\nyoutube.com');
    expect(textarea.value.match(/youtube\.com/g)).toHaveLength(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('treats a site already typed another way as present', () => {
    const onChange = vi.fn();
    render(<Harness initial="https://www.YouTube.com/" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: /youtube\.com/ }));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Add reddit.com' }));
    expect(onChange).toHaveBeenCalledWith('https://www.YouTube.com/\nreddit.com');
  });

  it('starts an empty list with the site alone', () => {
    const onChange = vi.fn();
    render(<Harness initial="" onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add reddit.com' }));
    expect(onChange).toHaveBeenCalledWith('reddit.com');
  });
});
