// @ts-expect-error plain ESM helper shared with `npm start`
import { fixturePages } from '../../scripts/lib/fixture-pages.mjs';

export interface FixturePage {
  name: string;
  site: 'linkedin' | 'x';
  file: string;
  url: string;
}

export const FIXTURE_PAGES: FixturePage[] = fixturePages();
