import { render } from 'preact';
import { Options } from '../../src/ui/options.tsx';
import { createUiApi } from '../../src/ui/popup-api.ts';

render(<Options api={createUiApi('')} />, document.getElementById('app')!);
