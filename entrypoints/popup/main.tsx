import { render } from 'preact';
import { Popup } from '../../src/ui/popup.tsx';
import { createUiApi } from '../../src/ui/popup-api.ts';

render(<Popup api={createUiApi(location.search)} />, document.getElementById('app')!);
