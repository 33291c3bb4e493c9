import { render } from 'preact';
import { t } from '../../utils/i18n';

render(<h1>{t('extName')}</h1>, document.getElementById('app')!);
