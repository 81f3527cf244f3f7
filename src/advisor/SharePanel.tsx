import type { ReactNode } from 'react';
import type { Catalogue } from '../engine';
import { useResultsT } from '../results/labels';
import { Button } from '../ui/Button';
import type { Advisor } from './advisor';
import { FileControls } from './FileControls';
import { shareAddress } from './shareAddress';
import { ShareLinkControl } from './ShareLinkControl';
import { VariantControls } from './VariantControls';
import './advisor.css';

/** "Teilen, speichern, drucken": link, file, print and variants, under the results. */
export function SharePanel({ catalogue, advisor }: { catalogue: Catalogue; advisor: Advisor }) {
  const { t } = useResultsT();
  const part = (key: string, title: string, body: ReactNode) => (
    <div className="advisor-block" key={key}>
      <h3>{title}</h3>
      {body}
    </div>
  );
  return (
    <section className="advisor-panel" aria-labelledby="advisor-share">
      <h2 id="advisor-share">{t('advisor.panel.title')}</h2>
      <p>{t('advisor.panel.intro')}</p>
      {part('link', t('advisor.link.title'), <ShareLinkControl link={() => shareAddress(window.location, catalogue, advisor.current())} />)}
      {part('file', t('advisor.file.title'), <FileControls catalogue={catalogue} current={advisor.current} onOpen={advisor.onOpen} />)}
      {part(
        'print',
        t('advisor.print.title'),
        <div className="advisor-part">
          <p className="ui-hint">{t('advisor.print.hint')}</p>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('advisor.print.button')}
          </Button>
        </div>,
      )}
      {part('variant', t('advisor.variant.title'), <VariantControls variant={advisor.variant} onSave={advisor.onSaveVariant} onCompare={advisor.onShowCompare} />)}
    </section>
  );
}
