import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/start.ts';
import modelSnapshot from '../src/engine/model.json';

export default defineBackground({
  type: 'module',
  main() {
    startBackground(modelSnapshot);
  },
});
