// Launches the system Chromium with the built extension and serves fixture pages under the real site URLs.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; macOS: `brew install --cask chromium`) ' +
  'or point CHROME_PATH at a Chromium-based browser that still accepts --load-extension (Chromium, not branded Chrome 137+).';

export function findChromium(env = process.env) {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist. ${INSTALL_HINT}`);
    return env.CHROME_PATH;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/**
 * Opens a fresh profile with the extension at `extensionPath` loaded; call `close()` to end it and remove the profile.
 * `jsFlags` go to V8 (benchmarks use them for diagnostic runs only: an extension cannot set them).
 */
export async function launchWithExtension({ extensionPath, headless = true, userDataDir, jsFlags } = {}) {
  const profile = userDataDir ?? mkdtempSync(join(tmpdir(), 'echo-screen-profile-'));
  const args = [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    // This machine has no network: stop Chromium's own background traffic (and its failed lookups).
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (jsFlags) args.push(`--js-flags=${jsFlags}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    args,
    viewport: { width: 1280, height: 860 },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      if (!userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

const SITE_PATTERNS = ['https://www.linkedin.com/**', 'https://x.com/**', 'https://*.licdn.com/**', 'https://*.twimg.com/**'];

/** Answers every LinkedIn and X request with an empty 404, so nothing reaches the network; pages are served per tab. */
export async function blockSites(context) {
  for (const pattern of SITE_PATTERNS) {
    await context.route(pattern, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: '' }));
  }
}

/**
 * Stops the extension's service worker through the DevTools protocol (as Chrome does after 30 s idle), from a CDP
 * session on `page`, one of the extension's own pages. The next extension event starts a fresh worker.
 */
export async function stopServiceWorkers(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Builds the extension unless `build` is false, then copies the build into a new temporary directory named after
 * `name`: returns the copy's path and the directory (the caller removes it).
 */
export async function builtExtensionCopy(root, name, { build = true } = {}) {
  if (build) {
    console.log('building (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const work = mkdtempSync(join(tmpdir(), `echo-screen-${name}-`));
  return { extensionPath: await copyBuiltExtension(root, work), work };
}

/**
 * A private copy of the built extension (.output/chrome-mv3 under `root`) in `dir`: others rebuild .output/
 * concurrently, so the copy is retried while a rebuild is half-way through. Returns the copy's path.
 */
export async function copyBuiltExtension(root, dir) {
  const extensionPath = join(dir, 'chrome-mv3');
  for (let attempt = 1; ; attempt++) {
    rmSync(extensionPath, { recursive: true, force: true });
    try {
      cpSync(join(root, '.output', 'chrome-mv3'), extensionPath, { recursive: true });
      JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));
      if (existsSync(join(extensionPath, 'background.js')) && existsSync(join(extensionPath, 'options.html'))) return extensionPath;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
    if (attempt >= 5) throw new Error('.output/chrome-mv3 is incomplete');
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** Opens a new tab showing `file` under its real `url`, so the extension's real `matches` apply. */
export async function openFixture(context, url, file) {
  const page = await context.newPage();
  const body = readFileSync(file);
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(url);
  return page;
}
