import { render } from 'preact';
import { setPageLanguage } from '../../utils/locale';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';

setPageLanguage();
render(<PopupApp />, document.getElementById('app')!);
