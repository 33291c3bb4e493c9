import { render } from 'preact';
import { setPageLanguage } from '../../utils/locale';
import '../../components/theme.css';
import '../../components/blocked/blocked.css';
import { BlockedApp } from '../../components/blocked/BlockedApp';

setPageLanguage();
render(<BlockedApp />, document.getElementById('app')!);
