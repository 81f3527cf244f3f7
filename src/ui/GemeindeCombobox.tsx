import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gemeinde } from '../engine';
import { describedBy as joinIds, VisuallyHidden } from './FieldParts';
import { GemeindeDetails, GemeindeOption } from './GemeindeDetails';
import { exactGemeinde, prepareSearch, searchGemeinden, type GemeindeSearch } from './gemeindeSearch';
import { useDebounced } from './useDebounced';

export interface GemeindeComboboxProps {
  /** The input's id; the label's `for` and the error summary point here. */
  readonly id: string;
  /** The selected AGS, '' when none. */
  readonly value: string;
  readonly onChange: (ags: string) => void;
  readonly onBlur?: () => void;
  /** Ids of hint and error, for `aria-describedby`. */
  readonly describedBy?: string;
  readonly invalid?: boolean;
  /** Called on first focus or typing (or at once when `value` is set), so the list loads only when needed. */
  readonly loadGemeinden: () => Promise<readonly Gemeinde[]>;
}

/**
 * Picks one of the Gemeinden by typing part of its name: the WAI-ARIA 1.2 "combobox with listbox
 * popup, list autocomplete with manual selection". Focus stays in the input; the highlighted option
 * is conveyed by `aria-activedescendant`, and a polite live region tells how many were found.
 */
export function GemeindeCombobox({ id, value, onChange, onBlur, describedBy, invalid, loadGemeinden }: GemeindeComboboxProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState<GemeindeSearch>();
  const [failed, setFailed] = useState(false);
  const [requested, setRequested] = useState(false);
  const [attempt, setAttempt] = useState(0);
  /** The text being typed; null while the input shows the selected Gemeinde's name. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const loading = useRef(false);

  // A preset value needs the list too, to show its name.
  const wanted = requested || value !== '';
  useEffect(() => {
    if (!wanted || loading.current) return;
    loading.current = true;
    loadGemeinden().then(
      (list) => setSearch(prepareSearch(list)),
      () => {
        loading.current = false;
        setFailed(true);
      },
    );
  }, [wanted, attempt, loadGemeinden]);

  const selected = value !== '' ? search?.byAgs.get(value) : undefined;
  const text = query ?? selected?.name ?? '';
  const result = useMemo(() => (search && query ? searchGemeinden(search, query) : { items: [], total: 0 }), [search, query]);
  const typed = query !== null && query.trim() !== '';
  const expanded = open && result.items.length > 0;
  const listboxId = `${id}-listbox`;
  const optionId = (g: Gemeinde) => `${id}-option-${g.ags}`;
  const activeItem = expanded ? result.items[active] : undefined;
  const activeId = activeItem ? optionId(activeItem) : undefined;

  // The list scrolls (at most about six options are visible), so keep the highlighted one in view.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  let message = '';
  if (failed) message = t('ui.gemeinde.loadError');
  else if (wanted && !search && typed) message = t('ui.gemeinde.loading');
  else if (open && typed && search) {
    if (result.total === 0) message = t('ui.gemeinde.none');
    else if (result.total > result.items.length) message = t('ui.gemeinde.foundMore', { total: result.total, shown: result.items.length });
    else message = t('ui.gemeinde.found', { count: result.total });
  }
  // Announce once typing pauses, not on every keystroke (as GOV.UK's accessible-autocomplete does).
  const announced = useDebounced(message, 400);

  function request() {
    setRequested(true);
    if (failed) {
      setFailed(false);
      setAttempt((a) => a + 1);
    }
  }

  function select(g: Gemeinde) {
    setQuery(null);
    setOpen(false);
    setActive(-1);
    onChange(g.ags);
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = result.items.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (n === 0) return;
        e.preventDefault();
        const down = e.key === 'ArrowDown';
        if (!expanded) {
          setOpen(true);
          setActive(down ? 0 : n - 1);
        } else setActive((a) => (down ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
        return;
      }
      case 'Enter':
        if (activeItem) {
          e.preventDefault();
          select(activeItem);
        }
        return;
      case 'Escape':
        if (!expanded && query === null && value === '') return;
        e.preventDefault();
        if (expanded) close();
        else {
          setQuery(null);
          if (value !== '') onChange('');
        }
        return;
      case 'Tab':
        close();
        return;
    }
  }

  return (
    <div className="ui-combobox">
      <div className="ui-combobox__field">
        <input
          id={id}
          className={invalid ? 'ui-input ui-combobox__input ui-input--error' : 'ui-input ui-combobox__input'}
          type="text"
          role="combobox"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          aria-describedby={joinIds(describedBy, `${id}-usage`, selected && `${id}-selected`)}
          aria-invalid={invalid ? true : undefined}
          value={text}
          onFocus={request}
          onChange={(e) => {
            request();
            setQuery(e.target.value);
            setActive(-1);
            setOpen(e.target.value.trim() !== '');
            if (value !== '') onChange('');
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            close();
            if (query !== null && search) {
              const exact = query.trim() === '' ? undefined : exactGemeinde(search, query);
              if (exact) select(exact);
              else if (query.trim() === '') setQuery(null);
            }
            onBlur?.();
          }}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label={t('ui.gemeinde.listLabel')}
          className="ui-combobox__listbox"
          hidden={!expanded}
          // Keeps focus in the input when an option is clicked, so blur does not close the list first.
          onMouseDown={(e) => e.preventDefault()}
        >
          {expanded
            ? result.items.map((g, i) => (
                <GemeindeOption key={g.ags} id={optionId(g)} gemeinde={g} active={i === active} language={i18n.language} onSelect={() => select(g)} />
              ))
            : null}
        </ul>
      </div>
      <span id={`${id}-usage`} hidden>
        {t('ui.gemeinde.usage')}
      </span>
      {wanted && !search && !failed ? <p className="ui-combobox__status">{t('ui.gemeinde.loading')}</p> : null}
      {failed ? <p className="ui-combobox__status">{t('ui.gemeinde.loadError')}</p> : null}
      {open && typed && search && result.total === 0 ? <p className="ui-combobox__status">{t('ui.gemeinde.none')}</p> : null}
      <div role="status" aria-live="polite" aria-atomic="true">
        <VisuallyHidden>{announced}</VisuallyHidden>
      </div>
      {selected ? <GemeindeDetails id={`${id}-selected`} gemeinde={selected} language={i18n.language} /> : null}
    </div>
  );
}
