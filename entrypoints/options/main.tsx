import { render } from 'preact';
import { Options } from '../../src/ui/options.tsx';
import { createPopupApi } from '../../src/ui/popup-api.ts';

render(<Options api={createPopupApi('')} />, document.getElementById('app')!);
