import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LevelSlider } from '../../components/LevelSlider';

describe('LevelSlider', () => {
  it('shows the level as a word or a percentage, and reports moves as numbers', () => {
    const onInput = vi.fn();
    const { container, rerender } = render(
      <LevelSlider id="dim" label="Dim" value={0} onInput={onInput} />,
    );
    const slider = screen.getByLabelText('Dim') as HTMLInputElement;
    expect(slider.type).toBe('range');
    expect(slider.min).toBe('0');
    expect(slider.max).toBe('100');
    expect(container.textContent).toContain('Off');
    expect(slider.getAttribute('aria-valuetext')).toBe('Off');

    rerender(<LevelSlider id="dim" label="Dim" value={35} onInput={onInput} />);
    expect(container.textContent).toContain('35%');
    expect(slider.getAttribute('aria-valuetext')).toBe('35%');

    fireEvent.input(slider, { target: { value: '60' } });
    expect(onInput).toHaveBeenCalledWith(60);
  });
});
