import { describe, expect, it, vi } from 'vitest';
import { contrast, themeFromQuery } from './theme';

describe('the host theme from the address', () => {
  it('takes a colour with AA contrast against white and a plain font list', () => {
    expect(themeFromQuery('?primary=0b5394&font=Arial')).toEqual({ primary: '#0b5394', font: 'Arial, system-ui, sans-serif' });
    expect(themeFromQuery('?primary=%23004B87')).toEqual({ primary: '#004B87' });
  });

  it('ignores a light colour, a non-colour and a font with url(), each with a warning', () => {
    const warn = vi.fn();
    expect(themeFromQuery('?primary=ffff00&font=x;background:url(evil)', warn)).toEqual({});
    expect(themeFromQuery('?primary=red', warn)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('computes the WCAG contrast ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
