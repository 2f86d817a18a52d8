// axe-core over what jsdom can judge: names, roles, labels, landmarks, ARIA. Colour contrast needs real layout
// and is left to the end-to-end run in Chromium; <title> and lang belong to index.html, which has its own test.
import axe from 'axe-core';

export async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, 'document-title': { enabled: false }, 'html-has-lang': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
