// Photographs the states the widget platform changed, at 360 px and at desktop width, in en, fr and de, then puts
// each state's six pictures on one sheet: /tmp/platform-shots/<state>.png (and <state>~<lang>~<width>.png).
// Usage: node scripts/platform-shots.mjs [state…]
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { photograph } from './shots/photograph.mjs';

const NAMES = [
  'balance-member',
  'balance-user-manager',
  'share-member',
  'buy-review',
  'unassign-queues',
  'products-queues',
  'prune-confirm',
  'invite-revoke',
];
const names = process.argv.length > 2 ? process.argv.slice(2) : NAMES;
const out = '/tmp/platform-shots';
const widths = [360, 1200];
const langs = ['en', 'fr', 'de'];
for (const width of widths) {
  await photograph({
    page: 'platform',
    out,
    states: names.flatMap((name) => langs.map((lang) => [`${name}~${lang}`, width])),
    file: (state) => `${state}~${width}`,
    height: 800,
  });
}
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const name of names) {
    const cells = widths
      .flatMap((width) => langs.map((lang) => `${out}/${name}~${lang}~${width}.png`))
      .map(
        (path) =>
          `<figure><figcaption>${path.split('/').pop()}</figcaption><img src="data:image/png;base64,${readFileSync(path).toString('base64')}"></figure>`,
      );
    const tab = await browser.newPage({ viewport: { width: 2400, height: 800 } });
    await tab.setContent(`<style>body{margin:0;display:grid;grid-template-columns:repeat(3,1fr);gap:8px;font:12px sans-serif}
      figure{margin:0}img{width:100%;border:1px solid #ccc}</style>${cells.join('')}`);
    await tab.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    await tab.close();
    console.log(`${out}/${name}.png`);
  }
} finally {
  await browser.close();
}
