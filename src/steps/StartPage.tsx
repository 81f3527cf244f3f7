import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../ui/ScreenHeading';

/** What the tool is, how long it takes, and that nothing leaves the browser. */
export function StartPage({ onStart, hasDraft }: { onStart: () => void; hasDraft: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('steps.start.title')}</ScreenHeading>
      <p className="lead">{t('steps.start.lead')}</p>
      <ul>
        <li>{t('steps.start.time')}</li>
        <li>{t('steps.start.privacy')}</li>
        <li>{t('steps.start.result')}</li>
      </ul>
      <p>{t('steps.start.disclaimer')}</p>
      <button type="button" className="button-primary button-start" onClick={onStart}>
        {hasDraft ? t('steps.start.continue') : t('steps.start.button')}
      </button>
    </>
  );
}
