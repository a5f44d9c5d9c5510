// Compile-time checks (run by `typecheck`): the wrappers' props are the widgets' public API (typed from the
// widgets, no Lit internals) plus React's, and the JSX typings of @allot/widgets/jsx type the bare tags.
import type {} from '@allot/widgets/jsx';
import type {
  AllotElement,
  ErrorDetail,
  MinutesBalance as MinutesBalanceElement,
  MinutesPurchasedDetail,
  MinutesTransferredDetail,
} from '@allot/widgets';
import type { ComponentProps, CSSProperties, ReactNode, Ref } from 'react';
import { expectTypeOf } from 'vitest';
import {
  LicenseTable,
  MinutesBalance,
  ShareDialog,
  type wrappers as byTag,
  type MinutesBalanceElementProps,
  type MinutesBalanceProps,
} from '../src/index.js';

// The props are the documented API: the properties and the events, nothing else of the class.
expectTypeOf<keyof MinutesBalanceElementProps>().toEqualTypeOf<
  | 'baseUrl'
  | 'locale'
  | 'theme'
  | 'label'
  | 'token'
  | 'getToken'
  | 'client'
  | 'pageSize'
  | 'onAllotMinutesPurchased'
  | 'onAllotMinutesTransferred'
  | 'onAllotDefaultAccountChanged'
  | 'onAllotProjectCreated'
  | 'onAllotProjectUpdated'
  | 'onAllotProjectDeleted'
  | 'onAllotShareAccepted'
  | 'onAllotShareDeclined'
  | 'onAllotError'
>();
expectTypeOf<MinutesBalanceProps>().toHaveProperty('baseUrl');
expectTypeOf<MinutesBalanceProps>().toHaveProperty('pageSize');
expectTypeOf<MinutesBalanceProps>().toHaveProperty('onAllotMinutesPurchased');
expectTypeOf<MinutesBalanceProps>().not.toHaveProperty('requestUpdate');
expectTypeOf<MinutesBalanceProps>().not.toHaveProperty('renderRoot');
expectTypeOf<MinutesBalanceProps>().not.toHaveProperty('store');
expectTypeOf<MinutesBalanceProps>().not.toHaveProperty('updateComplete');
expectTypeOf<MinutesBalanceProps['pageSize']>().toEqualTypeOf<number | undefined>();
expectTypeOf<MinutesBalanceProps['onAllotMinutesPurchased']>().toEqualTypeOf<
  ((event: CustomEvent<MinutesPurchasedDetail>) => void) | undefined
>();
expectTypeOf<ComponentProps<typeof MinutesBalance>>().toEqualTypeOf<MinutesBalanceProps>();
// React's own props, and a ref to the element.
expectTypeOf<MinutesBalanceProps['className']>().toEqualTypeOf<string | undefined>();
expectTypeOf<MinutesBalanceProps['style']>().toEqualTypeOf<CSSProperties | undefined>();
expectTypeOf<MinutesBalanceProps['children']>().toEqualTypeOf<ReactNode | undefined>();
expectTypeOf<MinutesBalanceProps['ref']>().toEqualTypeOf<Ref<MinutesBalanceElement> | undefined>();

/** What every widget class has beyond HTMLElement and the shared configuration: Lit's and the widgets' internals. */
type Internals = Exclude<
  keyof AllotElement,
  keyof HTMLElement | 'baseUrl' | 'locale' | 'theme' | 'label' | 'token' | 'getToken' | 'client'
>;
expectTypeOf<'requestUpdate' | 'renderRoot' | 'updateComplete' | 'store'>().toExtend<Internals>();
// No wrapper has a prop named like one of them.
expectTypeOf<{
  [Tag in keyof typeof byTag]: Extract<keyof ComponentProps<(typeof byTag)[Tag]>, Internals>;
}>().toEqualTypeOf<{ [Tag in keyof typeof byTag]: never }>();

expectTypeOf<MinutesBalanceProps['onAllotMinutesTransferred']>().toEqualTypeOf<
  ((event: CustomEvent<MinutesTransferredDetail>) => void) | undefined
>();
expectTypeOf<MinutesBalanceProps['baseUrl']>().toEqualTypeOf<string | undefined>();

export const wrappers = (
  <>
    <MinutesBalance
      baseUrl="https://api.allot.dev/v1"
      getToken={async () => 'tok'}
      onAllotMinutesTransferred={(event) => expectTypeOf(event.detail.minutes).toEqualTypeOf<number>()}
      onAllotError={(event) => expectTypeOf(event.detail).toEqualTypeOf<ErrorDetail>()}
    />
    {/* @ts-expect-error accountId is a string */}
    <ShareDialog accountId={42} />
    {/* @ts-expect-error the license table sends no minutes event */}
    <LicenseTable onAllotMinutesTransferred={() => {}} />
    {/* @ts-expect-error the selection is read from the element, not set */}
    <LicenseTable selectedLicenseIds={[]} />
    {/* @ts-expect-error requestUpdate is Lit's, not a prop */}
    <MinutesBalance requestUpdate={() => {}} />
    <MinutesBalance
      className="card"
      style={{ margin: 0 }}
      pageSize={20}
      ref={(element) => {
        expectTypeOf(element).toEqualTypeOf<MinutesBalanceElement | null>();
      }}
    >
      <span>children pass through</span>
    </MinutesBalance>
  </>
);

export const tags = (
  <>
    <minutes-balance
      base-url="https://api.allot.dev/v1"
      locale="de"
      page-size={50}
      onallot-minutes-transferred={(event) =>
        expectTypeOf(event.detail).toEqualTypeOf<MinutesTransferredDetail>()
      }
    />
    <share-dialog account-id="acc_pool" className="card" />
    {/* @ts-expect-error theme is light, dark or auto */}
    <minutes-balance theme="sepia" />
  </>
);
