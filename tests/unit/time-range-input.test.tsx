import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TimeRangeInput } from '../../components/TimeRangeInput';

describe('TimeRangeInput', () => {
  it('reports typed times from each time input', () => {
    const onStart = vi.fn();
    const onEnd = vi.fn();
    render(<TimeRangeInput id="t" start="" end="" onStartInput={onStart} onEndInput={onEnd} />);
    fireEvent.input(screen.getByLabelText('Start'), { target: { value: '21:30' } });
    fireEvent.input(screen.getByLabelText('End'), { target: { value: '06:45' } });
    expect(onStart).toHaveBeenCalledWith('21:30');
    expect(onEnd).toHaveBeenCalledWith('06:45');
  });
});
