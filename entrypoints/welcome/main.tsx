import { render } from 'preact';
import { setPageLanguage } from '../../utils/locale';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

setPageLanguage();
render(<WelcomeApp />, document.getElementById('app')!);
