import { render } from 'preact';
import '../../components/theme.css';
import '../../components/welcome/welcome.css';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
