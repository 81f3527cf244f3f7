/** The theme a host may set by URL: primary colour and font family, checked before use. */
export interface Theme {
  readonly primary?: string;
  readonly font?: string;
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const FONT = /^[a-z0-9 ,'-]{1,80}$/i;

function rgb(hex: string): [number, number, number] {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance and contrast ratio. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = rgb(hex).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Reads `?primary=0b5394&font=Arial` into a theme. A colour must keep AA contrast (4.5:1) with
 * white, which it is used on and behind; a font is a plain family list (no url(), no quotes tricks).
 * Anything else is ignored with a warning.
 */
export function themeFromQuery(search: string, warn: (m: string) => void = console.warn): Theme {
  const params = new URLSearchParams(search);
  const out: { primary?: string; font?: string } = {};
  const primary = params.get('primary');
  if (primary !== null) {
    if (!HEX.test(primary)) warn(`Förderbaukasten: ignored primary="${primary}" (expected a hex colour such as 0b5394)`);
    else if (contrast(`#${primary.replace('#', '')}`, '#ffffff') < 4.5) warn(`Förderbaukasten: ignored primary="${primary}" (contrast with white below 4.5:1)`);
    else out.primary = `#${primary.replace('#', '')}`;
  }
  const font = params.get('font');
  if (font !== null) {
    if (FONT.test(font)) out.font = `${font}, system-ui, sans-serif`;
    else warn(`Förderbaukasten: ignored font="${font}" (letters, digits, spaces, commas, hyphens and ' only)`);
  }
  return out;
}

/** Applies a theme through CSS custom properties (CSSOM, allowed under style-src 'self'). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme.primary) root.style.setProperty('--color-primary', theme.primary);
  if (theme.font) root.style.setProperty('--font-family', theme.font);
}
