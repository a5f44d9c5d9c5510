/**
 * Type-level tests: checked by the compiler (vitest typecheck and `pnpm typecheck`), never run. A wrong body,
 * a wrong error code or a missing `ifMatch` must fail to compile.
 */
import type { ErrorCode, Schema } from '@allot/contract';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  isApiError,
  type ApiError,
  type Client,
  type ErrorCodeOf,
  type Item,
  type Result,
  type Versioned,
} from '../src/index.js';

declare const client: Client;
declare const error: unknown;

describe('bodies and arguments', () => {
  it('takes the body the contract defines', () => {
    expectTypeOf(client.minutes.transfer).parameter(0).toEqualTypeOf<Schema<'MinuteTransferRequest'>>();
    void client.minutes.transfer({ fromAccountId: 'acc_a', toAccountId: 'acc_b', minutes: 5 });
    // @ts-expect-error minutes is missing
    void client.minutes.transfer({ fromAccountId: 'acc_a', toAccountId: 'acc_b' });
    // @ts-expect-error minutes is a number
    void client.minutes.transfer({ fromAccountId: 'acc_a', toAccountId: 'acc_b', minutes: '5' });
    // @ts-expect-error no such field
    void client.minutes.transfer({ fromAccountId: 'acc_a', toAccountId: 'acc_b', minutes: 5, note: 'x' });
    // @ts-expect-error a share takes no "setAsMyDefault": the sender never sets it while sharing
    void client.shares.create({ accountId: 'acc_a', recipientEmail: 'b@x.test', setAsMyDefault: true });
  });

  it('takes path values first, then the body, then options', () => {
    expectTypeOf(client.licenses.assign).parameters.toEqualTypeOf<
      [
        licenseId: string,
        body: Schema<'LicenseAssignRequest'>,
        options: Parameters<typeof client.licenses.assign>[2],
      ]
    >();
    // @ts-expect-error the path value is missing
    void client.users.products.update({ features: {}, notify: false });
  });

  it('takes the query the contract defines, with enums and arrays', () => {
    void client.licenses.list({ status: 'assigned', costCenterId: ['cc_1'], sort: '-addedAt' });
    // @ts-expect-error not a license status
    void client.licenses.list({ status: 'lost' });
    // @ts-expect-error the month is required
    void client.billing.exportLicenseHolders({});
    // @ts-expect-error this list has no query
    void client.minutes.accounts.list({ q: 'x' });
  });

  it('requires ifMatch where the contract requires If-Match', () => {
    void client.minutes.projects.update('acc_1', { title: 'EMEA' }, { ifMatch: '"v1"' });
    // @ts-expect-error If-Match is required
    void client.minutes.projects.update('acc_1', { title: 'EMEA' });
    // @ts-expect-error If-Match is required
    void client.licenses.assign('lic_1', { userId: 'usr_ada', notify: false }, {});
  });

  it('accepts idempotencyKey only where the contract takes an Idempotency-Key', () => {
    void client.minutes.transfer(
      { fromAccountId: 'a', toAccountId: 'b', minutes: 1 },
      { idempotencyKey: 'k' },
    );
    void client.shares.create(
      { accountId: 'a', recipientEmail: 'b@x.test' },
      { idempotencyKey: 'k', signal: AbortSignal.timeout(1) },
    );
    // @ts-expect-error setDefaultAccount takes no key, so it is never retried
    void client.minutes.setDefaultAccount({ accountId: 'a' }, { idempotencyKey: 'k' });
    // @ts-expect-error no If-Match on a transfer
    void client.minutes.transfer({ fromAccountId: 'a', toAccountId: 'b', minutes: 1 }, { ifMatch: '"v1"' });
  });

  it('needs a token or getToken, not both', () => {
    createClient({ baseUrl: 'https://x', token: 't' });
    createClient({ baseUrl: 'https://x', getToken: async () => 't' });
    // @ts-expect-error no credentials at all
    createClient({ baseUrl: 'https://x' });
    // @ts-expect-error token and getToken together
    createClient({ baseUrl: 'https://x', token: 't', getToken: () => 't' });
  });
});

describe('results', () => {
  it('resolves to the response schema', () => {
    expectTypeOf(client.minutes.transfer).returns.resolves.toEqualTypeOf<Schema<'MinuteTransfer'>>();
    expectTypeOf(client.me).returns.resolves.toEqualTypeOf<Schema<'Me'>>();
    expectTypeOf(client.licenses.list).returns.resolves.toEqualTypeOf<Schema<'LicensePage'>>();
  });

  it('wraps a response that carries an ETag as { data, etag }, and only those', () => {
    expectTypeOf(client.licenses.get).returns.resolves.toEqualTypeOf<Versioned<Schema<'License'>>>();
    expectTypeOf(client.minutes.accounts.get).returns.resolves.toEqualTypeOf<
      Versioned<Schema<'MinuteAccount'>>
    >();
    expectTypeOf<Result<'assignLicense'>>().toEqualTypeOf<Versioned<Schema<'LicenseChange'>>>();
    expectTypeOf<Result<'createProject'>>().toEqualTypeOf<Versioned<Schema<'MinuteAccount'>>>();
    expectTypeOf<Result<'listMinuteAccounts'>>().toEqualTypeOf<Schema<'MinuteAccountList'>>();
  });

  it('reads CSV as a string and a PDF as a Blob', () => {
    expectTypeOf(client.billing.exportLicenseHolders).returns.resolves.toEqualTypeOf<string>();
    expectTypeOf(client.billing.invoices.pdf).returns.resolves.toEqualTypeOf<Blob>();
  });

  it('iterates items and pages of the list', () => {
    expectTypeOf(client.licenses.iterate).returns.toEqualTypeOf<
      AsyncGenerator<Schema<'License'>, void, undefined>
    >();
    expectTypeOf(client.licenses.pages).returns.toEqualTypeOf<
      AsyncGenerator<Schema<'LicensePage'>, void, undefined>
    >();
    expectTypeOf(client.minutes.ledger.iterate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf<Item<'listInvoices'>>().toEqualTypeOf<Schema<'Invoice'>>();
  });
});

describe('errors', () => {
  it('derives the codes of an operation from its error responses', () => {
    expectTypeOf<ErrorCodeOf<'transferMinutes'>>().toEqualTypeOf<
      | 'validation_failed'
      | 'unauthenticated'
      | 'forbidden'
      | 'not_found'
      | 'insufficient_minutes'
      | 'same_account'
      | 'account_not_owned'
      | 'idempotency_key_reused'
      | 'rate_limited'
      | 'unavailable'
      | 'unknown'
    >();
    expectTypeOf<ErrorCodeOf<'getMe'>>().toEqualTypeOf<
      'unauthenticated' | 'rate_limited' | 'unavailable' | 'unknown'
    >();
    expectTypeOf<ErrorCodeOf<'updateProject'>>().toExtend<ErrorCode | 'unknown'>();
    expectTypeOf<'precondition_failed'>().toExtend<ErrorCodeOf<'updateProject'>>();
  });

  it('narrows to one code', () => {
    if (isApiError(error, 'insufficient_minutes')) {
      expectTypeOf(error).toEqualTypeOf<ApiError<'insufficient_minutes'>>();
      expectTypeOf(error.code).toEqualTypeOf<'insufficient_minutes'>();
      expectTypeOf(error.errors).toEqualTypeOf<Schema<'FieldError'>[]>();
      expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
    }
    // @ts-expect-error not a code of the contract
    isApiError(error, 'insufficient_money');
  });

  it("narrows to an operation's codes, and rejects a code that operation cannot return", () => {
    if (isApiError<'transferMinutes'>(error)) {
      expectTypeOf(error.code).toEqualTypeOf<ErrorCodeOf<'transferMinutes'>>();
      // @ts-expect-error transferMinutes never answers share_exists
      if (error.code === 'share_exists') throw error;
    }
    isApiError<'createShare'>(error, 'share_exists');
    // @ts-expect-error transferMinutes never answers share_exists
    isApiError<'transferMinutes'>(error, 'share_exists');
  });
});
