import { render } from 'preact';
import { setPageLanguage } from '../../utils/locale';
import '../../components/theme.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';

setPageLanguage();
render(<OptionsApp />, document.getElementById('app')!);
