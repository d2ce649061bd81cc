import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { groupDigits, RupiahField, rupiahDigits } from './rupiah-field';

function Harness() {
  const [value, setValue] = useState('');
  return (
    <>
      <RupiahField label="Modal" value={value} onValueChange={setValue} />
      <output>{value}</output>
    </>
  );
}

describe('RupiahField', () => {
  it('groups thousands with dots and keeps digits only', () => {
    expect(groupDigits('1250000')).toBe('1.250.000');
    expect(rupiahDigits('Rp 0.480.000')).toBe('480000');
    expect(rupiahDigits('000')).toBe('0');
  });

  it('shows separators as the user types and hands back digits', () => {
    render(<Harness />);
    const input = screen.getByLabelText<HTMLInputElement>('Modal');
    fireEvent.change(input, { target: { value: '15000' } });
    expect(input.value).toBe('15.000');
    fireEvent.change(input, { target: { value: '15.0000' } });
    expect(input.value).toBe('150.000');
    expect(screen.getByRole('status').textContent).toBe('150000');
    expect(input.getAttribute('inputmode')).toBe('numeric');
  });
});
