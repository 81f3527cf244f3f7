import { applyTheme, themeFromQuery } from './theme';
import { allowedParent, connectParent, loadEmbedConfig } from './parentLink';

/** Whether the app runs inside a frame of another page. */
export const isEmbedded = (win: Window = window) => win.parent !== win;

/**
 * Applies the host's theme from the address and, inside an allowed frame, starts sending the
 * height and screen changes to the parent. Everything else about embedding is the host script's.
 */
export function startEmbedding(win: Window = window): void {
  applyTheme(themeFromQuery(win.location.search), win.document.documentElement);
  if (!isEmbedded(win)) return;
  win.document.documentElement.dataset.embedded = 'true';
  void loadEmbedConfig().then((config) => {
    const origin = allowedParent(win, config);
    if (origin) connectParent(win, origin);
  });
}
