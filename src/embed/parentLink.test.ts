// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { allowedParent, loadEmbedConfig } from './parentLink';

const framed = (search: string, ancestor?: string) =>
  ({ parent: {}, location: { search, ...(ancestor ? { ancestorOrigins: [ancestor] } : {}) } }) as unknown as Window;

describe('talking to the embedding page', () => {
  const config = { parentOrigins: ['https://host.example'] };

  it('talks only to an allowlisted parent origin, never to *', () => {
    expect(allowedParent(framed('', 'https://host.example'), config, vi.fn())).toBe('https://host.example');
    expect(allowedParent(framed('?parent=https://host.example'), config, vi.fn())).toBe('https://host.example');
    const warn = vi.fn();
    expect(allowedParent(framed('?parent=https://evil.example'), config, warn)).toBeUndefined();
    expect(allowedParent(framed('', 'https://evil.example'), config, warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('does nothing outside a frame', () => {
    const top = { location: { search: '' } } as unknown as Window;
    (top as unknown as { parent: Window }).parent = top;
    expect(allowedParent(top, config, vi.fn())).toBeUndefined();
  });

  it('reads the allowlist from embed-config.json and keeps only origins', async () => {
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ parentOrigins: ['https://a.example', 'javascript:alert(1)', 'https://b.example/path', 3] })));
    expect(await loadEmbedConfig(fetcher as unknown as typeof fetch)).toEqual({ parentOrigins: ['https://a.example'] });
    const broken = vi.fn(async () => new Response('not json'));
    expect(await loadEmbedConfig(broken as unknown as typeof fetch)).toEqual({ parentOrigins: [] });
  });
});
