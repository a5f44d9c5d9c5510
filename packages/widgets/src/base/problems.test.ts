import { ApiError, createClient } from '@allot/sdk';
import { describe, expect, it } from 'vitest';
import { BASE_URL, mockApi, speaking } from '../../test/support.js';
import { licenseTableStrings } from '../locales/catalogue.js';
import { messages as commonEn } from '../locales/en/common.js';
import { toProblem } from './problems.js';

/** Real errors of the mock, one per code the minutes and sharing flows can meet. */
async function errorsByCode(): Promise<Map<string, unknown>> {
  const api = mockApi();
  const admin = api.as('a_admin');
  const b = api.as('b_admin');
  const attempts: [string, () => Promise<unknown>][] = [
    [
      'insufficient_minutes',
      () =>
        admin.minutes.transfer({ fromAccountId: 'acc_proj_emea', toAccountId: 'acc_pool_a', minutes: 5000 }),
    ],
    [
      'same_account',
      () => admin.minutes.transfer({ fromAccountId: 'acc_pool_a', toAccountId: 'acc_pool_a', minutes: 1 }),
    ],
    [
      'portal_not_found',
      () => admin.shares.create({ accountId: 'acc_pool_a', recipientEmail: 'owner@nowhere.test' }),
    ],
    [
      'cannot_share_with_self',
      () => admin.shares.create({ accountId: 'acc_pool_a', recipientEmail: 'owner@portal-a.test' }),
    ],
    [
      'share_exists',
      () => admin.shares.create({ accountId: 'acc_proj_emea', recipientEmail: 'owner@portal-b.test' }),
    ],
    ['share_not_pending', () => admin.shares.resend('shr_berlin_b')],
    ['account_not_owned', () => b.minutes.projects.delete('acc_proj_berlin')],
    ['cannot_delete_pool', () => admin.minutes.projects.delete('acc_pool_a')],
    ['validation_failed', () => admin.minutes.projects.create({ title: 'x'.repeat(81) })],
    [
      'forbidden',
      () =>
        api
          .as('a_member')
          .minutes.transfer({ fromAccountId: 'acc_pool_a', toAccountId: 'acc_proj_emea', minutes: 1 }),
    ],
    [
      'unauthenticated',
      () => createClient({ baseUrl: BASE_URL, token: 'tok_nope', fetch: api.fetch, retry: 0 }).me(),
    ],
    ['not_found', () => admin.minutes.accounts.get('acc_nope')],
    [
      'precondition_failed',
      () => admin.minutes.projects.update('acc_proj_emea', { title: 'New' }, { ifMatch: '"v0"' }),
    ],
  ];
  const errors = new Map<string, unknown>();
  for (const [code, attempt] of attempts)
    errors.set(
      code,
      await attempt().then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
  await admin.shares.resend('shr_emea_b');
  errors.set('resend_too_soon', await admin.shares.resend('shr_emea_b').catch((e: unknown) => e));
  await admin.shares.cancel('shr_emea_b');
  errors.set('share_not_active', await admin.shares.cancel('shr_emea_b').catch((e: unknown) => e));
  api.service.faults.set({ unavailable: true });
  errors.set('unavailable', await admin.me().catch((e: unknown) => e));
  api.service.faults.set({ rateLimit: { burst: 0, retryAfter: 30 } });
  errors.set('rate_limited', await admin.me().catch((e: unknown) => e));
  return errors;
}

describe('problems', () => {
  it('gives every business error of the minutes and sharing flows its own message in English, French and German', async () => {
    const errors = await errorsByCode();
    const [en, fr, de] = await Promise.all([speaking('en'), speaking('fr'), speaking('de')]);
    const generic = en.t('error.unknown', { code: 'x' }).split('(')[0]!;
    for (const [code, error] of errors) {
      expect(error, code).toBeInstanceOf(ApiError);
      expect((error as ApiError).code, code).toBe(code);
      const messages = [en, fr, de].map((i18n) => toProblem(error, i18n).message);
      expect(messages[0], code).not.toContain(generic);
      expect(new Set(messages).size, `${code}: ${messages.join(' / ')}`).toBe(3);
    }
  });

  it('has a message of its own for every error code of the contract, in English, French and German', async () => {
    const [en, fr, de] = await Promise.all([speaking('en'), speaking('fr'), speaking('de')]);
    const generic = en.t('error.unknown', { code: 'x' }).split('(')[0]!;
    // Every code has `error.<code>` (the typecheck of error-messages.ts makes sure of that): each one said.
    const keys = Object.keys(commonEn).filter((key): key is `error.${string}` & keyof typeof commonEn =>
      key.startsWith('error.'),
    );
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const code = key.slice('error.'.length);
      const messages = [en, fr, de].map((i18n) => i18n.t(key, { code, seconds: 5 }));
      if (code !== 'unknown') expect(messages[0], code).not.toContain(generic);
      expect(new Set(messages).size, `${code}: ${messages.join(' / ')}`).toBe(3);
    }
  });

  it('explains a license error in the license table’s words, and a code it does not know generically', async () => {
    const api = mockApi();
    const admin = api.as('a_admin');
    const { items } = await admin.licenses.list({ status: 'unassigned', limit: 1 });
    const error = await admin.licenses
      .assign(items[0]!.id, { userId: 'usr_admin' }, { ifMatch: '"stale"' })
      .catch((e: unknown) => e);
    const en = await speaking('en', licenseTableStrings);
    expect(toProblem(error, en).code).toBe('precondition_failed');
    expect(
      toProblem(error, en, { messages: { precondition_failed: 'licenseTable.error.precondition_failed' } })
        .message,
    ).toBe('Someone else changed this license in the meantime; the table now shows its latest state.');
    const fromNewerServer = new ApiError(
      409,
      { code: 'seat_frozen', title: 'x', status: 409 },
      new Headers(),
      undefined,
    );
    expect(toProblem(fromNewerServer, en).message).toBe('Something went wrong (seat_frozen). Try again.');
  });

  it('puts a validation error by the field its pointer names, and the rest on the form', async () => {
    const api = mockApi();
    const error = await api
      .as('a_admin')
      .minutes.projects.create({ title: 'x'.repeat(81), description: 'y'.repeat(501) })
      .catch((e: unknown) => e);
    const i18n = await speaking('en');
    expect(toProblem(error, i18n, { fields: ['title', 'description'] })).toMatchObject({
      code: 'validation_failed',
      message: '',
      fields: { title: 'This is too long.', description: 'This is too long.' },
    });
    expect(toProblem(error, i18n, { fields: ['title'] }).message).toBe(
      'Some values are not valid. Check the form and try again.',
    );
  });

  it('puts a business error by the field it concerns', async () => {
    const api = mockApi();
    const error = await api
      .as('a_admin')
      .shares.create({ accountId: 'acc_pool_a', recipientEmail: 'owner@portal-a.test' })
      .catch((e: unknown) => e);
    const problem = toProblem(error, await speaking('fr'), {
      fieldOf: { cannot_share_with_self: 'recipientEmail' },
    });
    expect(problem.fields['recipientEmail']).toBe(
      'C’est l’adresse de votre propre portail. Saisissez l’e-mail du propriétaire de l’autre portail.',
    );
  });

  it('keeps the wait the server asked for', async () => {
    const api = mockApi();
    const admin = api.as('a_admin');
    await admin.shares.resend('shr_emea_b');
    const error = await admin.shares.resend('shr_emea_b').catch((e: unknown) => e);
    expect(toProblem(error, await speaking('en')).retryAfter).toBeGreaterThan(50);
  });
});
