import { SCREEN_EVENT } from '../ui/ScreenHeading';
/** Messages the app sends to the host page; the host script checks exactly this shape. */
export type ToHost =
  | { readonly source: 'foerderbaukasten'; readonly type: 'height'; readonly height: number }
  | { readonly source: 'foerderbaukasten'; readonly type: 'navigate' };


interface EmbedConfig {
  readonly parentOrigins: readonly string[];
}

/** `embed-config.json` beside the app: the parent origins it may talk to (web editors keep it). */
export async function loadEmbedConfig(fetcher: typeof fetch = fetch): Promise<EmbedConfig> {
  try {
    const res = await fetcher('./embed-config.json', { credentials: 'omit', cache: 'no-cache' });
    const data = (await res.json()) as { parentOrigins?: unknown };
    const origins = Array.isArray(data.parentOrigins) ? data.parentOrigins.filter((o): o is string => typeof o === 'string' && /^https?:\/\/[^/]+$/.test(o)) : [];
    return { parentOrigins: origins };
  } catch {
    return { parentOrigins: [] };
  }
}

/**
 * The parent's origin when the app runs in a frame and that origin is on the allowlist: taken
 * from `location.ancestorOrigins` where the browser has it, else from `?parent=`. Never `*`.
 */
export function allowedParent(win: Window, config: EmbedConfig, warn: (m: string) => void = console.warn): string | undefined {
  if (win.parent === win) return undefined;
  const claimed = win.location.ancestorOrigins?.[0] ?? new URLSearchParams(win.location.search).get('parent') ?? undefined;
  if (claimed && config.parentOrigins.includes(claimed)) return claimed;
  warn(`Förderbaukasten: parent origin ${claimed ?? '(unknown)'} is not in embed-config.json; no messages are sent`);
  return undefined;
}

/** Posts the app's height on every change and a notice on every new screen, to one origin only. */
export function connectParent(win: Window, origin: string): () => void {
  const post = (m: ToHost) => win.parent.postMessage(m, origin);
  let last = 0;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const height = Math.ceil(win.document.documentElement.scrollHeight);
    if (height !== last) post({ source: 'foerderbaukasten', type: 'height', height: (last = height) });
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(win.document.body);
  const onScreen = () => {
    schedule();
    post({ source: 'foerderbaukasten', type: 'navigate' });
  };
  win.addEventListener(SCREEN_EVENT, onScreen);
  schedule();
  return () => {
    observer.disconnect();
    win.removeEventListener(SCREEN_EVENT, onScreen);
  };
}
