import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { setOnline } from '../test/network';
import { StatusBar } from './StatusBar';

afterEach(() => setOnline(true));

describe('status bar', () => {
  it('shows "Offline" while the browser is offline, and nothing once back', () => {
    render(<StatusBar />);
    expect(screen.queryByText('Offline')).toBeNull();
    act(() => setOnline(false));
    expect(screen.getByRole('status').textContent).toBe('Offline');
    act(() => setOnline(true));
    expect(screen.queryByText('Offline')).toBeNull();
  });
});
