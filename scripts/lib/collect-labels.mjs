// Runs in the page: every labelled row, in the document and in open shadow roots, as plain data.
export function collectLabels() {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const bodySelector = [
    '.msg-s-event-listitem__body',
    '[data-testid^="message-text-"] span[dir="auto"]',
    '[data-testid="tweetText"]',
    '.msg-conversation-card__message-snippet',
    'span[dir="auto"]',
  ].join(',');
  const rows = [];
  roots.forEach((root, rootIndex) => {
    for (const row of root.querySelectorAll('[data-echo-screen]')) {
      const body = row.querySelector(bodySelector) ?? row;
      rows.push({
        shadow: rootIndex > 0,
        verdict: row.getAttribute('data-echo-screen'),
        score: row.getAttribute('data-echo-screen-score'),
        echo: row.getAttribute('data-echo-screen-echo'),
        tactic: row.getAttribute('data-echo-screen-tactic'),
        text: (body.textContent ?? '').replace(/\s+/g, ' ').trim(),
        height: row.getBoundingClientRect().height,
      });
    }
  });
  return rows;
}

/**
 * Waits until the number of labelled rows has been stable for `quietMs` (and is non-zero, and at least `atLeast` when
 * the caller knows how many to expect: a loaded machine can pause longer than any quiet spell), or `timeoutMs` passes.
 */
export async function waitForLabels(page, { quietMs = 600, timeoutMs = 15_000, atLeast = 1 } = {}) {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    const count = (await page.evaluate(collectLabels)).length;
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count >= atLeast && Date.now() - stableSince >= quietMs) {
      break;
    }
    await page.waitForTimeout(100);
  }
  return page.evaluate(collectLabels);
}
