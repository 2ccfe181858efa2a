import { render } from 'preact';
import { Popup } from '../../src/ui/popup.tsx';
import { createPopupApi } from '../../src/ui/popup-api.ts';

render(<Popup api={createPopupApi(location.search)} />, document.getElementById('app')!);
