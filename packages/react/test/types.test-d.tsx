// Compile-time checks (run by `typecheck`): the wrappers' props and event props are typed from the widgets, and
// the JSX typings of @allot/widgets/jsx type the bare tags.
import type {} from '@allot/widgets/jsx';
import type { ErrorDetail, MinutesTransferredDetail } from '@allot/widgets';
import { expectTypeOf } from 'vitest';
import { LicenseTable, MinutesBalance, ShareDialog, type MinutesBalanceProps } from '../src/index.js';

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
