/**
 * Part of area `contract`: each domain refusal the contract documents, provoked on purpose through the public
 * API, must come back as exactly its status and code, the ones the widgets explain to the user
 * (`share_exists`, `license_already_assigned`, `quote_expired`, …). Rule `contract.refusal` names the code
 * expected and what came instead. Only the quote's expiry needs the fixture API (its clock).
 */
import type { OperationId } from '@allot/contract';
import { checkResponse, describe, problemCode } from '../check.js';
import { items, json, newKey, type CallOptions, type Exchange } from '../http.js';
import type { Recorder } from '../result.js';
import type { Env, World } from '../world.js';

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const key = () => ({ 'Idempotency-Key': newKey('refusal') });
/** How many licenses of a product may be deleted now, from an inventory answer. */
const deletable = (inventory: Exchange, productId: string) =>
  Number(items(inventory).find((l) => l['productId'] === productId)?.['deletable'] ?? 0);
/** A quote is open for 30 minutes (DOMAIN.md); one more minute closes it. */
const QUOTE_LIFETIME_MS = 31 * 60 * 1000;

export async function runRefusals(env: Env, rec: Recorder): Promise<void> {
  const world: World = await env.fresh();
  const { client } = env;
  const a = world.a.tokens.admin;
  const b = world.b.admin;
  const call = (token: string, op: OperationId, options: CallOptions = {}) => client.call(token, op, options);

  /** The call must be refused with `status` and `code`, as a problem the contract documents. */
  const refused = (x: Exchange, status: number, code: string, what: string) => {
    checkResponse(rec, x.operationId as OperationId, x);
    rec.expect(
      x.response.status === status && problemCode(x) === code,
      'refusal',
      `${what}: expected ${status} ${code}, got ${describe(x)} ${String(problemCode(x) ?? '')}`.trim(),
      x,
    );
  };
  /** A setup step: it must succeed, else the refusals that build on it cannot be checked. */
  const setup = (x: Exchange, what: string): boolean =>
    rec.expect(x.response.status < 300, 'refusal-setup', `${what}: ${describe(x)}`, x);

  // ——— The pool: every portal keeps it ———
  const pool = items(await call(a, 'listMinuteAccounts')).find(
    (x) => x['kind'] === 'pool' && x['access'] === 'owned',
  );
  if (rec.expect(pool !== undefined, 'refusal-setup', 'portal A lists no pool of its own'))
    refused(
      await call(a, 'deleteProject', { path: { accountId: str(pool?.['id']) } }),
      409,
      'cannot_delete_pool',
      'deleting the portal’s pool',
    );

  // ——— Sharing: A's project shared with B and accepted, then the refusals around it ———
  const project = await call(a, 'createProject', { headers: key(), body: { title: 'Refusals' } });
  const projectId = str(json(project)['id']);
  const share = await call(a, 'createShare', {
    headers: key(),
    body: { accountId: projectId, recipientEmail: world.b.ownerEmail },
  });
  const shareId = str(json(share)['id']);
  if (setup(project, 'create a project') && setup(share, 'share it with portal B')) {
    refused(
      await call(a, 'createShare', {
        headers: key(),
        body: { accountId: projectId, recipientEmail: world.b.ownerEmail },
      }),
      409,
      'share_exists',
      'sharing the same account with the same portal again',
    );
    refused(
      await call(a, 'createShare', {
        headers: key(),
        body: { accountId: projectId, recipientEmail: world.a.ownerEmail },
      }),
      422,
      'cannot_share_with_self',
      'sharing with the portal’s own owner',
    );
    refused(
      await call(a, 'createShare', {
        headers: key(),
        body: { accountId: projectId, recipientEmail: 'nobody@no-portal.invalid' },
      }),
      422,
      'portal_not_found',
      'sharing with an address that owns no portal',
    );
    refused(
      await call(a, 'resendShare', { path: { shareId } }),
      429,
      'resend_too_soon',
      'resending a share the moment it was sent',
    );
    const accepted = await call(b, 'acceptShare', { path: { shareId }, body: { setDefault: false } });
    if (setup(accepted, 'portal B accepts the share')) {
      refused(
        await call(b, 'acceptShare', { path: { shareId }, body: { setDefault: false } }),
        409,
        'share_not_pending',
        'accepting a share already accepted',
      );
      refused(
        await call(b, 'declineShare', { path: { shareId } }),
        409,
        'share_not_pending',
        'declining a share already accepted',
      );
      refused(
        await call(a, 'resendShare', { path: { shareId } }),
        409,
        'share_not_pending',
        'resending a share already accepted',
      );
      // B may spend from the account, never manage it.
      const version = (await call(b, 'getMinuteAccount', { path: { accountId: projectId } })).response
        .headers['etag'];
      refused(
        await call(b, 'updateProject', {
          path: { accountId: projectId },
          headers: { 'If-Match': version ?? '"none"' },
          body: { title: 'Not B’s' },
        }),
        422,
        'account_not_owned',
        'portal B renaming an account shared with it',
      );
      refused(
        await call(b, 'purchaseMinutes', { headers: key(), body: { accountId: projectId, minutes: 10 } }),
        422,
        'account_not_owned',
        'portal B buying minutes into an account shared with it',
      );
      refused(
        await call(b, 'createShare', {
          headers: key(),
          body: { accountId: projectId, recipientEmail: world.a.ownerEmail },
        }),
        422,
        'account_not_owned',
        'portal B sharing on an account shared with it',
      );
      refused(
        await call(b, 'deleteProject', { path: { accountId: projectId } }),
        422,
        'account_not_owned',
        'portal B deleting an account shared with it',
      );
    }
    const cancelled = await call(a, 'cancelShare', { path: { shareId } });
    if (setup(cancelled, 'cancel the share'))
      refused(
        await call(a, 'cancelShare', { path: { shareId } }),
        409,
        'share_not_active',
        'cancelling a share already ended',
      );
  }

  // ——— Invitations: one to another portal's user, revoked, then every answer to it refused ———
  const tokenOf = new Map<string, string>();
  for (const other of world.others) {
    const me = json(await call(other.token, 'getMe'));
    tokenOf.set(
      str((me['user'] as Record<string, unknown> | undefined)?.['email']).toLowerCase(),
      other.token,
    );
  }
  // Invited now, or already waiting from the server's own data: either way a pending invitation to revoke.
  await call(a, 'createInvitations', {
    headers: key(),
    body: { emails: [...tokenOf.keys()], membership: { type: 'basic' } },
  });
  const pending = items(await call(a, 'listInvitations', { query: { status: 'pending', limit: 100 } })).find(
    (i) => tokenOf.has(str(i['email']).toLowerCase()),
  );
  const invitee = tokenOf.get(str(pending?.['email']).toLowerCase());
  const invitationId = str(pending?.['id']);
  if (
    rec.expect(
      invitee !== undefined,
      'refusal-setup',
      'no pending invitation to another portal’s user after inviting them all',
    ) &&
    invitee !== undefined &&
    setup(await call(a, 'revokeInvitation', { path: { invitationId } }), 'revoke the invitation')
  ) {
    const path = { invitationId };
    refused(
      await call(a, 'revokeInvitation', { path }),
      409,
      'invitation_not_pending',
      'revoking an invitation already revoked',
    );
    refused(
      await call(a, 'resendInvitation', { path }),
      409,
      'invitation_not_pending',
      'resending a revoked invitation',
    );
    refused(
      await call(invitee, 'acceptInvitation', {
        path,
        headers: key(),
        body: { settlement: 'transfer_credit' },
      }),
      409,
      'invitation_not_pending',
      'accepting a revoked invitation',
    );
    refused(
      await call(invitee, 'declineInvitation', { path, headers: key() }),
      409,
      'invitation_not_pending',
      'declining a revoked invitation',
    );
  }

  // ——— Licenses: a seat taken meanwhile, a seat already free, a product with no free seat ———
  const free = items(await call(a, 'listLicenses', { query: { status: 'unassigned', limit: 100 } }));
  const license = free[0];
  if (license) {
    const licenseId = str(license['id']);
    const productId = str(license['productId']);
    // Users who hold no license of the product yet (`holdsProduct`), so a refusal is the rule being checked.
    const users = items(await call(a, 'listUsers', { query: { productId, limit: 100 } }))
      .filter((u) => u['holdsProduct'] === false)
      .map((u) => str(u['id']));
    const [first, second, taker] = users;
    const read = await call(a, 'getLicense', { path: { licenseId } });
    refused(
      await call(a, 'unassignLicense', {
        path: { licenseId },
        headers: { 'If-Match': read.response.headers['etag'] ?? '"none"' },
        body: { notify: false },
      }),
      409,
      'license_not_assigned',
      'unassigning a license nobody holds',
    );
    if (first && second) {
      const assigned = await call(a, 'assignLicense', {
        path: { licenseId },
        headers: { 'If-Match': read.response.headers['etag'] ?? '"none"' },
        body: { userId: first, notify: false },
      });
      if (setup(assigned, 'assign a free license')) {
        // With the license's current version: the refusal is the domain's, not a stale If-Match.
        const now = await call(a, 'getLicense', { path: { licenseId } });
        refused(
          await call(a, 'assignLicense', {
            path: { licenseId },
            headers: { 'If-Match': now.response.headers['etag'] ?? '"none"' },
            body: { userId: second, notify: false },
          }),
          409,
          'license_already_assigned',
          'assigning a license someone holds to someone else',
        );
        refused(
          await call(a, 'deleteLicenses', { headers: key(), body: { licenseIds: [licenseId] } }),
          409,
          'license_already_assigned',
          'deleting, by selection, a license someone holds',
        );
      }
    }
    // No free seat of the product left: delete every deletable one (10,000 at most a request), then ask for a seat.
    let emptied = true;
    for (let left = deletable(await call(a, 'getLicenseInventory'), productId); left > 0 && emptied;) {
      const quantity = Math.min(left, 10_000);
      const x = await call(a, 'deleteLicenses', { headers: key(), body: { productId, quantity } });
      emptied = setup(x, 'delete every free license of the product');
      left -= quantity;
    }
    if (emptied && taker)
      refused(
        await call(a, 'addUserProduct', {
          path: { userId: taker },
          headers: key(),
          body: { productId, notify: false },
        }),
        409,
        'no_free_license',
        'giving a product of which no license is free',
      );
  }

  // ——— Purchase: an allocation that does not add up, terms not accepted, a quote left open too long ———
  const product = str(items(await call(a, 'listProducts'))[0]?.['id']);
  const [center = '', otherCenter = ''] = items(await call(a, 'listCostCenters')).map((c) => str(c['id']));
  const quote = await call(a, 'createLicenseQuote', {
    headers: key(),
    body: { lines: [{ productId: product, quantity: 2 }] },
  });
  const quoteId = str(json(quote)['id']);
  if (setup(quote, 'quote two licenses')) {
    refused(
      await call(a, 'allocateLicenseQuote', {
        path: { quoteId },
        body: {
          mode: 'split',
          productId: product,
          parts: [
            { costCenterId: center, quantity: 1 },
            { costCenterId: otherCenter, quantity: 2 },
          ],
        },
      }),
      422,
      'allocation_mismatch',
      'splitting a line of two licenses into parts of one and two',
    );
    const allocated = await call(a, 'allocateLicenseQuote', {
      path: { quoteId },
      body: { mode: 'all', costCenterId: center },
    });
    if (setup(allocated, 'allocate the quote to one cost center')) {
      refused(
        await call(a, 'confirmLicenseOrder', {
          path: { quoteId },
          headers: key(),
          body: { acceptTerms: false },
        }),
        422,
        'terms_not_accepted',
        'confirming an order without accepting its terms',
      );
      await env.fixtures.advanceClock(QUOTE_LIFETIME_MS);
      refused(
        await call(a, 'confirmLicenseOrder', {
          path: { quoteId },
          headers: key(),
          body: { acceptTerms: true },
        }),
        422,
        'quote_expired',
        'confirming a quote 31 minutes old',
      );
    }
  }

  // ——— Removing inactive members: only with the user's confirmation ———
  const preview = await call(a, 'createPrunePreview', { body: {} });
  if (setup(preview, 'preview the removal of inactive members'))
    refused(
      await call(a, 'startPruneJob', {
        headers: key(),
        body: { previewVersion: str(json(preview)['previewVersion']), confirm: false },
      }),
      422,
      'confirmation_required',
      'removing inactive members without the user’s confirmation',
    );
}
