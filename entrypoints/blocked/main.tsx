import { render } from 'preact';
import '../../components/theme.css';
import '../../components/blocked/blocked.css';
import { BlockedApp } from '../../components/blocked/BlockedApp';

render(<BlockedApp />, document.getElementById('app')!);
