import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, mount, settle } from '../../test/support.js';
import { define, MinutesBalance, ShareDialog } from '../classes.js';

describe('registration', () => {
  it('registers the standard tag names', () => {
    expect(customElements.get('minutes-balance')).toBe(MinutesBalance);
    expect(customElements.get('share-dialog')).toBe(ShareDialog);
    expect(customElements.get('allot-provider')).toBeDefined();
  });

  it('takes a second registration (a second bundle) without throwing or replacing anything', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => define()).not.toThrow();
    expect(customElements.get('minutes-balance')).toBe(MinutesBalance);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('warns once when another version holds a name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    customElements.define(
      'old-minutes-balance',
      class extends HTMLElement {
        static version = '0.0.1';
      },
    );
    customElements.define(
      'old-share-dialog',
      class extends HTMLElement {
        static version = '0.0.1';
      },
    );
    define({ prefix: 'old-' });
    define({ prefix: 'old-' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('<old-minutes-balance> is already defined by version 0.0.1');
    warn.mockRestore();
  });

  it('registers under a prefix, the sub-elements following', async () => {
    define({ prefix: 'acme-' });
    const el = await mount(
      html`<acme-minutes-balance .client=${mockApi().as('a_admin')}></acme-minutes-balance>`,
    );
    expect(el).toBeInstanceOf(MinutesBalance);
    const inner = el.shadowRoot!.querySelectorAll('acme-share-dialog');
    expect(inner).toHaveLength(3);
    expect(inner[0]).toBeInstanceOf(ShareDialog);
    expect(el.shadowRoot!.querySelector('share-dialog')).toBeNull();
  });

  it.skipIf(
    typeof CustomElementRegistry !== 'function' || !('initialize' in CustomElementRegistry.prototype),
  )('registers into a scoped registry, the sub-elements following', async () => {
    const registry = new CustomElementRegistry();
    define({ registry });
    expect(registry.get('minutes-balance')).not.toBe(MinutesBalance);
    const el = document.createElement('minutes-balance', {
      customElementRegistry: registry,
    } as ElementCreationOptions) as MinutesBalance;
    expect(el).toBeInstanceOf(MinutesBalance);
    el.client = mockApi().as('a_admin');
    document.body.append(el);
    await settle(el);
    const inner = el.shadowRoot!.querySelector('share-dialog')!;
    expect(inner).toBeInstanceOf(ShareDialog);
    expect(inner.constructor).toBe(registry.get('share-dialog'));
    el.remove();
  });
});
