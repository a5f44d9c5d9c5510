import { act, createRef, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MinutesBalance as MinutesBalanceElement, MinutesTransferredDetail } from '@allot/widgets';
import { MinutesBalance, ShareDialog, wrappers } from '../src/index.js';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// An address nothing listens on: the widgets' requests fail at once instead of reaching a network.
const OFFLINE = 'http://127.0.0.1:9/v1';

let root: Root | undefined;
let host: HTMLElement | undefined;

async function render(node: ReactNode): Promise<HTMLElement> {
  host ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(host);
  await act(async () => root!.render(node));
  return host;
}

afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  root = undefined;
  host = undefined;
});

describe('@allot/react', () => {
  it('renders every widget as its registered custom element', async () => {
    for (const [tag, Wrapper] of Object.entries(wrappers)) {
      const page = await render(<Wrapper baseUrl={OFFLINE} />);
      const element = page.querySelector(tag);
      expect(element, tag).not.toBeNull();
      expect(element).toBeInstanceOf(customElements.get(tag)!);
    }
  });

  it('sets its props as element properties, functions included', async () => {
    const getToken = async () => 'tok_a_admin';
    const page = await render(<MinutesBalance baseUrl={OFFLINE} locale="fr" getToken={getToken} />);
    const element = page.querySelector('minutes-balance')!;
    expect(element.baseUrl).toBe(OFFLINE);
    expect(element.locale).toBe('fr');
    expect(element.getToken).toBe(getToken);
  });

  it("passes React's HTML props to the element and its ref points at it", async () => {
    const ref = createRef<MinutesBalanceElement>();
    const page = await render(
      <MinutesBalance
        ref={ref}
        baseUrl={OFFLINE}
        pageSize={25}
        className="card"
        id="balance"
        style={{ margin: '3px' }}
      />,
    );
    const element = page.querySelector('minutes-balance')!;
    expect(ref.current).toBe(element);
    expect(element.id).toBe('balance');
    expect(element.className).toBe('card');
    expect(element.style.margin).toBe('3px');
    expect(element.pageSize).toBe(25);
  });

  it("hands a widget's event to its on… prop, with the detail", async () => {
    const onTransferred = vi.fn<(event: CustomEvent<MinutesTransferredDetail>) => void>();
    const page = await render(<MinutesBalance baseUrl={OFFLINE} onAllotMinutesTransferred={onTransferred} />);
    const detail: MinutesTransferredDetail = {
      transferId: 'tr_1',
      from: 'acc_pool',
      to: 'acc_proj',
      minutes: 120,
    };
    page
      .querySelector('minutes-balance')!
      .dispatchEvent(new CustomEvent('allot-minutes-transferred', { detail, bubbles: true, composed: true }));
    expect(onTransferred).toHaveBeenCalledTimes(1);
    expect(onTransferred.mock.calls[0]![0].detail).toEqual(detail);
  });

  it('stops listening when the on… prop is removed', async () => {
    const onCreated = vi.fn();
    await render(<ShareDialog baseUrl={OFFLINE} accountId="acc_pool" onAllotShareCreated={onCreated} />);
    const page = await render(<ShareDialog baseUrl={OFFLINE} accountId="acc_pool" />);
    page.querySelector('share-dialog')!.dispatchEvent(new CustomEvent('allot-share-created', { detail: {} }));
    expect(onCreated).not.toHaveBeenCalled();
  });
});
