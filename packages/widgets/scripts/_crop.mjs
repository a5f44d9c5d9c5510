import { chromium } from 'playwright';
import { readFileSync } from 'node:fs';
const [src, x, y, w, h, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
const data = readFileSync(src).toString('base64');
await p.setContent(
  `<body style="margin:0;overflow:hidden"><img style="position:absolute;left:-${x}px;top:-${y}px" src="data:image/png;base64,${data}"></body>`,
);
await p.screenshot({ path: out });
await b.close();
