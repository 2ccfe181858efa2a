import { defineConfig } from 'wxt';

// Host access comes only from the content scripts' matches (LinkedIn and X); no other permission is needed.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Echo Screen',
    description: 'Screens templated pitches out of your LinkedIn and X inboxes, on your device.',
    permissions: ['storage'],
    browser_specific_settings: {
      // Nothing is collected or transmitted; WXT 0.21's manifest type predates Firefox's data_collection_permissions key.
      gecko: {
        id: 'echo-screen@echo-screen.dev',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      } as { id: string; strict_min_version: string },
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
