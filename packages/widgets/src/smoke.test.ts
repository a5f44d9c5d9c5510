import { describe, expect, it } from 'vitest';

describe('browser test harness', () => {
  it('runs in a real Chromium with custom elements', () => {
    expect(navigator.userAgent).toContain('Chrome');
    customElements.define('x-smoke', class extends HTMLElement {});
    expect(document.createElement('x-smoke')).toBeInstanceOf(HTMLElement);
  });
});
