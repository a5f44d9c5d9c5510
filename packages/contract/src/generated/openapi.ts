// Generated from openapi/ by scripts/generate.mjs. Do not edit by hand.
export type paths = {
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The user the token acts as, their portal, their effective permissions and their role's. Widgets use the permission list to disable what the user may not do, and the role's to tell a token minted without a permission from a role that lacks it; the server still checks every call.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a widget token
         * @description Server to server only, with the portal's secret key. Returns a short-lived token (at most one hour) for one user, whose permissions are those asked for intersected with the user's role.
         */
        post: operations["createWidgetToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the portal's users
         * @description Users of the caller's portal, searchable by name, e-mail or extension (the user picker). Needs `members:read` or `licenses:assign`.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Change a user's role
         * @description Needs `roles:manage` (super admins only).
         */
        put: operations["updateUserRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minute-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List minute accounts
         * @description The accounts the caller's portal owns (its primary pool and its projects) and those other portals shared with it and it accepted (`access: shared`), with the portal's default account. A member sees only the default account (their role reads nothing else); the other roles with `minutes:read` see them all.
         */
        get: operations["listMinuteAccounts"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project account owned by the caller's portal, with a balance of 0. To share a fixed number of minutes, create a project, transfer the minutes into it (`transferMinutes`), then share it (`createShare`).
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minute-accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The minute account (owned, or shared with the caller's portal and accepted).
                 * @example acc_proj_emea
                 */
                accountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a minute account
         * @description One account the caller's portal owns or accepted as shared, with its `ETag` for `updateProject`. A member may read only the portal's default account (403 `forbidden` for any other). An account of another portal that is not shared with this one, or whose share ended, is 404.
         */
        get: operations["getMinuteAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Deletes a project the caller's portal owns. In one atomic step its remaining balance moves to the primary pool (one `transfer_out` / `transfer_in` pair in the ledger; none when the balance is 0), every share of it ends (accepted shares are revoked and, where the project was a recipient's default account, that recipient's default falls back to its own pool; pending shares are cancelled), and, if the project was the caller's default account, the pool becomes the default. No minutes are lost. The primary pool cannot be deleted (409 `cannot_delete_pool`); an account shared with the caller's portal cannot be deleted by it (422 `account_not_owned`, checked first).
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Edit an account's title or description
         * @description Changes the title and/or description of an account the caller's portal owns: a project, or the primary pool (renaming the pool is allowed; only deleting it is not). Needs the `If-Match` of the last read: a stale one is 412 `precondition_failed`, a missing one 428 `precondition_required`. An account shared with the caller's portal cannot be edited (422 `account_not_owned`).
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/minute-accounts/{accountId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The minute account (owned, or shared with the caller's portal and accepted).
                 * @example acc_proj_emea
                 */
                accountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * List an account's ledger
         * @description The transactions page: every balance change of the account, newest first, cursor-paginated. A member may read only the default account's ledger (403 `forbidden` otherwise). On an account shared with the caller's portal, the recipient sees every entry so that balances add up, but users of other portals are shown as their portal (`actor.type: portal`) and `counterpartyAccountId` is left out where the caller may not read that account.
         */
        get: operations["listLedgerEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minute-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer minutes between accounts
         * @description Moves minutes from one account the caller's portal owns to another it owns, atomically: both ledger entries are written or neither. `minutes` must not exceed the source's balance (422 `insufficient_minutes`); the two accounts must differ (422 `same_account`); an account shared with the caller's portal can be neither source nor target (422 `account_not_owned`). Requires an `Idempotency-Key`: a replay with the same key and body returns the first transfer and moves nothing; the same key with another body is 422 `idempotency_key_reused`.
         */
        post: operations["transferMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minute-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Price a minute purchase
         * @description The catalogue price of `minutes` minutes in the portal's currency, before buying: the unit price of one minute and the exact total (`minutes` × unit price, integers in minor units, no rounding). Nothing is reserved; `purchaseMinutes` charges the catalogue price at the time of purchase.
         */
        get: operations["quoteMinutePurchase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minute-purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy minutes
         * @description Buys minutes at the catalogue price into an account the caller's portal owns (the pool or a project; 422 `account_not_owned` for an account shared with it) and returns the order with its total and currency and the `purchase` ledger entry. Requires an `Idempotency-Key`, so a retry never charges twice: a replay with the same key and body returns the first purchase; the same key with another body is 422 `idempotency_key_reused`.
         */
        post: operations["purchaseMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minute-usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record minutes used by a session
         * @description Integrations call this when a session consumes minutes; it writes a `usage` ledger entry. The account may be owned by the caller's portal or shared with it and accepted (a share that was cancelled or revoked is 404). The minutes must not exceed the balance (422 `insufficient_minutes`). A member may spend only from the portal's default account: any other account is 403 `forbidden`. Requires an `Idempotency-Key`: a replay returns the first usage and spends nothing; the same key with another body is 422 `idempotency_key_reused`.
         */
        post: operations["recordUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/default-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the default account
         * @description Makes an account the portal's default, the one its sessions (including those created from integrations such as Zoom) draw minutes from. The account may be owned by the portal or shared with it and accepted; any other is 404. Changing the default is always this explicit call (or `setDefault` when accepting a share); setting the current default again changes nothing.
         */
        put: operations["setDefaultAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List outgoing shares
         * @description Shares of the caller's portal's accounts with other portals, newest first, optionally for one account and some statuses. An `accountId` the caller cannot read is 404; an account shared with the caller has no outgoing shares of the caller's (empty page).
         */
        get: operations["listOutgoingShares"];
        put?: never;
        /**
         * Share an account with another portal
         * @description Invites the portal whose owner has `recipientEmail` to spend from an account the caller's portal owns: the whole pool, or a project holding a fixed number of minutes (create the project, transfer the minutes into it, then share it). The share starts `pending` until the recipient accepts or declines; on success the UI shows "The invitation to share minutes has been sent to the account". The e-mail only identifies the portal: an unknown one is 422 `portal_not_found` and no e-mail is sent, so minutes never go to the wrong portal. Sharing with the caller's own portal is 422 `cannot_share_with_self`; an account shared with the caller cannot be re-shared (422 `account_not_owned`); a pending or accepted share of the same account with the same portal is 409 `share_exists`. There is deliberately no "set as default" option: the source warns that ticking it on the sending side is a mistake (it would make the shared account the sender's own default), so a `setDefault` field is rejected like any unknown field (400). The recipient chooses that when accepting.
         */
        post: operations["createShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares/{shareId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An outgoing share of the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend a share invitation
         * @description Sends a pending invitation again (the send icon of the source). At most once a minute per share: sooner is 429 `resend_too_soon` with `Retry-After` (the share's `resendAvailableAt` says when). Only a pending share can be resent (409 `share_not_pending`).
         */
        post: operations["resendShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shares/{shareId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An outgoing share of the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel or revoke a share
         * @description Ends a share (the bin icon of the source). A pending share becomes `cancelled`; an accepted one becomes `revoked`: the recipient loses access at once and, if the account was their default, their default falls back to their own pool. No minutes move: the account and its balance stay with the sender. A share already declined, cancelled or revoked is 409 `share_not_active`.
         */
        post: operations["cancelShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incoming shares
         * @description Shares other portals sent to the caller's portal, newest first, optionally in some statuses (the invitations to accept are `status=pending`).
         */
        get: operations["listIncomingShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-shares/{shareId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A share sent to the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a share
         * @description Accepts a pending invitation: the account appears in the caller's accounts with `access: shared`; the caller's portal may spend from it (usage) but not transfer from or to it, share, edit or delete it. `setDefault` is required and explicit: the UI pre-ticks it and explains that without it, sessions created from integrations such as Zoom do not draw from these minutes. With `setDefault: false` the default account is unchanged. Only a pending share can be accepted (409 `share_not_pending`).
         */
        post: operations["acceptShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-shares/{shareId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A share sent to the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a share
         * @description Declines a pending invitation; nothing changes in the caller's accounts. The sender may share again later. Only a pending share can be declined (409 `share_not_pending`).
         */
        post: operations["declineShare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invitations
         * @description The portal's invitations, newest first. By default only pending ones (the "Pending" section); pass `status` once or more to see others. An invitation not accepted within 30 days of its last sending becomes `expired`.
         */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite existing users
         * @description Invites up to 50 existing users by e-mail into the caller's paid portal, as basic members or with licenses of the listed products to assign on joining, with an optional message (≤ 500 characters). Each address gets its own result and the call answers 200 even when some addresses fail (partial success): an unknown e-mail fails with `user_not_found`, a user already in the portal with `already_member`, a user with a pending invitation with `invitation_exists`; the other addresses are invited. A problem that concerns the whole request is a normal problem response and invites nobody: 400 `validation_failed` (more than 50 addresses, the same address twice, a bad membership), 403 `forbidden`, 404 `not_found` (a product in `membership.productIds` is not in the catalogue), 422 `idempotency_key_reused`.
         *
         *     Each invitation is pending for 30 days. What moves with the user on joining: profile (name, picture, time zone…), scheduled meetings and webinars, cloud recordings, chat history, contacts and settings (settings that conflict with the portal's are changed). What does not move: large-meeting and webinar licenses (an admin assigns them in this portal) and report data (the invitee should download reports before accepting). A licensed invitee invited as a basic member loses the licensed features (for example cloud recording and meetings longer than 40 minutes) until a license is assigned. The invite UI says all this before sending; the same lists are in `x-moves-with-user` and `x-does-not-move`.
         */
        post: operations["createInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend an invitation
         * @description Sends the invitation e-mail again and renews the expiry to 30 days from now (`lastSentAt` and `expiresAt` move). Only a pending invitation can be resent (409 `invitation_not_pending`); for an expired or revoked one, invite the address again.
         */
        post: operations["resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/{invitationId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an invitation
         * @description Withdraws a pending invitation (pending → revoked): its link stops working and the address can be invited again. Only a pending invitation can be revoked (409 `invitation_not_pending`).
         */
        post: operations["revokeInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my invitations into other portals
         * @description Invitations of the caller (any authenticated user) into other portals, newest first; by default only pending ones. For each pending invitation, `blockers` lists what currently prevents accepting it (unpaid invoices, a pending cancellation, linked users: the codes the accept call would return) and `settlement` the prorated refund or credit on offer for the caller's current paid plan (null if it is free), so the UI can explain both before the click.
         */
        get: operations["listIncomingInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An invitation addressed to the caller.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description The caller joins the inviting portal with the invitation's membership (a licensed membership gets one free license of each product on joining). Blocked with 409 while the caller's current account has unpaid invoices (`unpaid_invoices`: pay them first), has a pending cancellation (`pending_cancellation`: reactivate the plan first, then accept to get the prorated refund or credit) or still has linked users (`linked_users_exist`, the vendor's error 1009: remove, unlink or invite them first); the problem's `blockers` lists every blocker at once. An invitation that is not pending is 409 `invitation_not_pending`.
         *
         *     A caller on a paid plan must choose `settlement` (400 `validation_failed` at `/settlement` otherwise): `refund` returns the prorated amount (plan price × unused days ÷ days in the period, rounded down to the minor unit) to the original payment method within 3–5 business days; `transfer_credit` moves it to the inviting portal as a credit entry applied to its next invoice. A free caller's `settlement` is ignored and the result's settlement is `none`. Profile, scheduled meetings and webinars, cloud recordings, chat history, contacts and settings move with the caller; large-meeting and webinar licenses and report data do not (download reports first). Invitations from other portals stay pending. Safe to retry with an `Idempotency-Key`.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incoming-invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An invitation addressed to the caller.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an invitation
         * @description The caller declines an invitation into another portal: it becomes `declined` (the inviting portal sees it so in its list) and can no longer be accepted, resent or revoked. Nothing else changes: the caller stays in their current account. An invitation that is not pending is 409 `invitation_not_pending`. Safe to retry with an `Idempotency-Key`.
         */
        post: operations["declineInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the product catalogue
         * @description Every product the portal can hold licenses of, with unit price, billing period, per-user feature toggles and their defaults, and whether the product is billed by queue membership (`queueDependent`: Contact Center is billed for a user while they sit in any call, inbound or outbound queue, as supervisor or agent).
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List licenses
         * @description The license table: one row per seat (type, assignee or "N/A", extension, cost center, date added), with full-text search, multi-select cost-center and product filters, an assigned/unassigned filter, sort, cursor pagination, the total count and facet counts. Search, filters, sort, counts and facets are all computed by the server, so the table stays fast at 100,000 licenses: a page answers within 300 ms (p95) at that size and a client never downloads the whole list. Sort ties are broken by license id so pages never skip or repeat a row; licenses without an assignee, extension or cost center sort last in either direction. A cursor is only valid with the same `q`, filters and sort it was issued for (otherwise 400 `validation_failed`). A `costCenterId` or `productId` that the portal does not have: 404 `not_found`.
         */
        get: operations["listLicenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licenses/{licenseId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license.
                 * @example lic_001a
                 */
                licenseId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a license
         * @description One license, with its version in the `ETag` header (and in `etag`), to send in `If-Match` when assigning or unassigning it.
         */
        get: operations["getLicense"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licenses/{licenseId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license to assign; it must be unassigned.
                 * @example lic_0002
                 */
                licenseId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a license to a user
         * @description Gives an unassigned license to a user of the portal, optionally sending the product-change notification e-mail. A license is assigned to at most one user: an assigned one is 409 `license_already_assigned`; a user who already holds a seat of this product is 409 `product_already_assigned`. Needs the `If-Match` of the license as last read (stale: 412 `precondition_failed`; missing: 428 `precondition_required`). An unknown license or user: 404 `not_found`.
         */
        post: operations["assignLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licenses/{licenseId}/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license to return to the pool; it must be assigned.
                 * @example lic_0007
                 */
                licenseId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unassign a license
         * @description Takes a license from its user and returns it to the pool, where it stays owned and billed and can be assigned again (the UI confirms this first); optionally sends the product-change notification e-mail. An unassigned license is 409 `license_not_assigned`. Needs `If-Match` (stale: 412; missing: 428). When the license is Connect Standard or a queue-dependent product (Contact Center) and the user still sits in at least one queue, the call succeeds but `warnings` carries `contact_center_still_billed` with those queues: the user keeps a billed Contact Center seat until they leave their last queue (use `removeUserProduct` with `removeFromQueues`, or `removeQueueMember`).
         */
        post: operations["unassignLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a user's products
         * @description The per-user products panel: the products the user holds (each through one license) with their feature toggles, and every call, inbound and outbound queue the user sits in (each keeps a Contact Center seat billed).
         */
        get: operations["getUserProducts"];
        put?: never;
        /**
         * Add a product to a user
         * @description Takes one free (unassigned) license of the product and assigns it to the user, with the given feature toggles (keys not given take the product's defaults; a key the product does not have is 400 `validation_failed`), optionally sending the product-change notification e-mail. No free license left: 409 `no_free_license` (the UI offers to buy more). The user already holds the product: 409 `product_already_assigned`. An unknown user or product: 404 `not_found`. Safe to retry with an `Idempotency-Key`.
         */
        post: operations["addUserProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
                /**
                 * @description A product the user holds.
                 * @example prd_connect
                 */
                productId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a product from a user
         * @description Takes the product from the user and returns its license to the pool, optionally sending the product-change notification e-mail. Removing Connect Standard does not remove Contact Center billing: the user keeps a billed Contact Center seat while they sit in any call, inbound or outbound queue. With `removeFromQueues: true` the user is also taken out of every queue in the same, atomic step (listed in `removedFromQueues`), which frees their Contact Center seat (its license is then in `releasedLicenseIds` too). When the removed product is Connect Standard or queue-dependent and the user is still in at least one queue after the call, `warnings` carries `contact_center_still_billed` with those queues (kind, name, role). The user does not hold the product: 409 `product_not_assigned`.
         */
        delete: operations["removeUserProduct"];
        options?: never;
        head?: never;
        /**
         * Set a user's feature toggles
         * @description Changes the user's feature toggles of one product they hold (keys not named keep their value; a key the product does not have is 400 `validation_failed`), optionally sending the product-change notification e-mail. The user does not hold the product: 409 `product_not_assigned`.
         */
        patch: operations["updateUserProduct"];
        trace?: never;
    };
    "/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact-center queues
         * @description Call, inbound and outbound queues with their supervisors and agents. Filter by `userId` to see the queues one user sits in (each keeps a Contact Center seat billed for them) and by `kind`. An unknown `userId`: 404 `not_found`.
         */
        get: operations["listQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queues/{queueId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The queue.
                 * @example que_support_fr
                 */
                queueId: components["schemas"]["Id"];
                /**
                 * @description The member to take out of the queue.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a user out of a queue
         * @description Removes the user from the queue, whatever their role in it (supervisor or agent). When it was the user's last queue, their Contact Center seat is freed and its license returns to the pool (`contactCenterSeatReleased: true`). An unknown queue, or a user who is not a member of it: 404 `not_found`.
         */
        delete: operations["removeQueueMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cost-centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cost centers
         * @description The portal's cost centers, ordered by code, searchable by code or name (the cost-center picker of the purchase flow and the cost-center filter of the license table).
         */
        get: operations["listCostCenters"];
        put?: never;
        /**
         * Create a cost center
         * @description Creates a cost center (also inline, from the allocation step of a purchase). The code is unique within the portal, compared case-insensitively: an existing code is 409 `cost_center_exists`.
         */
        post: operations["createCostCenter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a license cart
         * @description First step of a purchase: prices a cart of (product, quantity) lines at the catalogue price in the portal's currency, with tax and the next billing date. Each product appears at most once and each line holds 1–10,000 licenses; an unknown product is 404. The quote is open for 30 minutes and starts unallocated. Nothing is bought yet.
         */
        post: operations["createLicenseQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-quotes/{quoteId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license quote.
                 * @example lq_7c21
                 */
                quoteId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a license quote
         * @description The quote with its lines, current cost-center allocation and totals (the review step). A quote past its 30 minutes reads as `expired`; a confirmed one as `ordered`.
         */
        get: operations["getLicenseQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-quotes/{quoteId}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license quote to allocate.
                 * @example lq_7c21
                 */
                quoteId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate quote lines to cost centers
         * @description One cost-center allocation step of an open quote; repeat it until the allocation is as wanted. `mode: all` puts every line wholly on one cost center; `mode: selection` puts the selected lines (by product) wholly on one cost center; `mode: split` splits one line's quantity across 2–20 cost centers, and the parts must add up to the line's quantity exactly (else 422 `allocation_mismatch`). Each step replaces the earlier allocation of the lines it names and leaves the other lines as they were, so repeating a step changes nothing. Prices and totals do not change. A quote older than 30 minutes or already ordered is 422 `quote_expired`; an unknown quote, cost center or product not in the quote is 404.
         */
        post: operations["allocateLicenseQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-quotes/{quoteId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license quote to order.
                 * @example lq_7c21
                 */
                quoteId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a license order
         * @description Last step of a purchase: orders an open quote at its quoted prices, after the user read the review and ticked that they understood the order and its charges (`acceptTerms: true`, else 422 `terms_not_accepted`). Creates the lines' licenses, unassigned, each billed to its allocated cost center. A quote whose lines are not all allocated can still be confirmed: the unallocated lines' licenses are created without a cost center. Returns the statement. Idempotent by key: a replay returns the same order and buys nothing more; a quote older than 30 minutes or already ordered (with another key) is 422 `quote_expired`.
         */
        post: operations["confirmLicenseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license order.
                 * @example lo_4e90
                 */
                orderId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Get a license order statement
         * @description The printable statement of a confirmed order: order id, portal, lines with their cost centers and the licenses they created, totals and the next billing date.
         */
        get: operations["getLicenseOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get license counts per product
         * @description For each product the portal owns licenses of: owned, assigned, unassigned and deletable counts (the service's billing details). Always `assigned + unassigned = owned`; `deletable` equals `unassigned`, since only unassigned licenses can be deleted. One entry per product; not paginated.
         */
        get: operations["getLicenseInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-deletions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete unassigned licenses
         * @description Deletes unassigned licenses: `quantity` of one product (newest first; with `costCenterId`, only among those billed to that cost center), or exactly the `licenseIds` named, of any products, all or none. The final, confirming call of a two-step dialog (choose, then review and confirm); `dryRun: true` answers the review (what would be deleted, per product and per cost center) and deletes nothing. By quantity, at most what can be deleted: more is 422 `exceeds_deletable`, whose detail gives the deletable count. By selection, an assigned license is 409 `license_already_assigned` (nothing is deleted). Never touches an assigned license. An unknown product or license, or a product the portal owns no licenses of, is 404.
         */
        post: operations["deleteLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/license-moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bill licenses to another cost center
         * @description Bills the licenses named (assigned or not, of any products) to another cost center, or to none; all or none. A license already billed there is left as it was (not counted in `moved`); each one moved gets a new version. Answers every license named as it is now, and how many left each cost center. An unknown license or cost center is 404.
         */
        post: operations["moveLicenses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Billing mode and billed units
         * @description The workspace's billing mode, its billed units this month and on the next bill, the unit price and the team and member counts behind them. In `team_licenses` mode each non-archived team is one unit; in `user_licenses` mode each member of at least one active team is one unit; archived teams are never billed. `billedUnits.nextMonth` always equals the count the mode defines today; `current` is what this month's bill uses (archiving takes effect on the next bill). Needs `members:read`.
         */
        get: operations["getWorkspaceBilling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description The workspace's teams, active and archived, with their member count and whether they count on the next bill. Searchable by name and filterable by status. Needs `members:read`.
         */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/teams/{teamId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The team.
                 * @example tm_marketing
                 */
                teamId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a team
         * @description Archives a team: it stops being billed from the next bill (`effectiveFrom`, the first day of next month), and its members who are in no other active team become inactive (no longer billed in `user_licenses` mode, but they keep access until removed). `current` billed units do not change. With `dryRun: true` nothing changes and the response shows the billed units before and after, for the UI to show before confirming. Archiving an archived team changes nothing and returns 200 with equal `before` and `after`. Needs `members:remove`.
         */
        post: operations["archiveTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/teams/{teamId}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The team.
                 * @example tm_launch_2025
                 */
                teamId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unarchive a team
         * @description Makes an archived team active again: it (in `team_licenses` mode) or its members (in `user_licenses` mode) count on the next bill (`effectiveFrom`, the first day of next month), and its members become active. `current` billed units do not change. With `dryRun: true` nothing changes and the response shows the billed units before and after. Unarchiving an active team changes nothing and returns 200 with equal `before` and `after`. Needs `members:remove`.
         */
        post: operations["unarchiveTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspace members
         * @description The workspace's members with their teams and status. A member is `inactive` when they are in no active team: not billed in `user_licenses` mode, but they keep access to workspace content until removed. Searchable by name and e-mail, filterable by status. Needs `members:read`.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/prune-previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview removing inactive members
         * @description A dry run that changes nothing: the inactive members (in no active team) that removing would take out of the workspace, their count, the effect on billed units and a `previewVersion`. The caller and super admins are never removed: they are listed in `excluded` with the reason. Inactive members are not billed in `user_licenses` mode and members are not units in `team_licenses` mode, so `before` and `after` are usually equal; they are shown so the user sees it before confirming. Start the removal with `startPruneJob` and this `previewVersion`; it goes stale as soon as teams or members change. Needs `members:remove`.
         */
        post: operations["createPrunePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/prune-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the previewed inactive members
         * @description Starts a job that removes the members of the preview named by `previewVersion`; removed members lose access to the workspace at once. Needs `confirm: true` (else 422 `confirmation_required`). If teams or members changed since the preview, or the version is unknown or already used to start a job, nothing happens and the answer is 412 `stale_preview`: preview again (this 412 is not an `If-Match` precondition). The caller and super admins are never removed. Returns 202 with the job and its `Location`; poll `getPruneJob` for progress and the list of who was removed. A replay with the same `Idempotency-Key` and body returns the same job. Needs `members:remove`.
         */
        post: operations["startPruneJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace/prune-jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The prune job.
                 * @example job_prune_01
                 */
                jobId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Progress of a prune job
         * @description Status and progress of a prune job, who was removed so far (by name and e-mail) and who could not be removed and why, with billed units before the job and now. Needs `members:remove`.
         */
        get: operations["getPruneJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/exports/billed-license-holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export billed license holders
         * @description The billed license holders of one month as CSV (RFC 4180: UTF-8 without BOM, CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled), with a header row `month,billing_mode,unit_id,unit_name,email` and one row per billed unit, in the billing mode of that month. In `team_licenses` mode a unit is a non-archived team (`unit_id` and `unit_name` are the team's, `email` is empty); in `user_licenses` mode a unit is a member of at least one active team (the user's id, name and e-mail). Archived teams and inactive members are never listed. The current month lists the units billed so far; a later month is 400 `validation_failed`; a month before the workspace existed has only the header row. Served as an attachment.
         */
        get: operations["exportBilledLicenseHolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description The portal's invoices, newest period first, with period, amount (credits already deducted) and status. Download one with `getInvoicePdf`.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/invoices/{invoiceId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice.
                 * @example inv_2026_10
                 */
                invoiceId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Download an invoice PDF
         * @description The invoice as a PDF document, served as an attachment named after the invoice number.
         */
        get: operations["getInvoicePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/billing/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credits
         * @description The portal's credit entries, newest first: prorated credits transferred by invited users who joined (`transfer_credit`, one per accepted invitation with that choice) and manual adjustments. A credit is deducted from the portal's next invoice; `appliesTo` then names that invoice.
         */
        get: operations["listCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description Opaque identifier.
         * @example acc_9f2b
         */
        Id: string;
        /**
         * Format: email
         * @example owner@portal-b.test
         */
        Email: string;
        /**
         * @description A user's role in one portal; it decides the permissions (the table under `Permission`).
         * @example admin
         * @enum {string}
         */
        Role: "super_admin" | "admin" | "user_manager" | "member";
        User: {
            id: components["schemas"]["Id"];
            /** @example Ada Martin */
            name: string;
            email: components["schemas"]["Email"];
            role: components["schemas"]["Role"];
            /**
             * @description Phone extension, where the user has one.
             * @example 2041
             */
            extension?: string;
            /**
             * @description Only in `listUsers` asked with `productId`: whether the user already holds a license of that product.
             * @example false
             */
            holdsProduct?: boolean;
        };
        /** @description One customer tenant. */
        Portal: {
            id: components["schemas"]["Id"];
            /** @example Portal A */
            name: string;
            ownerEmail: components["schemas"]["Email"];
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "pending_cancellation";
            /** @example EUR */
            currency: string;
            /** @example false */
            hasUnpaidInvoices: boolean;
        };
        /**
         * @description One permission. A role gives these (✓); a widget token gives the ones it was minted with that its user's
         *     role has, so a token can only narrow a role.
         *
         *     | permission | super_admin | admin | user_manager | member |
         *     | --- | :-: | :-: | :-: | :-: |
         *     | `minutes:read` | ✓ | ✓ | ✓ | ✓ |
         *     | `minutes:spend` | ✓ | ✓ | ✓ | ✓ |
         *     | `minutes:manage` | ✓ | ✓ | | |
         *     | `minutes:purchase` | ✓ | ✓ | | |
         *     | `licenses:read` | ✓ | ✓ | ✓ | |
         *     | `licenses:assign` | ✓ | ✓ | ✓ | |
         *     | `licenses:purchase` | ✓ | ✓ | | |
         *     | `licenses:delete` | ✓ | ✓ | | |
         *     | `cost_centers:manage` | ✓ | ✓ | | |
         *     | `members:read` | ✓ | ✓ | ✓ | |
         *     | `members:invite` | ✓ | ✓ | ✓ | |
         *     | `members:remove` | ✓ | ✓ | | |
         *     | `billing:read` | ✓ | ✓ | | |
         *     | `roles:manage` | ✓ | | | |
         * @example minutes:manage
         * @enum {string}
         */
        Permission: "minutes:read" | "minutes:spend" | "minutes:manage" | "minutes:purchase" | "licenses:read" | "licenses:assign" | "licenses:purchase" | "licenses:delete" | "cost_centers:manage" | "members:read" | "members:invite" | "members:remove" | "billing:read" | "roles:manage";
        /** @description Who the token acts as, in which portal, and what they may do. */
        Me: {
            user: components["schemas"]["User"];
            portal: components["schemas"]["Portal"];
            /** @description Effective permissions (the role's, cut down to the token's scopes). */
            permissions: components["schemas"]["Permission"][];
            /** @description The permissions of the user's role, before the token's scopes. One here but not in `permissions` was left out when the token was minted: the page that embeds the widget must ask for it, not the user's administrator. */
            rolePermissions: components["schemas"]["Permission"][];
        };
        /**
         * @description The one list of machine error codes. Every problem+json response carries one of these in `code`; each operation documents the subset it can return. Codes marked "(contract)" are rules DOMAIN.md leaves implicit and the contract makes explicit.
         * @enum {string}
         */
        ErrorCode: "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "precondition_failed" | "precondition_required" | "rate_limited" | "unavailable" | "insufficient_minutes" | "idempotency_key_reused" | "cannot_delete_pool" | "portal_not_found" | "cannot_share_with_self" | "share_exists" | "resend_too_soon" | "user_not_found" | "already_member" | "invitation_exists" | "unpaid_invoices" | "pending_cancellation" | "linked_users_exist" | "license_already_assigned" | "no_free_license" | "allocation_mismatch" | "terms_not_accepted" | "cost_center_exists" | "exceeds_deletable" | "stale_preview" | "account_not_owned" | "same_account" | "share_not_pending" | "share_not_active" | "invitation_not_pending" | "product_already_assigned" | "product_not_assigned" | "license_not_assigned" | "quote_expired" | "confirmation_required";
        /** @description One invalid field of a request. */
        FieldError: {
            /**
             * @description JSON Pointer (RFC 6901) into the request body, or `/query/<name>` / `/header/<name>` for parameters.
             * @example /minutes
             */
            pointer: string;
            /**
             * @description The JSON Schema keyword that failed (`minimum`, `maxLength`, `format`, `required`, …).
             * @example minimum
             */
            code: string;
            /** @example must be >= 1 */
            message: string;
        };
        /** @description RFC 9457 problem details with a stable machine `code`. */
        Problem: {
            /**
             * Format: uri-reference
             * @description URI naming the problem type; `https://docs.allot.dev/problems/<code>`.
             * @example https://docs.allot.dev/problems/insufficient_minutes
             */
            type: string;
            /** @example Not enough minutes */
            title: string;
            /** @example 422 */
            status: number;
            code: components["schemas"]["ErrorCode"];
            /** @example The account has 120 minutes; 500 were asked for. */
            detail: string;
            /**
             * Format: uri-reference
             * @example /v1/minute-transfers
             */
            instance?: string;
            /**
             * @description Identifier of the request, to quote to support.
             * @example req_8c1d2e
             */
            requestId?: string;
            /** @description Present for `validation_failed`. */
            errors?: components["schemas"]["FieldError"][];
        };
        WidgetTokenRequest: {
            portalId: components["schemas"]["Id"];
            userId: components["schemas"]["Id"];
            /** @description Permissions the widget needs; the token gets their intersection with the user's role. */
            permissions: components["schemas"]["Permission"][];
            /**
             * @description Lifetime of the token; at most one hour.
             * @default 900
             */
            ttlSeconds?: number;
        };
        /**
         * Format: date-time
         * @description RFC 3339, UTC.
         * @example 2026-11-02T09:30:00Z
         */
        Timestamp: string;
        WidgetToken: {
            /**
             * @description The bearer token for the widget. Never log it or put it in a URL.
             * @example wt_3b5f0e9c7a
             */
            token: string;
            expiresAt: components["schemas"]["Timestamp"];
            permissions: components["schemas"]["Permission"][];
            portalId: components["schemas"]["Id"];
            userId: components["schemas"]["Id"];
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /** @example 1 */
            total: number;
        };
        RoleUpdate: {
            role: components["schemas"]["Role"];
        };
        /**
         * @description `pool` is the portal's primary pool, created with the portal; it cannot be deleted. `project` is an account the portal created to set minutes apart (for example to share a fixed number of them).
         * @example project
         * @enum {string}
         */
        MinuteAccountKind: "pool" | "project";
        /**
         * @description `owned`: the caller's portal owns the account. `shared`: another portal owns it and shared it with the caller's portal, which accepted; the caller may spend from it (usage) and make it its default, but not transfer from or to it, share, edit or delete it.
         * @example owned
         * @enum {string}
         */
        MinuteAccountAccess: "owned" | "shared";
        /** @description The public face of a portal. */
        PortalRef: {
            id: components["schemas"]["Id"];
            /** @example Portal B */
            name: string;
            ownerEmail: components["schemas"]["Email"];
        };
        /** @description One balance of minutes (not money). An owned account belongs to the caller's portal; a shared one belongs to another portal that shared it with the caller's portal. */
        MinuteAccount: {
            id: components["schemas"]["Id"];
            kind: components["schemas"]["MinuteAccountKind"];
            access: components["schemas"]["MinuteAccountAccess"];
            /** @example EMEA conference */
            title: string;
            /**
             * @description Absent when the account has none.
             * @example Minutes set apart for the EMEA partner conference.
             */
            description?: string;
            /**
             * @description Minutes left (never negative). A count of minutes, not money.
             * @example 1200
             */
            balance: number;
            owner: components["schemas"]["PortalRef"];
            /**
             * @description True when this is the caller's portal's default account (the one sessions draw from).
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Pending and accepted shares of this account. Present on owned accounts only; absent on shared ones (the recipient does not see who else the owner shares with).
             * @example 1
             */
            activeShareCount?: number;
            /**
             * @description Of `activeShareCount`, the shares still waiting for the other portal's answer (`pending`); the others are accepted. Present on owned accounts only.
             * @example 0
             */
            pendingShareCount?: number;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description Every account the caller may read: owned accounts (the pool first, then projects by title), then accepted shared accounts. Not paginated: a portal has few accounts. */
        MinuteAccountList: {
            items: components["schemas"]["MinuteAccount"][];
            defaultAccountId: components["schemas"]["Id"];
        };
        /** @description A new project account; it starts with a balance of 0 (transfer or buy minutes into it). */
        ProjectCreate: {
            /**
             * @description Shown in account lists; must not be blank.
             * @example EMEA conference
             */
            title: string;
            /** @example Minutes set apart for the EMEA partner conference. */
            description?: string;
        };
        /**
         * @description What changed the balance. `purchase` and `transfer_in` add minutes; `transfer_out`, `usage` and `refund` (minutes given back for money) remove them; `adjustment` (made by support) may go either way.
         * @example transfer_in
         * @enum {string}
         */
        LedgerEntryKind: "purchase" | "transfer_out" | "transfer_in" | "usage" | "refund" | "adjustment";
        /** @description A user of the caller's portal. */
        LedgerUserActor: {
            /** @enum {string} */
            type: "user";
            id: components["schemas"]["Id"];
            /** @example Ada Martin */
            name: string;
            email: components["schemas"]["Email"];
        };
        /** @description An integration (such as Zoom) acting through the API, for example recording a session's usage. */
        LedgerIntegrationActor: {
            /** @enum {string} */
            type: "integration";
            /** @example Zoom */
            name: string;
        };
        /** @description Someone in another portal, on an account shared between portals: the other portal is named, its users are not disclosed. */
        LedgerPortalActor: {
            /** @enum {string} */
            type: "portal";
            id: components["schemas"]["Id"];
            /** @example Portal B */
            name: string;
        };
        /** @description Who made the change; `type` tells which kind of actor. */
        LedgerActor: components["schemas"]["LedgerUserActor"] | components["schemas"]["LedgerIntegrationActor"] | components["schemas"]["LedgerPortalActor"];
        /** @description One change of one account's balance. Entries are never edited or deleted. */
        LedgerEntry: {
            id: components["schemas"]["Id"];
            accountId: components["schemas"]["Id"];
            kind: components["schemas"]["LedgerEntryKind"];
            /**
             * @description Signed change in minutes (negative for `transfer_out`, `usage`, `refund`); never 0.
             * @example 500
             */
            amount: number;
            /**
             * @description The account's balance right after this entry.
             * @example 1700
             */
            balanceAfter: number;
            actor: components["schemas"]["LedgerActor"];
            /** @description For `transfer_out` / `transfer_in`: the other account of the pair. Absent for other kinds, and when the caller may not read the other account. */
            counterpartyAccountId?: components["schemas"]["Id"];
            /** @description The transfer, purchase or usage that made this entry, where there is one. */
            reference?: components["schemas"]["Id"];
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description A share ended as a side effect of another operation (such as deleting a project). */
        ShareSummary: {
            id: components["schemas"]["Id"];
            recipient: components["schemas"]["PortalRef"];
            /**
             * @description `revoked` if it had been accepted, `cancelled` if it was still pending.
             * @example revoked
             * @enum {string}
             */
            status: "cancelled" | "revoked";
        };
        /** @description What deleting a project did: its balance moved to the primary pool (one transfer pair in the ledger, none when the balance was 0) and every share of it ended. */
        ProjectDeletion: {
            accountId: components["schemas"]["Id"];
            /**
             * @description The project's balance at deletion, now in the pool.
             * @example 1200
             */
            movedMinutes: number;
            movedToAccountId: components["schemas"]["Id"];
            /** @description The `transfer_out` entry on the deleted project and the `transfer_in` entry on the pool; empty when the project's balance was 0. */
            ledgerEntries: components["schemas"]["LedgerEntry"][];
            /** @description The shares of the project that were still active: accepted ones are now `revoked` (the recipient lost access; where it was their default, their default fell back to their own pool), pending ones `cancelled`. */
            revokedShares: components["schemas"]["ShareSummary"][];
        };
        /** @description The fields to change; at least one. An empty `description` removes it. */
        ProjectUpdate: {
            /** @example EMEA partner conference */
            title?: string;
            /** @example Minutes for the partner conference in Lisbon. */
            description?: string;
        };
        /** @description A page of an account's ledger, newest first. */
        LedgerPage: {
            items: components["schemas"]["LedgerEntry"][];
            /**
             * @description Cursor of the next (older) page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
        };
        /** @description Move minutes between two accounts the caller's portal owns. */
        MinuteTransferRequest: {
            fromAccountId: components["schemas"]["Id"];
            toAccountId: components["schemas"]["Id"];
            /**
             * @description At most the source account's balance.
             * @example 500
             */
            minutes: number;
        };
        /** @description A completed transfer and its two ledger entries (both were written, or neither). */
        MinuteTransfer: {
            id: components["schemas"]["Id"];
            fromAccountId: components["schemas"]["Id"];
            toAccountId: components["schemas"]["Id"];
            /** @example 500 */
            minutes: number;
            /** @description The `transfer_out` entry on the source, then the `transfer_in` entry on the target. */
            entries: components["schemas"]["LedgerEntry"][];
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description An amount of money in minor units (cents) of an ISO 4217 currency. */
        Money: {
            /**
             * @description Minor units (e.g. cents). Never a float.
             * @example 2400
             */
            amount: number;
            /** @example EUR */
            currency: string;
        };
        /** @description The catalogue price of a number of minutes, in the portal's currency. */
        MinuteQuote: {
            /** @example 1000 */
            minutes: number;
            /** @description Price of one minute. */
            unitPrice: components["schemas"]["Money"];
            /** @description `minutes` × `unitPrice.amount`, exactly (integers, no rounding). */
            total: components["schemas"]["Money"];
        };
        /** @description Buy minutes into an account the caller's portal owns. */
        MinutePurchaseRequest: {
            accountId: components["schemas"]["Id"];
            /** @example 1000 */
            minutes: number;
        };
        /** @description A completed purchase (the order) and the `purchase` ledger entry it made. */
        MinutePurchase: {
            id: components["schemas"]["Id"];
            accountId: components["schemas"]["Id"];
            /** @example 1000 */
            minutes: number;
            /** @description What was charged, at the catalogue price (as `quoteMinutePurchase` gives it). */
            total: components["schemas"]["Money"];
            entry: components["schemas"]["LedgerEntry"];
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description Minutes a session consumed. */
        MinuteUsageRequest: {
            accountId: components["schemas"]["Id"];
            /**
             * @description At most the account's balance.
             * @example 45
             */
            minutes: number;
            /**
             * @description The integration's own id of the session, for reconciliation.
             * @example zoom-mtg-84512077
             */
            sessionRef?: string;
        };
        /** @description Recorded usage and the `usage` ledger entry it made. */
        MinuteUsage: {
            id: components["schemas"]["Id"];
            accountId: components["schemas"]["Id"];
            /** @example 45 */
            minutes: number;
            /**
             * @description As sent, when it was.
             * @example zoom-mtg-84512077
             */
            sessionRef?: string;
            entry: components["schemas"]["LedgerEntry"];
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description The account the portal's sessions should draw from. */
        DefaultAccountUpdate: {
            accountId: components["schemas"]["Id"];
        };
        /** @description The portal's default account after the change, and the one before it. */
        DefaultAccount: {
            defaultAccountId: components["schemas"]["Id"];
            previousDefaultAccountId: components["schemas"]["Id"];
        };
        /**
         * @description `pending`: sent, waiting for the recipient. `accepted`: the recipient may spend from the account. `declined`: the recipient refused. `cancelled`: the sender withdrew it while pending. `revoked`: the sender ended it after acceptance, or deleted the project; the recipient lost access.
         * @example pending
         * @enum {string}
         */
        ShareStatus: "pending" | "accepted" | "declined" | "cancelled" | "revoked";
        /** @description One invitation to share one minute account with one other portal, and its state. The same object is seen by both sides (outgoing for the sender, incoming for the recipient). */
        Share: {
            id: components["schemas"]["Id"];
            accountId: components["schemas"]["Id"];
            /** @example EMEA conference */
            accountTitle: string;
            accountKind: components["schemas"]["MinuteAccountKind"];
            /**
             * @description The shared account's balance now, in minutes: what the recipient is offered (a project's minutes; for the pool, what it holds today, and it keeps drawing on the pool's later purchases).
             * @example 300
             */
            accountBalance: number;
            sender: components["schemas"]["PortalRef"];
            recipient: components["schemas"]["PortalRef"];
            status: components["schemas"]["ShareStatus"];
            createdAt: components["schemas"]["Timestamp"];
            /** @description When the invitation was last sent (created or resent). */
            lastSentAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description Earliest time the sender may resend (one minute after `lastSentAt`); null when the share is not pending.
             * @example 2026-11-02T09:31:00Z
             */
            resendAvailableAt: string | null;
            /**
             * Format: date-time
             * @description When the recipient accepted or declined; null while pending or if it never answered.
             * @example null
             */
            respondedAt: string | null;
        };
        SharePage: {
            items: components["schemas"]["Share"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /**
             * @description Number of shares matching the filters, across all pages.
             * @example 1
             */
            total: number;
        };
        /** @description Share an account the caller's portal owns with the portal whose owner has this e-mail. There is deliberately no "set as default" option: on the sending side it would only make the shared account the sender's own default, which the source warns is a mistake. */
        ShareCreate: {
            accountId: components["schemas"]["Id"];
            recipientEmail: components["schemas"]["Email"];
        };
        /** @description The recipient's answer to an invitation it accepts. */
        ShareAccept: {
            /**
             * @description Make the shared account the recipient portal's default account. The UI pre-ticks it and explains why: without it, sessions created from integrations such as Zoom do not draw from these minutes (and they do not appear in the Zoom dashboard).
             * @example true
             */
            setDefault: boolean;
        };
        /** @description The accepted share, the account as the recipient now sees it, and the recipient's default account. */
        ShareAcceptance: {
            share: components["schemas"]["Share"];
            /** @description The shared account, with `access` `shared`. */
            account: components["schemas"]["MinuteAccount"];
            defaultAccountId: components["schemas"]["Id"];
        };
        /**
         * @description `pending` until the invitee accepts (`accepted`) or declines it (`declined`), an admin revokes it (`revoked`) or 30 days pass since it was last sent (`expired`). Only a pending invitation can be resent, revoked, accepted or declined.
         * @example pending
         * @enum {string}
         */
        InvitationStatus: "pending" | "accepted" | "declined" | "expired" | "revoked";
        UserRef: {
            id: components["schemas"]["Id"];
            /** @example Ada Martin */
            name: string;
            email: components["schemas"]["Email"];
        };
        /** @description Join as a basic member, without licenses. An invitee who holds a licensed (paid) plan today loses the licensed features on joining (for example cloud recording and meetings longer than 40 minutes) until an admin assigns them a license. */
        InvitationMembershipBasic: {
            /**
             * @example basic
             * @constant
             */
            type: "basic";
        };
        /** @description Join with one license of each listed product, assigned on joining from the portal's unassigned licenses. A product with no free license at that moment is skipped (the acceptance is never blocked by the inviting portal's stock); an admin can assign it later. */
        InvitationMembershipLicensed: {
            /**
             * @example licensed
             * @constant
             */
            type: "licensed";
            /**
             * @description Products of the catalogue to license the member for.
             * @example [
             *       "prd_connect_standard"
             *     ]
             */
            productIds: components["schemas"]["Id"][];
        };
        /** @description How the invitee joins the portal, told apart by `type`. */
        InvitationMembership: components["schemas"]["InvitationMembershipBasic"] | components["schemas"]["InvitationMembershipLicensed"];
        /**
         * @description What prevents accepting an invitation; the same code the accept call returns with 409.
         * @example unpaid_invoices
         * @enum {string}
         */
        InvitationBlockerCode: "unpaid_invoices" | "pending_cancellation" | "linked_users_exist";
        /** @description An invitation of an existing user into the caller's portal, as the inviting portal sees it. */
        Invitation: {
            id: components["schemas"]["Id"];
            email: components["schemas"]["Email"];
            /** @description The invited user; null if that user account no longer exists. */
            invitee: components["schemas"]["UserRef"] | null;
            membership: components["schemas"]["InvitationMembership"];
            status: components["schemas"]["InvitationStatus"];
            invitedBy: components["schemas"]["UserRef"];
            createdAt: components["schemas"]["Timestamp"];
            /** @description 30 days after `lastSentAt`; a resend renews it. */
            expiresAt: components["schemas"]["Timestamp"];
            /** @description When the invitation e-mail was last sent (creation or resend). */
            lastSentAt: components["schemas"]["Timestamp"];
            /** @description When the invitee accepted; null unless `status` is `accepted`. */
            acceptedAt: components["schemas"]["Timestamp"] | null;
            /**
             * @description What stops the invitee from accepting right now (a pending invitation only; empty otherwise), so the inviting portal can tell them before they try. Codes only: the details (invoices, linked users) belong to the invitee's own account and are shown to the invitee alone (`IncomingInvitation.blockers`).
             * @example [
             *       "unpaid_invoices"
             *     ]
             */
            blockedBy: components["schemas"]["InvitationBlockerCode"][];
        };
        InvitationPage: {
            /** @description Invitations, newest first. */
            items: components["schemas"]["Invitation"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /**
             * @description Number of invitations matching the filter (the count shown on the "Pending" section).
             * @example 1
             */
            total: number;
        };
        /** @description One invitation per address, all with the same membership and message. */
        InvitationBatchRequest: {
            /** @description E-mail addresses of existing users, at most 50 per batch. Addresses are compared case-insensitively; the same address twice is `validation_failed`. */
            emails: components["schemas"]["Email"][];
            membership: components["schemas"]["InvitationMembership"];
            /**
             * @description A personal note added to the invitation e-mail.
             * @example Welcome aboard! Your Zoom account moves into the company account.
             */
            message?: string;
        };
        /** @description The address was invited; `invitation` is the new pending invitation. */
        InvitationBatchInvited: {
            email: components["schemas"]["Email"];
            /**
             * @example invited
             * @constant
             */
            outcome: "invited";
            invitation: components["schemas"]["Invitation"];
        };
        /**
         * @description Why one address of a batch was not invited. The same codes, as whole-request problems, carry these statuses: `user_not_found` 422 (no existing user has this e-mail), `already_member` 409 (the user already belongs to the portal), `invitation_exists` 409 (a pending invitation for this user already exists).
         * @example user_not_found
         * @enum {string}
         */
        InvitationErrorCode: "user_not_found" | "already_member" | "invitation_exists";
        /** @description Why one address was not invited. */
        InvitationBatchFailure: {
            code: components["schemas"]["InvitationErrorCode"];
            /** @example No existing user has this e-mail; only existing users can be invited. */
            detail: string;
        };
        /** @description The address was not invited; `error` says why. */
        InvitationBatchFailed: {
            email: components["schemas"]["Email"];
            /**
             * @example failed
             * @constant
             */
            outcome: "failed";
            error: components["schemas"]["InvitationBatchFailure"];
        };
        /** @description The outcome for one address, in the order of the request, told apart by `outcome`. */
        InvitationBatchItem: components["schemas"]["InvitationBatchInvited"] | components["schemas"]["InvitationBatchFailed"];
        /** @description One result per address; `invitedCount + failedCount` equals the number of addresses. */
        InvitationBatchResult: {
            results: components["schemas"]["InvitationBatchItem"][];
            /** @example 1 */
            invitedCount: number;
            /** @example 1 */
            failedCount: number;
        };
        /** @description The caller's current account has unpaid invoices or a pending cancellation. */
        InvitationBlockerAccount: {
            /** @enum {unknown} */
            code: "unpaid_invoices" | "pending_cancellation";
            /** @example Your account has unpaid invoices; pay them before joining. */
            detail: string;
        };
        /** @description The caller's current account still has linked users (error 1009), `linkedUserCount` of them, named in `linkedUsers` (the first 100), so the caller knows whom to remove, unlink or invite first. */
        InvitationBlockerLinkedUsers: {
            /**
             * @example linked_users_exist
             * @constant
             */
            code: "linked_users_exist";
            /** @example 2 users are still linked to your account; remove, unlink or invite them first. */
            detail: string;
            /** @example 2 */
            linkedUserCount: number;
            linkedUsers: {
                /** @example Jonas Weber */
                name: string;
                email: components["schemas"]["Email"];
            }[];
        };
        /** @description One reason the caller cannot accept the invitation right now (see `InvitationBlockerCode`), told apart by `code`; `linked_users_exist` also says how many users are still linked. */
        InvitationBlocker: components["schemas"]["InvitationBlockerAccount"] | components["schemas"]["InvitationBlockerLinkedUsers"];
        /** @description What the caller gets back for the unused part of their current paid plan on accepting: `proratedAmount` = `planPrice` × `unusedDays` ÷ `daysInPeriod`, rounded down to the minor unit. On accepting they choose a refund (to the original payment method, within 3–5 business days) or a transfer credit (the same amount credited to the inviting portal, applied to its next invoice). */
        InvitationProration: {
            /** @description Price of the caller's current plan for one billing period. */
            planPrice: components["schemas"]["Money"];
            /**
             * @description Days left in the current billing period, today excluded.
             * @example 18
             */
            unusedDays: number;
            /** @example 30 */
            daysInPeriod: number;
            /** @description planPrice × unusedDays ÷ daysInPeriod, rounded down to the minor unit. */
            proratedAmount: components["schemas"]["Money"];
            /**
             * Format: date
             * @description If a refund is chosen today, the latest date it reaches the original payment method (refunds take 3–5 business days).
             * @example 2026-11-09
             */
            refundAvailableBy: string;
        };
        /** @description An invitation of the caller into another portal, as the invitee sees it. For a pending invitation, `blockers` says what prevents accepting right now (so the UI can explain before the click) and `settlement` what the caller would get back for their current paid plan (null if the caller's plan is free). Both are empty/null once the invitation is no longer pending. */
        IncomingInvitation: {
            id: components["schemas"]["Id"];
            fromPortal: components["schemas"]["PortalRef"];
            invitedBy: components["schemas"]["UserRef"];
            membership: components["schemas"]["InvitationMembership"];
            status: components["schemas"]["InvitationStatus"];
            expiresAt: components["schemas"]["Timestamp"];
            blockers: components["schemas"]["InvitationBlocker"][];
            /** @description The prorated refund or credit on offer; null when the caller's current plan is free. */
            settlement: components["schemas"]["InvitationProration"] | null;
        };
        IncomingInvitationPage: {
            /** @description Invitations addressed to the caller, newest first. */
            items: components["schemas"]["IncomingInvitation"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
        };
        /** @description `settlement` is required when the caller's current plan is paid (the invitation's `settlement` is not null) and ignored otherwise. */
        InvitationAcceptRequest: {
            /**
             * @example transfer_credit
             * @enum {string}
             */
            settlement?: "refund" | "transfer_credit";
        };
        /** @description The prorated amount is refunded to the caller's original payment method. */
        InvitationSettlementRefund: {
            /**
             * @example refund
             * @constant
             */
            type: "refund";
            amount: components["schemas"]["Money"];
            /**
             * Format: date
             * @description The latest date the refund reaches the original payment method (3–5 business days).
             * @example 2026-11-09
             */
            expectedBy: string;
        };
        /** @description The prorated amount became a credit of the inviting portal, applied to its next invoice. */
        InvitationSettlementTransferCredit: {
            /**
             * @example transfer_credit
             * @constant
             */
            type: "transfer_credit";
            amount: components["schemas"]["Money"];
            /** @description The credit entry in the inviting portal (see `listCredits`). */
            creditId: components["schemas"]["Id"];
        };
        /** @description Nothing to settle; the caller's previous plan was free. `amount` is zero. */
        InvitationSettlementNone: {
            /**
             * @example none
             * @constant
             */
            type: "none";
            amount: components["schemas"]["Money"];
        };
        /** @description What happened to the unused part of the caller's previous plan, told apart by `type`. */
        InvitationSettlement: components["schemas"]["InvitationSettlementRefund"] | components["schemas"]["InvitationSettlementTransferCredit"] | components["schemas"]["InvitationSettlementNone"];
        /** @description The accepted invitation, the portal joined and the settlement of the previous plan. */
        InvitationAcceptance: {
            invitation: components["schemas"]["IncomingInvitation"];
            portal: components["schemas"]["PortalRef"];
            settlement: components["schemas"]["InvitationSettlement"];
        };
        /** @description A per-user feature toggle of a product, with its default when the product is added to a user. */
        ProductFeature: {
            /**
             * @description Stable key, used in the `features` maps of user products.
             * @example call_recording
             */
            key: string;
            /** @example Call recording */
            label: string;
            /** @example true */
            defaultEnabled: boolean;
        };
        /** @description One product of the catalogue. A license is one seat of one product. A queue-dependent product (Contact Center) is billed for a user while that user sits in any call, inbound or outbound queue, as supervisor or agent, whatever happens to their other licenses; leaving the last queue frees the seat. */
        Product: {
            id: components["schemas"]["Id"];
            /**
             * @description Stable machine code of the product.
             * @example connect_standard
             */
            code: string;
            /**
             * @description Display name; the license table's "type".
             * @example Connect Standard
             */
            name: string;
            unitPrice: components["schemas"]["Money"];
            /**
             * @description The period `unitPrice` is charged for, per seat.
             * @example month
             * @enum {string}
             */
            billingPeriod: "month" | "year";
            /**
             * @description True when the product is billed for a user while they sit in at least one call, inbound or outbound queue (as supervisor or agent). Contact Center is the one such product.
             * @example false
             */
            queueDependent: boolean;
            /** @description Per-user feature toggles of the product, with their defaults. */
            features: components["schemas"]["ProductFeature"][];
        };
        /** @description The whole catalogue (it is short, so it is not paged). */
        ProductList: {
            items: components["schemas"]["Product"][];
        };
        /** @description A user as the license screens show them (the fields of `UserRef`, plus the phone extension). */
        LicenseUser: {
            id: components["schemas"]["Id"];
            /** @example Ada Martin */
            name: string;
            email: components["schemas"]["Email"];
            /**
             * @description Phone extension; null when the user has none.
             * @example 2041
             */
            extension: string | null;
        };
        /** @description A cost center as licenses and orders show it. */
        CostCenterRef: {
            id: components["schemas"]["Id"];
            /**
             * @description Short code, unique in the portal; what the license table shows and searches.
             * @example SALES-01
             */
            code: string;
            /** @example Sales France */
            name: string;
        };
        /** @description One seat of one product. Unassigned licenses (assignee null, shown "N/A") form the pool. A license is assigned to at most one user. */
        License: {
            id: components["schemas"]["Id"];
            productId: components["schemas"]["Id"];
            /** @example live_reports */
            productCode: string;
            /**
             * @description The license "type" column.
             * @example Live Reports
             */
            productName: string;
            /** @description The user holding the seat, or null when the license is in the pool (the UI shows "N/A"). */
            assignee: components["schemas"]["LicenseUser"] | null;
            /** @description The cost center the license is billed to, or null when it has none. */
            costCenter: components["schemas"]["CostCenterRef"] | null;
            addedAt: components["schemas"]["Timestamp"];
            /**
             * @description The license's version; the same value as the `ETag` header of `getLicense`, to send in `If-Match`.
             * @example "v3"
             */
            etag: string;
        };
        /** @description Counts for the filter menus. Each facet counts the licenses matching the search and every other filter but its own (so a multi-select keeps showing the counts of the options not yet chosen). */
        LicenseFacets: {
            /** @description One entry per cost center with matching licenses, plus one with `costCenterId` null for licenses without a center. */
            costCenters: {
                /**
                 * @description The cost center; null for licenses without one (filter them with `costCenterId=none`).
                 * @example cc_sales
                 */
                costCenterId: string | null;
                /** @example SALES-01 */
                code: string | null;
                /** @example 42 */
                count: number;
            }[];
            products: {
                productId: components["schemas"]["Id"];
                /** @example 42 */
                count: number;
            }[];
            status: {
                /** @example 40 */
                assigned: number;
                /** @example 2 */
                unassigned: number;
            };
        };
        LicensePage: {
            items: components["schemas"]["License"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /**
             * @description Number of licenses matching the search and filters, across all pages.
             * @example 2
             */
            total: number;
            facets: components["schemas"]["LicenseFacets"];
        };
        LicenseAssignRequest: {
            userId: components["schemas"]["Id"];
            /**
             * @description Send the user the product-change notification e-mail.
             * @default false
             */
            notify?: boolean;
        };
        /**
         * @description Codes of warnings a successful response may carry (the operation succeeded; the user should know more).
         * @enum {string}
         */
        WarningCode: "contact_center_still_billed";
        /**
         * @description The kind of contact-center queue (call queue, inbound queue or outbound queue).
         * @example call
         * @enum {string}
         */
        QueueKind: "call" | "inbound" | "outbound";
        /**
         * @description The user's role in a queue. Either role holds a Contact Center seat.
         * @example agent
         * @enum {string}
         */
        QueueRole: "supervisor" | "agent";
        /** @description One queue a user sits in. */
        QueueMembership: {
            queueId: components["schemas"]["Id"];
            /** @example Support FR */
            queueName: string;
            kind: components["schemas"]["QueueKind"];
            role: components["schemas"]["QueueRole"];
        };
        /** @description Something the admin should know about a change that succeeded. */
        LicenseWarning: {
            code: components["schemas"]["WarningCode"];
            /** @example Ada Martin is still in 2 contact-center queues, so a Contact Center seat is still billed. */
            message: string;
            /** @description For `contact_center_still_billed`, the queues the user is still in. */
            queues?: components["schemas"]["QueueMembership"][];
        };
        /** @description The license after an assign or unassign, with any warnings (an empty list when there are none). */
        LicenseChange: {
            license: components["schemas"]["License"];
            warnings: components["schemas"]["LicenseWarning"][];
        };
        LicenseUnassignRequest: {
            /**
             * @description Send the user the product-change notification e-mail.
             * @default false
             */
            notify?: boolean;
        };
        /**
         * @description Feature toggles by feature key (see the product's `features`); true is on.
         * @example {
         *       "call_recording": true,
         *       "voicemail_transcription": false
         *     }
         */
        FeatureToggles: {
            [key: string]: boolean;
        };
        /** @description One product a user holds, through one license, with the user's feature toggles. */
        UserProduct: {
            productId: components["schemas"]["Id"];
            /** @example connect_standard */
            productCode: string;
            /** @example Connect Standard */
            productName: string;
            licenseId: components["schemas"]["Id"];
            features: components["schemas"]["FeatureToggles"];
        };
        /** @description The per-user products panel, with the queues that keep a Contact Center seat billed. */
        UserProducts: {
            user: components["schemas"]["LicenseUser"];
            products: components["schemas"]["UserProduct"][];
            /** @description Every call, inbound and outbound queue the user sits in, with their role. */
            queues: components["schemas"]["QueueMembership"][];
        };
        UserProductAddRequest: {
            productId: components["schemas"]["Id"];
            features?: components["schemas"]["FeatureToggles"];
            /**
             * @description Send the user the product-change notification e-mail.
             * @default false
             */
            notify?: boolean;
        };
        /** @description The outcome of removing a product from a user. */
        UserProductRemoval: {
            userProducts: components["schemas"]["UserProducts"];
            /** @description Licenses returned to the pool: the removed product's license, and the Contact Center license when the user left their last queue in the same step. */
            releasedLicenseIds: components["schemas"]["Id"][];
            /** @description The queues the user was taken out of (empty unless `removeFromQueues` was true). */
            removedFromQueues: components["schemas"]["QueueMembership"][];
            /** @description `contact_center_still_billed` when the user is still in at least one queue after the call; empty otherwise. */
            warnings: components["schemas"]["LicenseWarning"][];
        };
        UserProductUpdateRequest: {
            /** @description The toggles to change; keys not named keep their value. */
            features: components["schemas"]["FeatureToggles"];
            /**
             * @description Send the user the product-change notification e-mail.
             * @default false
             */
            notify?: boolean;
        };
        QueueMember: {
            userId: components["schemas"]["Id"];
            /** @example Ada Martin */
            name: string;
            role: components["schemas"]["QueueRole"];
        };
        /** @description A contact-center queue and its supervisors and agents. */
        Queue: {
            id: components["schemas"]["Id"];
            /** @example Support FR */
            name: string;
            kind: components["schemas"]["QueueKind"];
            members: components["schemas"]["QueueMember"][];
        };
        QueuePage: {
            items: components["schemas"]["Queue"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
        };
        /** @description The outcome of taking a user out of one queue. */
        QueueMemberRemoval: {
            queueId: components["schemas"]["Id"];
            userId: components["schemas"]["Id"];
            /**
             * @description True when this was the user's last queue: their Contact Center seat is freed and its license returns to the pool.
             * @example false
             */
            contactCenterSeatReleased: boolean;
        };
        /** @description A cost center licenses are billed to. Its code is unique within the portal. */
        CostCenter: {
            id: components["schemas"]["Id"];
            /**
             * @description Short unique code, shown in the license table and searchable.
             * @example SALES-FR
             */
            code: string;
            /** @example Sales France */
            name: string;
            createdAt: components["schemas"]["Timestamp"];
        };
        CostCenterPage: {
            items: components["schemas"]["CostCenter"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
        };
        /** @description A new cost center. The code must not be used by another cost center of the portal (compared case-insensitively). */
        CostCenterCreate: {
            /**
             * @description Letters, digits, dot, underscore and hyphen.
             * @example SALES-FR
             */
            code: string;
            /** @example Sales France */
            name: string;
        };
        /** @description One product of the cart and how many licenses of it to buy. */
        LicenseQuoteRequestLine: {
            productId: components["schemas"]["Id"];
            /**
             * @description Licenses of this product to buy (1–10,000 per line).
             * @example 10
             */
            quantity: number;
        };
        /** @description The cart. Each product appears at most once; a product listed twice is `validation_failed` (pointer at the second occurrence's `productId`). */
        LicenseQuoteRequest: {
            lines: components["schemas"]["LicenseQuoteRequestLine"][];
        };
        /** @description `quantity × unitPrice`: what the line costs per billing period (its `billingPeriod`), before tax, from the quote's `nextBillingDate` on. */
        PerPeriodTotal: components["schemas"]["Money"];
        /** @description What confirming charges for the line before tax: its licenses from today until the quote's `nextBillingDate`, prorated. `total × days left ÷ days in the period`, rounded down to the minor unit, where the period is the line's billing period that ends on `nextBillingDate` (a month: the current billing cycle; a year: the 365 or 366 days before `nextBillingDate`) and days left count today up to the day before `nextBillingDate`. */
        FirstCharge: components["schemas"]["Money"];
        /** @description A number of a line's licenses billed to one cost center. */
        CostCenterAllocation: {
            costCenterId: components["schemas"]["Id"];
            /** @example SALES-FR */
            costCenterCode: string;
            /** @example 10 */
            quantity: number;
        };
        /** @description One line of a quote, priced. `allocation` is either empty (the line is not allocated yet) or complete: its quantities always add up to the line's `quantity`. */
        LicenseQuoteLine: {
            productId: components["schemas"]["Id"];
            /** @example Live Reports */
            productName: string;
            /** @example 10 */
            quantity: number;
            unitPrice: components["schemas"]["Money"];
            total: components["schemas"]["PerPeriodTotal"];
            firstCharge: components["schemas"]["FirstCharge"];
            /**
             * @description The product's billing period; `unitPrice` is per license and per period.
             * @example month
             * @enum {string}
             */
            billingPeriod: "month" | "year";
            /** @description Cost centers the line's licenses are billed to; empty when the line is unallocated. */
            allocation: components["schemas"]["CostCenterAllocation"][];
        };
        /**
         * @description The tax rate applied to every amount of the order, in hundredths of a percent (`2000` is 20 %).
         * @example 2000
         */
        TaxRate: number;
        /** @description What the order's licenses of one billing period cost each period, from `nextBillingDate` on. */
        RecurringCharge: {
            /**
             * @example month
             * @enum {string}
             */
            billingPeriod: "month" | "year";
            /** @description The sum of the `total` of the lines of this period. */
            subtotal: components["schemas"]["Money"];
            tax: components["schemas"]["Money"];
            total: components["schemas"]["Money"];
        };
        /** @description What recurs, one entry per billing period among the lines (monthly first), never summed across periods: a monthly and a yearly product are two charges. */
        RecurringCharges: components["schemas"]["RecurringCharge"][];
        /** @description A priced cart, valid for 30 minutes. Prices are fixed for the quote's lifetime. Allocation steps change only the `allocation` of its lines; confirming it turns it into an order (`status: ordered`). */
        LicenseQuote: {
            id: components["schemas"]["Id"];
            /**
             * @description `open` until confirmed or until `expiresAt`; `ordered` once confirmed; `expired` 30 minutes after creation. Only an open quote can be allocated or confirmed (else 422 `quote_expired`).
             * @example open
             * @enum {string}
             */
            status: "open" | "ordered" | "expired";
            expiresAt: components["schemas"]["Timestamp"];
            /**
             * @description The portal's currency; every amount of the quote is in it.
             * @example EUR
             */
            currency: string;
            lines: components["schemas"]["LicenseQuoteLine"][];
            /** @description What confirming charges, before tax: the sum of the lines' `firstCharge`. */
            subtotal: components["schemas"]["Money"];
            /** @description The tax on `subtotal` at `taxRate`, rounded half up to the minor unit. */
            tax: components["schemas"]["Money"];
            /** @description What confirming charges today, tax included (`subtotal + tax`). */
            total: components["schemas"]["Money"];
            taxRate: components["schemas"]["TaxRate"];
            recurring: components["schemas"]["RecurringCharges"];
            /**
             * @description True when every line is allocated to cost centers. Not required to confirm: unallocated licenses are created without a cost center.
             * @example false
             */
            allocationComplete: boolean;
            /**
             * Format: date
             * @description The date the portal's next billing cycle starts, on which these licenses are first billed in full.
             * @example 2026-12-01
             */
            nextBillingDate: string;
        };
        /**
         * @description Allocate every line of the quote wholly to one cost center (replaces any earlier allocation).
         * @example {
         *       "mode": "all",
         *       "costCenterId": "cc_sales_fr"
         *     }
         */
        LicenseAllocationAll: {
            /** @enum {string} */
            mode: "all";
            costCenterId: components["schemas"]["Id"];
        };
        /**
         * @description Allocate the selected lines wholly to one cost center (replaces their earlier allocation; other lines are unchanged).
         * @example {
         *       "mode": "selection",
         *       "costCenterId": "cc_support",
         *       "productIds": [
         *         "prd_contact_center"
         *       ]
         *     }
         */
        LicenseAllocationSelection: {
            /** @enum {string} */
            mode: "selection";
            costCenterId: components["schemas"]["Id"];
            /** @description The lines to allocate, by product; each must be a line of the quote (else 404). */
            productIds: components["schemas"]["Id"][];
        };
        LicenseAllocationSplitPart: {
            costCenterId: components["schemas"]["Id"];
            /** @example 6 */
            quantity: number;
        };
        /**
         * @description Split one line's quantity across cost centers (replaces that line's earlier allocation). The parts must add up to the line's quantity exactly, else 422 `allocation_mismatch`; a cost center may appear in one part only.
         * @example {
         *       "mode": "split",
         *       "productId": "prd_live_reports",
         *       "parts": [
         *         {
         *           "costCenterId": "cc_sales_fr",
         *           "quantity": 6
         *         },
         *         {
         *           "costCenterId": "cc_support",
         *           "quantity": 4
         *         }
         *       ]
         *     }
         */
        LicenseAllocationSplit: {
            /** @enum {string} */
            mode: "split";
            productId: components["schemas"]["Id"];
            parts: components["schemas"]["LicenseAllocationSplitPart"][];
        };
        /** @description One allocation step, chosen by its `mode` (each variant pins `mode` to one value). */
        LicenseAllocationStep: components["schemas"]["LicenseAllocationAll"] | components["schemas"]["LicenseAllocationSelection"] | components["schemas"]["LicenseAllocationSplit"];
        /** @description The review step's confirmation. `acceptTerms` must be true (the user ticked that they read the order and its charges); false is 422 `terms_not_accepted`. */
        LicenseOrderConfirm: {
            /** @example true */
            acceptTerms: boolean;
        };
        /** @description One line of a confirmed order, with its cost centers and the number of licenses it created. */
        LicenseOrderLine: {
            productId: components["schemas"]["Id"];
            /** @example Live Reports */
            productName: string;
            /** @example 10 */
            quantity: number;
            unitPrice: components["schemas"]["Money"];
            total: components["schemas"]["PerPeriodTotal"];
            firstCharge: components["schemas"]["FirstCharge"];
            /**
             * @example month
             * @enum {string}
             */
            billingPeriod: "month" | "year";
            /** @description Cost centers the licenses are billed to; empty when the line was confirmed unallocated (its licenses have no cost center). */
            allocation: components["schemas"]["CostCenterAllocation"][];
            /**
             * @description Unassigned licenses this line added to the pool (equal to `quantity`).
             * @example 10
             */
            licensesCreated: number;
        };
        /** @description The statement of a confirmed license order, printable as is. */
        LicenseOrder: {
            id: components["schemas"]["Id"];
            /**
             * @description The order number people read, quote and search invoices by: `LO-`, the year of the order, then a sequence that counts the portal's orders (never reused). `id` is for the API.
             * @example LO-2026-0007
             */
            number: string;
            quoteId: components["schemas"]["Id"];
            createdAt: components["schemas"]["Timestamp"];
            portal: components["schemas"]["PortalRef"];
            lines: components["schemas"]["LicenseOrderLine"][];
            /** @description What confirming charges, before tax: the sum of the lines' `firstCharge`. */
            subtotal: components["schemas"]["Money"];
            /** @description The tax on `subtotal` at `taxRate`, rounded half up to the minor unit. */
            tax: components["schemas"]["Money"];
            /** @description What confirming charges today, tax included (`subtotal + tax`). */
            total: components["schemas"]["Money"];
            taxRate: components["schemas"]["TaxRate"];
            recurring: components["schemas"]["RecurringCharges"];
            /** @example EUR */
            currency: string;
            /**
             * Format: date
             * @description The start of the next billing cycle (also shown under the service's billing details).
             * @example 2026-12-01
             */
            nextBillingDate: string;
        };
        /** @description One product the portal owns licenses of. `assigned + unassigned = owned`; `deletable = unassigned`. */
        LicenseInventoryItem: {
            productId: components["schemas"]["Id"];
            /** @example Live Reports */
            productName: string;
            /** @example 12 */
            owned: number;
            /** @example 9 */
            assigned: number;
            /** @example 3 */
            unassigned: number;
            /**
             * @description The "can be deleted" count; equal to `unassigned`.
             * @example 3
             */
            deletable: number;
        };
        /** @description Per-product license counts of the portal (the service's billing details). One entry per product owned; not paginated. */
        LicenseInventory: {
            items: components["schemas"]["LicenseInventoryItem"][];
        };
        /**
         * By product and quantity
         * @description Delete this many unassigned licenses of one product, newest first. At most the product's `deletable` count, or with `costCenterId` the unassigned licenses billed to that cost center (`null`: to none).
         */
        LicenseDeletionByQuantity: {
            productId: components["schemas"]["Id"];
            /** @example 2 */
            quantity: number;
            /** @description Only licenses billed to this cost center (`null`: to no cost center). Absent, any. */
            costCenterId?: components["schemas"]["Id"] | null;
            /**
             * @description Answer what would be deleted, and delete nothing.
             * @default false
             */
            dryRun?: boolean;
        };
        /**
         * By selection
         * @description Delete exactly these licenses, of any products; all or none. An assigned one is 409 `license_already_assigned` (unassign it first), an unknown one 404.
         */
        LicenseDeletionBySelection: {
            /**
             * @example [
             *       "lic_0011",
             *       "lic_0012"
             *     ]
             */
            licenseIds: components["schemas"]["Id"][];
            /**
             * @description Answer what would be deleted, and delete nothing.
             * @default false
             */
            dryRun?: boolean;
        };
        /** @description What to delete: a number of one product's unassigned licenses (optionally only among those billed to one cost center), or exactly the licenses named (all of them unassigned). `dryRun: true` answers what would be deleted, nothing more, so a review can name the licenses and the cost centers that lose seats before the confirming call (which can then name exactly those licenses). */
        LicenseDeletionRequest: components["schemas"]["LicenseDeletionByQuantity"] | components["schemas"]["LicenseDeletionBySelection"];
        /** @description License counts of one product. Always `assigned + unassigned = owned`, and `deletable = unassigned` (only unassigned licenses can be deleted). */
        LicenseInventoryCounts: {
            /** @example 12 */
            owned: number;
            /** @example 9 */
            assigned: number;
            /** @example 3 */
            unassigned: number;
            /**
             * @description The "can be deleted" count; equal to `unassigned`.
             * @example 3
             */
            deletable: number;
        };
        LicenseDeletionProduct: {
            productId: components["schemas"]["Id"];
            /** @example Live Reports */
            productName: string;
            /** @example 2 */
            deleted: number;
            remaining: components["schemas"]["LicenseInventoryCounts"];
        };
        LicenseDeletionCostCenter: {
            costCenter: components["schemas"]["CostCenterRef"] | null;
            /** @example 1 */
            deleted: number;
        };
        /** @description The licenses deleted (or, in a dry run, those that would be), with each product's counts afterwards and the seats each cost center loses. */
        LicenseDeletion: {
            /** @description True when nothing was deleted (the request's `dryRun`). */
            dryRun: boolean;
            /** @example 2 */
            deleted: number;
            /** @description The licenses deleted (in a dry run, those that would be); all of them were unassigned. */
            deletedLicenseIds: components["schemas"]["Id"][];
            /** @description Per product deleted from, how many and its counts afterwards (in a dry run, as they would be). */
            products: components["schemas"]["LicenseDeletionProduct"][];
            /** @description Per cost center that loses seats, how many (a `null` cost center is the licenses billed to none). */
            costCenters: components["schemas"]["LicenseDeletionCostCenter"][];
        };
        /** @description Bill these licenses (assigned or not) to another cost center, or to none. */
        LicenseMoveRequest: {
            /**
             * @example [
             *       "lic_0011",
             *       "lic_0012"
             *     ]
             */
            licenseIds: components["schemas"]["Id"][];
            /** @description The cost center to bill them to; `null` to bill them to none. */
            costCenterId: components["schemas"]["Id"] | null;
        };
        LicenseMoveSource: {
            costCenter: components["schemas"]["CostCenterRef"] | null;
            /** @example 1 */
            moved: number;
        };
        /** @description The licenses moved, as they are now (new versions), and the cost centers they left. */
        LicenseMove: {
            /**
             * @description Licenses whose cost center changed (those already billed there are left as they were).
             * @example 2
             */
            moved: number;
            /** @description Every license named, as it is now. */
            licenses: components["schemas"]["License"][];
            /** @description Per cost center a license left, how many left it (`null`: licenses that were billed to none). */
            from: components["schemas"]["LicenseMoveSource"][];
        };
        /** @description Billed units of the workspace. In `team_licenses` mode one unit is one non-archived team; in `user_licenses` mode one unit is one member of at least one active team. Archived teams are never billed. */
        WorkspaceBilledUnits: {
            /**
             * @description Units on this month's bill. Archiving or unarchiving a team does not change it (the change takes effect on the next bill), so a team archived this month is still counted here.
             * @example 13
             */
            current: number;
            /**
             * @description Units the next bill will use, as things stand now (the count the billing mode defines today).
             * @example 12
             */
            nextMonth: number;
        };
        /** @description How the workspace is billed, how many units it is billed for and the counts behind them. */
        WorkspaceBilling: {
            /**
             * @description `team_licenses`: each non-archived team is one billed unit. `user_licenses`: each member of at least one active team is one billed unit; inactive members are not billed.
             * @example team_licenses
             * @enum {string}
             */
            mode: "team_licenses" | "user_licenses";
            billedUnits: components["schemas"]["WorkspaceBilledUnits"];
            unitPrice: components["schemas"]["Money"];
            /** @description Teams and members as they stand now. */
            counts: {
                /**
                 * @description Teams that are not archived.
                 * @example 12
                 */
                activeTeams: number;
                /** @example 3 */
                archivedTeams: number;
                /**
                 * @description Every member of the workspace; always `activeMembers + inactiveMembers`.
                 * @example 148
                 */
                members: number;
                /**
                 * @description Members of at least one active team.
                 * @example 131
                 */
                activeMembers: number;
                /**
                 * @description Members in no active team. Not billed in `user_licenses` mode, but they keep access until removed.
                 * @example 17
                 */
                inactiveMembers: number;
            };
            /**
             * Format: date
             * @description Date of the next bill, which uses `billedUnits.nextMonth`.
             * @example 2026-12-01
             */
            nextBillingDate: string;
        };
        /** @description One team of the workspace. */
        Team: {
            id: components["schemas"]["Id"];
            /** @example Marketing */
            name: string;
            /**
             * @description Archived teams are never billed and do not make their members active.
             * @example active
             * @enum {string}
             */
            status: "active" | "archived";
            /** @example 9 */
            memberCount: number;
            /**
             * Format: date-time
             * @description When the team was archived (RFC 3339, UTC); null while it is active.
             * @example null
             */
            archivedAt: string | null;
            /**
             * @description Whether the team counts on the next bill: true while it is active, as one unit in `team_licenses` mode or through its members in `user_licenses` mode; false once archived.
             * @example true
             */
            billedNextMonth: boolean;
        };
        TeamPage: {
            items: components["schemas"]["Team"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /** @example 2 */
            total: number;
        };
        TeamArchiveRequest: {
            /**
             * @description When true, nothing changes; the response shows what archiving (or unarchiving) would do to billed units.
             * @default false
             */
            dryRun?: boolean;
        };
        /** @description Billed units before and after a change, so the UI can show its effect before it is confirmed. */
        WorkspaceBilledUnitsChange: {
            before: components["schemas"]["WorkspaceBilledUnits"];
            after: components["schemas"]["WorkspaceBilledUnits"];
        };
        /** @description The team after the change (unchanged on a dry run or a no-op) and the effect on billed units. */
        TeamArchiveResult: {
            team: components["schemas"]["Team"];
            /** @description The members whose status the change moves (would move, on a dry run), so the UI can name them before confirming: archiving, those in no other active team, who become inactive (no longer billed in `user_licenses` mode, and from then on among those a removal of inactive members would remove); unarchiving, those in no active team, who become active again. Empty on a no-op. */
            membersChanging: components["schemas"]["UserRef"][];
            /**
             * @description True when nothing was changed.
             * @example false
             */
            dryRun: boolean;
            billing: components["schemas"]["WorkspaceBilledUnitsChange"];
            /**
             * Format: date
             * @description First day of next month, from which the bill reflects the change.
             * @example 2026-12-01
             */
            effectiveFrom: string;
        };
        /** @description One member of the workspace, with the teams that make them active (billed in `user_licenses` mode). */
        WorkspaceMember: {
            id: components["schemas"]["Id"];
            user: components["schemas"]["UserRef"];
            role: components["schemas"]["Role"];
            /** @description Every team the member belongs to, active or archived. */
            teamIds: components["schemas"]["Id"][];
            /**
             * @description How many of those teams are active.
             * @example 2
             */
            activeTeamCount: number;
            /**
             * @description `inactive` when the member is in no active team (`activeTeamCount` is 0).
             * @example active
             * @enum {string}
             */
            status: "active" | "inactive";
            /**
             * Format: date-time
             * @description Last time the member used the workspace (RFC 3339, UTC); null if never.
             * @example 2026-10-28T14:05:00Z
             */
            lastSeenAt: string | null;
            joinedAt: components["schemas"]["Timestamp"];
        };
        WorkspaceMemberPage: {
            items: components["schemas"]["WorkspaceMember"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /** @example 1 */
            total: number;
        };
        /** @description Empty: a preview always covers the whole workspace. */
        PrunePreviewRequest: Record<string, never>;
        /** @description An inactive member who will not be removed, and why. */
        PruneExclusion: {
            member: components["schemas"]["WorkspaceMember"];
            /**
             * @description `caller`: you never remove yourself. `super_admin`: super admins are never removed.
             * @example super_admin
             * @enum {string}
             */
            reason: "caller" | "super_admin";
        };
        /** @description What one member of a removal holds, and so what removing them frees. */
        PruneHoldings: {
            memberId: components["schemas"]["Id"];
            /** @description The licenses they hold; each goes back to the pool. */
            licenses: {
                licenseId: components["schemas"]["Id"];
                productId: components["schemas"]["Id"];
                /** @example Contact Center */
                productName: string;
            }[];
            /** @description The contact-center queues they sit in, and leave. */
            queues: components["schemas"]["QueueMembership"][];
        };
        /** @description A dry run of removing the inactive members. Changes nothing. Its `previewVersion` must be sent to start the removal; it goes stale as soon as teams or members change. */
        PrunePreview: {
            /**
             * @description Opaque version of the teams and members this preview was computed from.
             * @example pv_7c41e2
             */
            previewVersion: string;
            generatedAt: components["schemas"]["Timestamp"];
            /**
             * @description How many members would be removed (the length of `members`).
             * @example 2
             */
            count: number;
            /** @description The inactive members that would be removed (the caller and super admins excluded). */
            members: components["schemas"]["WorkspaceMember"][];
            /** @description Inactive members that will not be removed, with the reason. */
            excluded: components["schemas"]["PruneExclusion"][];
            /** @description For each member of `members` who holds licenses or sits in contact-center queues, what removing them frees: their licenses go back to the pool (still owned, and billed until deleted) and they leave their queues. Members who hold nothing are left out. */
            holdings: components["schemas"]["PruneHoldings"][];
            billing: components["schemas"]["WorkspaceBilledUnitsChange"];
        };
        PruneJobRequest: {
            /** @description The `previewVersion` of the preview the user confirmed. */
            previewVersion: string;
            /**
             * @description Must be true (the user confirmed the removal); absent or false is rejected with `confirmation_required`.
             * @default false
             */
            confirm?: boolean;
            /**
             * @description Members of the preview the user chose to keep: the job removes every other member of the preview. Each must be one of the preview's `members`, else 400 `validation_failed` pointing at it.
             * @default []
             */
            keepMemberIds?: components["schemas"]["Id"][];
        };
        /** @description A member the job removed (kept by name and e-mail, as the member no longer exists). */
        PruneRemovedMember: {
            memberId: components["schemas"]["Id"];
            /** @example Jonas Weber */
            name: string;
            email: components["schemas"]["Email"];
        };
        /** @description A member the job did not remove, and why. */
        PruneFailedMember: {
            memberId: components["schemas"]["Id"];
            /** @example Joined an active team after the preview; not removed. */
            detail: string;
        };
        /** @description The removal of the previewed inactive members, run in the background with progress. */
        PruneJob: {
            id: components["schemas"]["Id"];
            /**
             * @description `succeeded` once every member was processed (some may be listed in `failed`); `failed` if the job stopped.
             * @example running
             * @enum {string}
             */
            status: "queued" | "running" | "succeeded" | "failed";
            /**
             * @description Members to process (the preview's `count`).
             * @example 2
             */
            total: number;
            /**
             * @description Members processed so far (removed or failed).
             * @example 1
             */
            processed: number;
            /**
             * @description Percent done, `processed × 100 ÷ total` rounded down (100 when `total` is 0).
             * @example 50
             */
            progress: number;
            /** @description Who was removed so far. Each lost access to the workspace when removed. */
            removed: components["schemas"]["PruneRemovedMember"][];
            /** @description Who could not be removed, with the reason. */
            failed: components["schemas"]["PruneFailedMember"][];
            startedAt: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description When the job ended (RFC 3339, UTC); null while queued or running.
             * @example null
             */
            finishedAt: string | null;
            billing: components["schemas"]["WorkspaceBilledUnitsChange"];
        };
        /**
         * @description `open` until paid (`paid`); `void` if cancelled before payment; `uncollectible` if written off. An `open` invoice past `dueAt` is what the invitation blocker `unpaid_invoices` refers to.
         * @example paid
         * @enum {string}
         */
        InvoiceStatus: "paid" | "open" | "void" | "uncollectible";
        /** @description One invoice of the portal. Download it with `getInvoicePdf`. */
        Invoice: {
            id: components["schemas"]["Id"];
            /**
             * @description The invoice number printed on the PDF.
             * @example INV-2026-0010
             */
            number: string;
            /**
             * Format: date
             * @description First day billed.
             * @example 2026-10-01
             */
            periodStart: string;
            /**
             * Format: date
             * @description Last day billed (inclusive).
             * @example 2026-10-31
             */
            periodEnd: string;
            /** @description Total due, credits already deducted. */
            amount: components["schemas"]["Money"];
            status: components["schemas"]["InvoiceStatus"];
            issuedAt: components["schemas"]["Timestamp"];
            dueAt: components["schemas"]["Timestamp"];
        };
        InvoicePage: {
            /** @description Invoices, newest period first. */
            items: components["schemas"]["Invoice"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /** @example 2 */
            total?: number;
        };
        /**
         * @description `transfer_credit`: an invited user joined the portal and moved the prorated credit of their previous plan here (see `acceptInvitation`); `adjustment`: a manual correction by billing support.
         * @example transfer_credit
         * @enum {string}
         */
        CreditReason: "transfer_credit" | "adjustment";
        /** @description A credit entry of the portal, deducted from an invoice. `sourceInvitationId` and `fromUser` are present for a `transfer_credit`. */
        Credit: {
            id: components["schemas"]["Id"];
            /** @description The credited amount (positive). */
            amount: components["schemas"]["Money"];
            reason: components["schemas"]["CreditReason"];
            /** @description The accepted invitation that produced this credit. */
            sourceInvitationId?: components["schemas"]["Id"];
            /** @description The invited user whose prorated credit this is. */
            fromUser?: components["schemas"]["UserRef"];
            createdAt: components["schemas"]["Timestamp"];
            /**
             * @description `next_invoice` while the credit waits for the portal's next invoice; afterwards the id of the invoice it was deducted from.
             * @example next_invoice
             */
            appliesTo: "next_invoice" | components["schemas"]["Id"];
        };
        CreditPage: {
            /** @description Credits, newest first. */
            items: components["schemas"]["Credit"][];
            /**
             * @description Cursor of the next page; null on the last page.
             * @example null
             */
            nextCursor: string | null;
            /** @example 2 */
            total?: number;
        };
    };
    responses: {
        /** @description Missing, unknown or expired token. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/unauthenticated",
                 *       "title": "Authentication required",
                 *       "status": 401,
                 *       "code": "unauthenticated",
                 *       "detail": "The token has expired."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "unauthenticated";
                };
            };
        };
        /** @description Too many requests. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/rate_limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "code": "rate_limited",
                 *       "detail": "Try again in 2 seconds."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "rate_limited";
                };
            };
        };
        /** @description The service is temporarily unavailable. */
        Unavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "code": "unavailable",
                 *       "detail": "Try again in 5 seconds."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "unavailable";
                };
            };
        };
        /** @description The request breaks the contract's schema or bounds: each field error names its JSON pointer. A body that is not valid JSON, or is not sent as `application/json` (or a `+json` type), is refused at the pointer `/` (codes `json` and `contentMediaType`), and nothing changes. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/validation_failed",
                 *       "title": "The request is not valid",
                 *       "status": 400,
                 *       "code": "validation_failed",
                 *       "detail": "1 field is not valid.",
                 *       "errors": [
                 *         {
                 *           "pointer": "/minutes",
                 *           "code": "minimum",
                 *           "message": "must be >= 1"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "validation_failed";
                };
            };
        };
        /** @description No such resource in this portal. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/not_found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "code": "not_found",
                 *       "detail": "No such resource."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "not_found";
                };
            };
        };
        /** @description The user's role lacks the permission this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/forbidden",
                 *       "title": "Not allowed",
                 *       "status": 403,
                 *       "code": "forbidden",
                 *       "detail": "This needs the permission minutes:manage."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "forbidden";
                };
            };
        };
        /** @description The `If-Match` value is stale. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/precondition_failed",
                 *       "title": "Changed by someone else",
                 *       "status": 412,
                 *       "code": "precondition_failed",
                 *       "detail": "The resource changed since you read it."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "precondition_failed";
                };
            };
        };
        /** @description The write needs an `If-Match` header. */
        PreconditionRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://docs.allot.dev/problems/precondition_required",
                 *       "title": "If-Match required",
                 *       "status": 428,
                 *       "code": "precondition_required",
                 *       "detail": "Send the ETag you read in If-Match."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    code?: "precondition_required";
                };
            };
        };
    };
    parameters: {
        /**
         * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
         * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
         */
        IdempotencyKeyOptional: string;
        /**
         * @description Opaque cursor from a previous page's `nextCursor`.
         * @example eyJvZmZzZXQiOjUwfQ
         */
        Cursor: string;
        /**
         * @description Page size.
         * @example 50
         */
        Limit: number;
        /**
         * @description The `ETag` of the resource as last read. A stale value is rejected with 412 `precondition_failed`; a missing header with 428 `precondition_required`.
         * @example "v3"
         */
        IfMatch: string;
        /**
         * @description A unique key for this write (a UUID is a good choice). A replay with the same key and the same body returns the first result without changing anything; the same key with another body is rejected with `idempotency_key_reused`. Keys are kept for 24 hours.
         * @example 6f1c1c4e-2d0b-4e8a-9a43-1f0a1e1b2c3d
         */
        IdempotencyKeyRequired: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before trying again.
         * @example 30
         */
        RetryAfter: number;
        /**
         * @description URL of the created resource.
         * @example /v1/minute-accounts/acc_9f2b
         */
        Location: string;
        /**
         * @description Version of the resource, to send back in `If-Match` on a write.
         * @example "v3"
         */
        ETag: string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test",
                     *         "role": "admin"
                     *       },
                     *       "portal": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test",
                     *         "status": "active",
                     *         "currency": "EUR",
                     *         "hasUnpaidInvoices": false
                     *       },
                     *       "permissions": [
                     *         "minutes:read",
                     *         "minutes:spend",
                     *         "minutes:manage",
                     *         "minutes:purchase"
                     *       ],
                     *       "rolePermissions": [
                     *         "minutes:read",
                     *         "minutes:spend",
                     *         "minutes:manage",
                     *         "minutes:purchase",
                     *         "licenses:read",
                     *         "licenses:assign",
                     *         "licenses:purchase",
                     *         "licenses:delete",
                     *         "cost_centers:manage",
                     *         "members:read",
                     *         "members:invite",
                     *         "members:remove",
                     *         "billing:read"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createWidgetToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "portalId": "prt_a",
                 *       "userId": "usr_admin",
                 *       "permissions": [
                 *         "minutes:read",
                 *         "minutes:manage"
                 *       ],
                 *       "ttlSeconds": 900
                 *     }
                 */
                "application/json": components["schemas"]["WidgetTokenRequest"];
            };
        };
        responses: {
            /** @description The token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "wt_3b5f0e9c7a",
                     *       "expiresAt": "2026-11-02T09:45:00Z",
                     *       "permissions": [
                     *         "minutes:read",
                     *         "minutes:manage"
                     *       ],
                     *       "portalId": "prt_a",
                     *       "userId": "usr_admin"
                     *     }
                     */
                    "application/json": components["schemas"]["WidgetToken"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Full-text search over name, e-mail and extension.
                 * @example ada
                 */
                q?: string;
                /**
                 * @description A product of the catalogue: each user then says whether they already hold a license of it (`holdsProduct`), so a picker that assigns that product can mark them (the server would refuse them with 409 `product_already_assigned`). An id that is not a product of the catalogue marks nobody.
                 * @example prd_live_reports
                 */
                productId?: components["schemas"]["Id"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "usr_admin",
                     *           "name": "Ada Martin",
                     *           "email": "ada@portal-a.test",
                     *           "role": "admin",
                     *           "extension": "2041"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "user_manager"
                 *     }
                 */
                "application/json": components["schemas"]["RoleUpdate"];
            };
        };
        responses: {
            /** @description The user with the new role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_admin",
                     *       "name": "Ada Martin",
                     *       "email": "ada@portal-a.test",
                     *       "role": "user_manager"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMinuteAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accounts and the default account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "acc_pool_a",
                     *           "kind": "pool",
                     *           "access": "owned",
                     *           "title": "Primary pool",
                     *           "balance": 8400,
                     *           "owner": {
                     *             "id": "prt_a",
                     *             "name": "Portal A",
                     *             "ownerEmail": "owner@portal-a.test"
                     *           },
                     *           "isDefault": true,
                     *           "activeShareCount": 0,
                     *           "createdAt": "2026-01-15T08:00:00Z",
                     *           "updatedAt": "2026-11-02T09:30:00Z"
                     *         },
                     *         {
                     *           "id": "acc_proj_emea",
                     *           "kind": "project",
                     *           "access": "owned",
                     *           "title": "EMEA conference",
                     *           "description": "Minutes set apart for the EMEA partner conference.",
                     *           "balance": 1200,
                     *           "owner": {
                     *             "id": "prt_a",
                     *             "name": "Portal A",
                     *             "ownerEmail": "owner@portal-a.test"
                     *           },
                     *           "isDefault": false,
                     *           "activeShareCount": 1,
                     *           "createdAt": "2026-10-20T14:12:00Z",
                     *           "updatedAt": "2026-11-02T09:30:00Z"
                     *         },
                     *         {
                     *           "id": "acc_pool_c",
                     *           "kind": "pool",
                     *           "access": "shared",
                     *           "title": "Portal C pool",
                     *           "balance": 30000,
                     *           "owner": {
                     *             "id": "prt_c",
                     *             "name": "Portal C",
                     *             "ownerEmail": "owner@portal-c.test"
                     *           },
                     *           "isDefault": false,
                     *           "createdAt": "2025-06-01T10:00:00Z",
                     *           "updatedAt": "2026-11-01T17:45:00Z"
                     *         }
                     *       ],
                     *       "defaultAccountId": "acc_pool_a"
                     *     }
                     */
                    "application/json": components["schemas"]["MinuteAccountList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "EMEA conference",
                 *       "description": "Minutes set apart for the EMEA partner conference."
                 *     }
                 */
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description The new project. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_proj_emea",
                     *       "kind": "project",
                     *       "access": "owned",
                     *       "title": "EMEA conference",
                     *       "description": "Minutes set apart for the EMEA partner conference.",
                     *       "balance": 0,
                     *       "owner": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "isDefault": false,
                     *       "activeShareCount": 0,
                     *       "createdAt": "2026-11-02T09:30:00Z",
                     *       "updatedAt": "2026-11-02T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MinuteAccount"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getMinuteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The minute account (owned, or shared with the caller's portal and accepted).
                 * @example acc_proj_emea
                 */
                accountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_proj_emea",
                     *       "kind": "project",
                     *       "access": "owned",
                     *       "title": "EMEA conference",
                     *       "description": "Minutes set apart for the EMEA partner conference.",
                     *       "balance": 1200,
                     *       "owner": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "isDefault": false,
                     *       "activeShareCount": 1,
                     *       "createdAt": "2026-10-20T14:12:00Z",
                     *       "updatedAt": "2026-11-02T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MinuteAccount"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The minute account (owned, or shared with the caller's portal and accepted).
                 * @example acc_proj_emea
                 */
                accountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project is gone; what moved and what ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountId": "acc_proj_emea",
                     *       "movedMinutes": 1200,
                     *       "movedToAccountId": "acc_pool_a",
                     *       "ledgerEntries": [
                     *         {
                     *           "id": "led_0102",
                     *           "accountId": "acc_proj_emea",
                     *           "kind": "transfer_out",
                     *           "amount": -1200,
                     *           "balanceAfter": 0,
                     *           "actor": {
                     *             "type": "user",
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test"
                     *           },
                     *           "counterpartyAccountId": "acc_pool_a",
                     *           "reference": "trf_0042",
                     *           "createdAt": "2026-11-02T10:05:00Z"
                     *         },
                     *         {
                     *           "id": "led_0103",
                     *           "accountId": "acc_pool_a",
                     *           "kind": "transfer_in",
                     *           "amount": 1200,
                     *           "balanceAfter": 9600,
                     *           "actor": {
                     *             "type": "user",
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test"
                     *           },
                     *           "counterpartyAccountId": "acc_proj_emea",
                     *           "reference": "trf_0042",
                     *           "createdAt": "2026-11-02T10:05:00Z"
                     *         }
                     *       ],
                     *       "revokedShares": [
                     *         {
                     *           "id": "shr_0001",
                     *           "recipient": {
                     *             "id": "prt_b",
                     *             "name": "Portal B",
                     *             "ownerEmail": "owner@portal-b.test"
                     *           },
                     *           "status": "revoked"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectDeletion"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The account is the primary pool, which cannot be deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/cannot_delete_pool",
                     *       "title": "The pool cannot be deleted",
                     *       "status": 409,
                     *       "code": "cannot_delete_pool",
                     *       "detail": "acc_pool_a is the primary pool of Portal A; only projects can be deleted."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "cannot_delete_pool";
                    };
                };
            };
            /** @description The account is shared with the caller's portal; only its owner may delete it. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/account_not_owned",
                     *       "title": "Account not owned",
                     *       "status": 422,
                     *       "code": "account_not_owned",
                     *       "detail": "Portal C shared this account with you; only Portal C can delete it."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_not_owned";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of the resource as last read. A stale value is rejected with 412 `precondition_failed`; a missing header with 428 `precondition_required`.
                 * @example "v3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The minute account (owned, or shared with the caller's portal and accepted).
                 * @example acc_proj_emea
                 */
                accountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "EMEA partner conference"
                 *     }
                 */
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description The account as changed, with its new `ETag`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_proj_emea",
                     *       "kind": "project",
                     *       "access": "owned",
                     *       "title": "EMEA partner conference",
                     *       "description": "Minutes set apart for the EMEA partner conference.",
                     *       "balance": 1200,
                     *       "owner": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "isDefault": false,
                     *       "activeShareCount": 1,
                     *       "createdAt": "2026-10-20T14:12:00Z",
                     *       "updatedAt": "2026-11-02T09:41:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MinuteAccount"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            /** @description The account is shared with the caller's portal; only its owner may edit it. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/account_not_owned",
                     *       "title": "Account not owned",
                     *       "status": 422,
                     *       "code": "account_not_owned",
                     *       "detail": "Portal C shared this account with you; only Portal C can edit it."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_not_owned";
                    };
                };
            };
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLedgerEntries: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description The minute account (owned, or shared with the caller's portal and accepted).
                 * @example acc_proj_emea
                 */
                accountId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "led_0101",
                     *           "accountId": "acc_proj_emea",
                     *           "kind": "usage",
                     *           "amount": -45,
                     *           "balanceAfter": 1200,
                     *           "actor": {
                     *             "type": "integration",
                     *             "name": "Zoom"
                     *           },
                     *           "reference": "use_0007",
                     *           "createdAt": "2026-11-01T16:20:00Z"
                     *         },
                     *         {
                     *           "id": "led_0099",
                     *           "accountId": "acc_proj_emea",
                     *           "kind": "transfer_in",
                     *           "amount": 1245,
                     *           "balanceAfter": 1245,
                     *           "actor": {
                     *             "type": "user",
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test"
                     *           },
                     *           "counterpartyAccountId": "acc_pool_a",
                     *           "reference": "trf_0031",
                     *           "createdAt": "2026-10-20T14:15:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["LedgerPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    transferMinutes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key for this write (a UUID is a good choice). A replay with the same key and the same body returns the first result without changing anything; the same key with another body is rejected with `idempotency_key_reused`. Keys are kept for 24 hours.
                 * @example 6f1c1c4e-2d0b-4e8a-9a43-1f0a1e1b2c3d
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "fromAccountId": "acc_pool_a",
                 *       "toAccountId": "acc_proj_emea",
                 *       "minutes": 500
                 *     }
                 */
                "application/json": components["schemas"]["MinuteTransferRequest"];
            };
        };
        responses: {
            /** @description The transfer and its two ledger entries. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "trf_0043",
                     *       "fromAccountId": "acc_pool_a",
                     *       "toAccountId": "acc_proj_emea",
                     *       "minutes": 500,
                     *       "entries": [
                     *         {
                     *           "id": "led_0104",
                     *           "accountId": "acc_pool_a",
                     *           "kind": "transfer_out",
                     *           "amount": -500,
                     *           "balanceAfter": 7900,
                     *           "actor": {
                     *             "type": "user",
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test"
                     *           },
                     *           "counterpartyAccountId": "acc_proj_emea",
                     *           "reference": "trf_0043",
                     *           "createdAt": "2026-11-02T09:30:00Z"
                     *         },
                     *         {
                     *           "id": "led_0105",
                     *           "accountId": "acc_proj_emea",
                     *           "kind": "transfer_in",
                     *           "amount": 500,
                     *           "balanceAfter": 1700,
                     *           "actor": {
                     *             "type": "user",
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test"
                     *           },
                     *           "counterpartyAccountId": "acc_pool_a",
                     *           "reference": "trf_0043",
                     *           "createdAt": "2026-11-02T09:30:00Z"
                     *         }
                     *       ],
                     *       "createdAt": "2026-11-02T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MinuteTransfer"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `insufficient_minutes`: the source holds fewer minutes than asked. `same_account`: source and target are the same account. `account_not_owned`: one of the accounts is shared with the caller's portal. `idempotency_key_reused`: the key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/insufficient_minutes",
                     *       "title": "Not enough minutes",
                     *       "status": 422,
                     *       "code": "insufficient_minutes",
                     *       "detail": "The account has 120 minutes; 500 were asked for."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "insufficient_minutes" | "same_account" | "account_not_owned" | "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    quoteMinutePurchase: {
        parameters: {
            query: {
                /**
                 * @description How many minutes to price.
                 * @example 1000
                 */
                minutes: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The price. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "minutes": 1000,
                     *       "unitPrice": {
                     *         "amount": 12,
                     *         "currency": "EUR"
                     *       },
                     *       "total": {
                     *         "amount": 12000,
                     *         "currency": "EUR"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MinuteQuote"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    purchaseMinutes: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key for this write (a UUID is a good choice). A replay with the same key and the same body returns the first result without changing anything; the same key with another body is rejected with `idempotency_key_reused`. Keys are kept for 24 hours.
                 * @example 6f1c1c4e-2d0b-4e8a-9a43-1f0a1e1b2c3d
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_pool_a",
                 *       "minutes": 1000
                 *     }
                 */
                "application/json": components["schemas"]["MinutePurchaseRequest"];
            };
        };
        responses: {
            /** @description The purchase and its ledger entry. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pur_0012",
                     *       "accountId": "acc_pool_a",
                     *       "minutes": 1000,
                     *       "total": {
                     *         "amount": 12000,
                     *         "currency": "EUR"
                     *       },
                     *       "entry": {
                     *         "id": "led_0106",
                     *         "accountId": "acc_pool_a",
                     *         "kind": "purchase",
                     *         "amount": 1000,
                     *         "balanceAfter": 8900,
                     *         "actor": {
                     *           "type": "user",
                     *           "id": "usr_admin",
                     *           "name": "Ada Martin",
                     *           "email": "ada@portal-a.test"
                     *         },
                     *         "reference": "pur_0012",
                     *         "createdAt": "2026-11-02T09:35:00Z"
                     *       },
                     *       "createdAt": "2026-11-02T09:35:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MinutePurchase"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `account_not_owned`: the account is shared with the caller's portal; buy into an owned account. `idempotency_key_reused`: the key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/account_not_owned",
                     *       "title": "Account not owned",
                     *       "status": 422,
                     *       "code": "account_not_owned",
                     *       "detail": "Portal C shared this account with you; buy minutes into one of your own accounts."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "account_not_owned" | "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    recordUsage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key for this write (a UUID is a good choice). A replay with the same key and the same body returns the first result without changing anything; the same key with another body is rejected with `idempotency_key_reused`. Keys are kept for 24 hours.
                 * @example 6f1c1c4e-2d0b-4e8a-9a43-1f0a1e1b2c3d
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_pool_c",
                 *       "minutes": 45,
                 *       "sessionRef": "zoom-mtg-84512077"
                 *     }
                 */
                "application/json": components["schemas"]["MinuteUsageRequest"];
            };
        };
        responses: {
            /** @description The usage and its ledger entry. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "use_0008",
                     *       "accountId": "acc_pool_c",
                     *       "minutes": 45,
                     *       "sessionRef": "zoom-mtg-84512077",
                     *       "entry": {
                     *         "id": "led_0107",
                     *         "accountId": "acc_pool_c",
                     *         "kind": "usage",
                     *         "amount": -45,
                     *         "balanceAfter": 29955,
                     *         "actor": {
                     *           "type": "integration",
                     *           "name": "Zoom"
                     *         },
                     *         "reference": "use_0008",
                     *         "createdAt": "2026-11-02T11:00:00Z"
                     *       },
                     *       "createdAt": "2026-11-02T11:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MinuteUsage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description `insufficient_minutes`: the account holds fewer minutes than the session used. `idempotency_key_reused`: the key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/insufficient_minutes",
                     *       "title": "Not enough minutes",
                     *       "status": 422,
                     *       "code": "insufficient_minutes",
                     *       "detail": "The account has 30 minutes; 45 were used."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "insufficient_minutes" | "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    setDefaultAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_pool_c"
                 *     }
                 */
                "application/json": components["schemas"]["DefaultAccountUpdate"];
            };
        };
        responses: {
            /** @description The new default account and the previous one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "defaultAccountId": "acc_pool_c",
                     *       "previousDefaultAccountId": "acc_pool_a"
                     *     }
                     */
                    "application/json": components["schemas"]["DefaultAccount"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listOutgoingShares: {
        parameters: {
            query?: {
                /**
                 * @description Only the shares of this account.
                 * @example acc_proj_emea
                 */
                accountId?: components["schemas"]["Id"];
                /**
                 * @description Only shares in one of these statuses (repeat the parameter, e.g. `status=pending&status=accepted`).
                 * @example [
                 *       "pending",
                 *       "accepted"
                 *     ]
                 */
                status?: components["schemas"]["ShareStatus"][];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of outgoing shares. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "shr_0001",
                     *           "accountId": "acc_proj_emea",
                     *           "accountTitle": "EMEA conference",
                     *           "accountKind": "project",
                     *           "accountBalance": 300,
                     *           "sender": {
                     *             "id": "prt_a",
                     *             "name": "Portal A",
                     *             "ownerEmail": "owner@portal-a.test"
                     *           },
                     *           "recipient": {
                     *             "id": "prt_b",
                     *             "name": "Portal B",
                     *             "ownerEmail": "owner@portal-b.test"
                     *           },
                     *           "status": "accepted",
                     *           "createdAt": "2026-11-02T09:30:00Z",
                     *           "lastSentAt": "2026-11-02T09:30:00Z",
                     *           "resendAvailableAt": null,
                     *           "respondedAt": "2026-11-02T09:52:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SharePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createShare: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_proj_emea",
                 *       "recipientEmail": "owner@portal-b.test"
                 *     }
                 */
                "application/json": components["schemas"]["ShareCreate"];
            };
        };
        responses: {
            /** @description The invitation was sent; the share is pending. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shr_0001",
                     *       "accountId": "acc_proj_emea",
                     *       "accountTitle": "EMEA conference",
                     *       "accountKind": "project",
                     *       "accountBalance": 300,
                     *       "sender": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "recipient": {
                     *         "id": "prt_b",
                     *         "name": "Portal B",
                     *         "ownerEmail": "owner@portal-b.test"
                     *       },
                     *       "status": "pending",
                     *       "createdAt": "2026-11-02T09:30:00Z",
                     *       "lastSentAt": "2026-11-02T09:30:00Z",
                     *       "resendAvailableAt": "2026-11-02T09:31:00Z",
                     *       "respondedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Share"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description This account already has a pending or accepted share with that portal. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/share_exists",
                     *       "title": "Already shared",
                     *       "status": 409,
                     *       "code": "share_exists",
                     *       "detail": "EMEA conference is already shared with Portal B (pending)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "share_exists";
                    };
                };
            };
            /** @description `portal_not_found`: no portal has this owner e-mail (no e-mail was sent). `cannot_share_with_self`: the e-mail is the caller's own portal's. `account_not_owned`: the account is shared with the caller's portal and cannot be re-shared. `idempotency_key_reused`: the key was used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/portal_not_found",
                     *       "title": "No portal with this e-mail",
                     *       "status": 422,
                     *       "code": "portal_not_found",
                     *       "detail": "No portal has the owner e-mail owner@portal-x.test. No e-mail was sent."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "portal_not_found" | "cannot_share_with_self" | "account_not_owned" | "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    resendShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An outgoing share of the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share, with `lastSentAt` and `resendAvailableAt` moved on. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shr_0001",
                     *       "accountId": "acc_proj_emea",
                     *       "accountTitle": "EMEA conference",
                     *       "accountKind": "project",
                     *       "accountBalance": 300,
                     *       "sender": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "recipient": {
                     *         "id": "prt_b",
                     *         "name": "Portal B",
                     *         "ownerEmail": "owner@portal-b.test"
                     *       },
                     *       "status": "pending",
                     *       "createdAt": "2026-11-02T09:30:00Z",
                     *       "lastSentAt": "2026-11-02T09:40:00Z",
                     *       "resendAvailableAt": "2026-11-02T09:41:00Z",
                     *       "respondedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Share"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The share is no longer pending (accepted, declined, cancelled or revoked). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/share_not_pending",
                     *       "title": "Share not pending",
                     *       "status": 409,
                     *       "code": "share_not_pending",
                     *       "detail": "Portal B already accepted this share."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "share_not_pending";
                    };
                };
            };
            /** @description `resend_too_soon`: the invitation was sent less than a minute ago. `rate_limited`: too many requests. Either way, wait `Retry-After` seconds. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/resend_too_soon",
                     *       "title": "Resent too soon",
                     *       "status": 429,
                     *       "code": "resend_too_soon",
                     *       "detail": "This invitation was sent 20 seconds ago; it can be resent in 40 seconds."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "resend_too_soon" | "rate_limited";
                    };
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    cancelShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description An outgoing share of the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share, now `cancelled` or `revoked`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shr_0001",
                     *       "accountId": "acc_proj_emea",
                     *       "accountTitle": "EMEA conference",
                     *       "accountKind": "project",
                     *       "accountBalance": 300,
                     *       "sender": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "recipient": {
                     *         "id": "prt_b",
                     *         "name": "Portal B",
                     *         "ownerEmail": "owner@portal-b.test"
                     *       },
                     *       "status": "revoked",
                     *       "createdAt": "2026-11-02T09:30:00Z",
                     *       "lastSentAt": "2026-11-02T09:30:00Z",
                     *       "resendAvailableAt": null,
                     *       "respondedAt": "2026-11-02T09:52:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Share"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The share is already declined, cancelled or revoked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/share_not_active",
                     *       "title": "Share not active",
                     *       "status": 409,
                     *       "code": "share_not_active",
                     *       "detail": "Portal B declined this share."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "share_not_active";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIncomingShares: {
        parameters: {
            query?: {
                /**
                 * @description Only shares in one of these statuses (repeat the parameter, e.g. `status=pending`).
                 * @example [
                 *       "pending"
                 *     ]
                 */
                status?: components["schemas"]["ShareStatus"][];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of incoming shares. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "shr_0001",
                     *           "accountId": "acc_proj_emea",
                     *           "accountTitle": "EMEA conference",
                     *           "accountKind": "project",
                     *           "accountBalance": 300,
                     *           "sender": {
                     *             "id": "prt_a",
                     *             "name": "Portal A",
                     *             "ownerEmail": "owner@portal-a.test"
                     *           },
                     *           "recipient": {
                     *             "id": "prt_b",
                     *             "name": "Portal B",
                     *             "ownerEmail": "owner@portal-b.test"
                     *           },
                     *           "status": "pending",
                     *           "createdAt": "2026-11-02T09:30:00Z",
                     *           "lastSentAt": "2026-11-02T09:30:00Z",
                     *           "resendAvailableAt": "2026-11-02T09:31:00Z",
                     *           "respondedAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SharePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    acceptShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A share sent to the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "setDefault": true
                 *     }
                 */
                "application/json": components["schemas"]["ShareAccept"];
            };
        };
        responses: {
            /** @description The accepted share, the account as the caller now sees it, and the caller's default account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "share": {
                     *         "id": "shr_0001",
                     *         "accountId": "acc_proj_emea",
                     *         "accountTitle": "EMEA conference",
                     *         "accountKind": "project",
                     *         "accountBalance": 300,
                     *         "sender": {
                     *           "id": "prt_a",
                     *           "name": "Portal A",
                     *           "ownerEmail": "owner@portal-a.test"
                     *         },
                     *         "recipient": {
                     *           "id": "prt_b",
                     *           "name": "Portal B",
                     *           "ownerEmail": "owner@portal-b.test"
                     *         },
                     *         "status": "accepted",
                     *         "createdAt": "2026-11-02T09:30:00Z",
                     *         "lastSentAt": "2026-11-02T09:30:00Z",
                     *         "resendAvailableAt": null,
                     *         "respondedAt": "2026-11-02T09:52:00Z"
                     *       },
                     *       "account": {
                     *         "id": "acc_proj_emea",
                     *         "kind": "project",
                     *         "access": "shared",
                     *         "title": "EMEA conference",
                     *         "description": "Minutes set apart for the EMEA partner conference.",
                     *         "balance": 1200,
                     *         "owner": {
                     *           "id": "prt_a",
                     *           "name": "Portal A",
                     *           "ownerEmail": "owner@portal-a.test"
                     *         },
                     *         "isDefault": true,
                     *         "createdAt": "2026-10-20T14:12:00Z",
                     *         "updatedAt": "2026-11-02T09:30:00Z"
                     *       },
                     *       "defaultAccountId": "acc_proj_emea"
                     *     }
                     */
                    "application/json": components["schemas"]["ShareAcceptance"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The share is no longer pending (already accepted or declined, or cancelled by the sender). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/share_not_pending",
                     *       "title": "Share not pending",
                     *       "status": 409,
                     *       "code": "share_not_pending",
                     *       "detail": "Portal A cancelled this invitation."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "share_not_pending";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    declineShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A share sent to the caller's portal.
                 * @example shr_0001
                 */
                shareId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share, now `declined`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "shr_0001",
                     *       "accountId": "acc_proj_emea",
                     *       "accountTitle": "EMEA conference",
                     *       "accountKind": "project",
                     *       "accountBalance": 300,
                     *       "sender": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "recipient": {
                     *         "id": "prt_b",
                     *         "name": "Portal B",
                     *         "ownerEmail": "owner@portal-b.test"
                     *       },
                     *       "status": "declined",
                     *       "createdAt": "2026-11-02T09:30:00Z",
                     *       "lastSentAt": "2026-11-02T09:30:00Z",
                     *       "resendAvailableAt": null,
                     *       "respondedAt": "2026-11-02T09:52:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Share"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The share is no longer pending (already accepted or declined, or cancelled by the sender). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/share_not_pending",
                     *       "title": "Share not pending",
                     *       "status": 409,
                     *       "code": "share_not_pending",
                     *       "detail": "This invitation was already accepted."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "share_not_pending";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /**
                 * @description Statuses to list (repeat the parameter for several). Defaults to `pending`.
                 * @example [
                 *       "pending"
                 *     ]
                 */
                status?: components["schemas"]["InvitationStatus"][];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "invt_0001",
                     *           "email": "lin@portal-c.test",
                     *           "invitee": {
                     *             "id": "usr_lin",
                     *             "name": "Lin Moreau",
                     *             "email": "lin@portal-c.test"
                     *           },
                     *           "membership": {
                     *             "type": "basic"
                     *           },
                     *           "status": "pending",
                     *           "invitedBy": {
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test"
                     *           },
                     *           "createdAt": "2026-11-02T09:30:00Z",
                     *           "expiresAt": "2026-12-02T09:30:00Z",
                     *           "lastSentAt": "2026-11-02T09:30:00Z",
                     *           "acceptedAt": null,
                     *           "blockedBy": []
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createInvitations: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         "lin@portal-c.test",
                 *         "nobody@portal-c.test"
                 *       ],
                 *       "membership": {
                 *         "type": "licensed",
                 *         "productIds": [
                 *           "prd_connect_standard"
                 *         ]
                 *       },
                 *       "message": "Welcome aboard! Your account moves into the company account."
                 *     }
                 */
                "application/json": components["schemas"]["InvitationBatchRequest"];
            };
        };
        responses: {
            /** @description One result per address, in the order sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "email": "lin@portal-c.test",
                     *           "outcome": "invited",
                     *           "invitation": {
                     *             "id": "invt_0001",
                     *             "email": "lin@portal-c.test",
                     *             "invitee": {
                     *               "id": "usr_lin",
                     *               "name": "Lin Moreau",
                     *               "email": "lin@portal-c.test"
                     *             },
                     *             "membership": {
                     *               "type": "licensed",
                     *               "productIds": [
                     *                 "prd_connect_standard"
                     *               ]
                     *             },
                     *             "status": "pending",
                     *             "invitedBy": {
                     *               "id": "usr_admin",
                     *               "name": "Ada Martin",
                     *               "email": "ada@portal-a.test"
                     *             },
                     *             "createdAt": "2026-11-02T09:30:00Z",
                     *             "expiresAt": "2026-12-02T09:30:00Z",
                     *             "lastSentAt": "2026-11-02T09:30:00Z",
                     *             "acceptedAt": null,
                     *             "blockedBy": []
                     *           }
                     *         },
                     *         {
                     *           "email": "nobody@portal-c.test",
                     *           "outcome": "failed",
                     *           "error": {
                     *             "code": "user_not_found",
                     *             "detail": "No existing user has this e-mail; only existing users can be invited."
                     *           }
                     *         }
                     *       ],
                     *       "invitedCount": 1,
                     *       "failedCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationBatchResult"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation with its renewed expiry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "invt_0001",
                     *       "email": "lin@portal-c.test",
                     *       "invitee": {
                     *         "id": "usr_lin",
                     *         "name": "Lin Moreau",
                     *         "email": "lin@portal-c.test"
                     *       },
                     *       "membership": {
                     *         "type": "basic"
                     *       },
                     *       "status": "pending",
                     *       "invitedBy": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test"
                     *       },
                     *       "createdAt": "2026-11-02T09:30:00Z",
                     *       "expiresAt": "2026-12-10T14:00:00Z",
                     *       "lastSentAt": "2026-11-10T14:00:00Z",
                     *       "acceptedAt": null,
                     *       "blockedBy": []
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The invitation is no longer pending. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/invitation_not_pending",
                     *       "title": "Invitation not pending",
                     *       "status": 409,
                     *       "code": "invitation_not_pending",
                     *       "detail": "This invitation has expired; invite the address again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invitation_not_pending";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invitation.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "invt_0001",
                     *       "email": "lin@portal-c.test",
                     *       "invitee": {
                     *         "id": "usr_lin",
                     *         "name": "Lin Moreau",
                     *         "email": "lin@portal-c.test"
                     *       },
                     *       "membership": {
                     *         "type": "basic"
                     *       },
                     *       "status": "revoked",
                     *       "invitedBy": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test"
                     *       },
                     *       "createdAt": "2026-11-02T09:30:00Z",
                     *       "expiresAt": "2026-12-02T09:30:00Z",
                     *       "lastSentAt": "2026-11-02T09:30:00Z",
                     *       "acceptedAt": null,
                     *       "blockedBy": []
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The invitation is no longer pending. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/invitation_not_pending",
                     *       "title": "Invitation not pending",
                     *       "status": 409,
                     *       "code": "invitation_not_pending",
                     *       "detail": "This invitation was already accepted."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invitation_not_pending";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listIncomingInvitations: {
        parameters: {
            query?: {
                /**
                 * @description Statuses to list (repeat the parameter for several). Defaults to `pending`.
                 * @example [
                 *       "pending"
                 *     ]
                 */
                status?: components["schemas"]["InvitationStatus"][];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the caller's invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "invt_0001",
                     *           "fromPortal": {
                     *             "id": "prt_a",
                     *             "name": "Portal A",
                     *             "ownerEmail": "owner@portal-a.test"
                     *           },
                     *           "invitedBy": {
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test"
                     *           },
                     *           "membership": {
                     *             "type": "basic"
                     *           },
                     *           "status": "pending",
                     *           "expiresAt": "2026-12-02T09:30:00Z",
                     *           "blockers": [
                     *             {
                     *               "code": "linked_users_exist",
                     *               "detail": "2 users are still linked to your account; remove, unlink or invite them first.",
                     *               "linkedUserCount": 2,
                     *               "linkedUsers": [
                     *                 {
                     *                   "name": "Jonas Weber",
                     *                   "email": "jonas@linked.test"
                     *                 },
                     *                 {
                     *                   "name": "Mara Klein",
                     *                   "email": "mara@linked.test"
                     *                 }
                     *               ]
                     *             }
                     *           ],
                     *           "settlement": {
                     *             "planPrice": {
                     *               "amount": 1499,
                     *               "currency": "EUR"
                     *             },
                     *             "unusedDays": 18,
                     *             "daysInPeriod": 30,
                     *             "proratedAmount": {
                     *               "amount": 899,
                     *               "currency": "EUR"
                     *             },
                     *             "refundAvailableBy": "2026-11-09"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["IncomingInvitationPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                /**
                 * @description An invitation addressed to the caller.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "settlement": "transfer_credit"
                 *     }
                 */
                "application/json": components["schemas"]["InvitationAcceptRequest"];
            };
        };
        responses: {
            /** @description The caller joined the portal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "invitation": {
                     *         "id": "invt_0001",
                     *         "fromPortal": {
                     *           "id": "prt_a",
                     *           "name": "Portal A",
                     *           "ownerEmail": "owner@portal-a.test"
                     *         },
                     *         "invitedBy": {
                     *           "id": "usr_admin",
                     *           "name": "Ada Martin",
                     *           "email": "ada@portal-a.test"
                     *         },
                     *         "membership": {
                     *           "type": "basic"
                     *         },
                     *         "status": "accepted",
                     *         "expiresAt": "2026-12-02T09:30:00Z",
                     *         "blockers": [],
                     *         "settlement": null
                     *       },
                     *       "portal": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "settlement": {
                     *         "type": "transfer_credit",
                     *         "amount": {
                     *           "amount": 899,
                     *           "currency": "EUR"
                     *         },
                     *         "creditId": "cr_0001"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["InvitationAcceptance"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            /** @description Something on the caller's current account blocks joining, or the invitation is not pending. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/linked_users_exist",
                     *       "title": "Linked users must be removed first",
                     *       "status": 409,
                     *       "code": "linked_users_exist",
                     *       "detail": "2 users are still linked to your account (error 1009); remove, unlink or invite them first.",
                     *       "blockers": [
                     *         {
                     *           "code": "linked_users_exist",
                     *           "detail": "2 users are still linked to your account; remove, unlink or invite them first.",
                     *           "linkedUserCount": 2,
                     *           "linkedUsers": [
                     *             {
                     *               "name": "Jonas Weber",
                     *               "email": "jonas@linked.test"
                     *             },
                     *             {
                     *               "name": "Mara Klein",
                     *               "email": "mara@linked.test"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "unpaid_invoices" | "pending_cancellation" | "linked_users_exist" | "invitation_not_pending";
                        /** @description Every blocker currently in the way (`code` is the first of them); absent for `invitation_not_pending`. */
                        blockers?: components["schemas"]["InvitationBlocker"][];
                    };
                };
            };
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    declineInvitation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                /**
                 * @description An invitation addressed to the caller.
                 * @example invt_0001
                 */
                invitationId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation, declined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "invt_0001",
                     *       "fromPortal": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "invitedBy": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test"
                     *       },
                     *       "membership": {
                     *         "type": "basic"
                     *       },
                     *       "status": "declined",
                     *       "expiresAt": "2026-12-02T09:30:00Z",
                     *       "blockers": [],
                     *       "settlement": null
                     *     }
                     */
                    "application/json": components["schemas"]["IncomingInvitation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            /** @description The invitation is no longer pending (accepted, declined, revoked or expired). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/invitation_not_pending",
                     *       "title": "Invitation not pending",
                     *       "status": 409,
                     *       "code": "invitation_not_pending",
                     *       "detail": "This invitation was already declined."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "invitation_not_pending";
                    };
                };
            };
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "prd_connect",
                     *           "code": "connect_standard",
                     *           "name": "Connect Standard",
                     *           "unitPrice": {
                     *             "amount": 2400,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "queueDependent": false,
                     *           "features": [
                     *             {
                     *               "key": "call_recording",
                     *               "label": "Call recording",
                     *               "defaultEnabled": true
                     *             },
                     *             {
                     *               "key": "voicemail_transcription",
                     *               "label": "Voicemail transcription",
                     *               "defaultEnabled": false
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "prd_cc",
                     *           "code": "contact_center",
                     *           "name": "Contact Center",
                     *           "unitPrice": {
                     *             "amount": 4500,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "queueDependent": true,
                     *           "features": [
                     *             {
                     *               "key": "screen_recording",
                     *               "label": "Screen recording",
                     *               "defaultEnabled": false
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "prd_live",
                     *           "code": "live_reports",
                     *           "name": "Live Reports",
                     *           "unitPrice": {
                     *             "amount": 15000,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "year",
                     *           "queueDependent": false,
                     *           "features": []
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listLicenses: {
        parameters: {
            query?: {
                /**
                 * @description Full-text search over the assignee's name, e-mail and extension, the product type (name) and the cost-center code. Case-insensitive; every word must match.
                 * @example ada
                 */
                q?: string;
                /**
                 * @description Only licenses billed to one of these cost centers (repeat the parameter: `costCenterId=cc_sales&costCenterId=none`). The special value `none` selects licenses without a cost center.
                 * @example [
                 *       "cc_sales",
                 *       "none"
                 *     ]
                 */
                costCenterId?: components["schemas"]["Id"][];
                /**
                 * @description Only licenses of one of these products (repeat the parameter).
                 * @example [
                 *       "prd_live"
                 *     ]
                 */
                productId?: components["schemas"]["Id"][];
                /**
                 * @description Only assigned licenses, or only unassigned ones (the pool).
                 * @example unassigned
                 */
                status?: "assigned" | "unassigned";
                /**
                 * @description Sort key; a leading `-` sorts descending. `type` is the product name, `assignee` the user's name, `costCenter` the cost-center code.
                 * @example assignee
                 */
                sort?: "type" | "-type" | "assignee" | "-assignee" | "extension" | "-extension" | "costCenter" | "-costCenter" | "addedAt" | "-addedAt";
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of licenses, with the total and the facet counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "lic_0002",
                     *           "productId": "prd_live",
                     *           "productCode": "live_reports",
                     *           "productName": "Live Reports",
                     *           "assignee": null,
                     *           "costCenter": null,
                     *           "addedAt": "2026-10-14T08:00:00Z",
                     *           "etag": "\"v1\""
                     *         },
                     *         {
                     *           "id": "lic_001a",
                     *           "productId": "prd_live",
                     *           "productCode": "live_reports",
                     *           "productName": "Live Reports",
                     *           "assignee": {
                     *             "id": "usr_admin",
                     *             "name": "Ada Martin",
                     *             "email": "ada@portal-a.test",
                     *             "extension": "1001"
                     *           },
                     *           "costCenter": {
                     *             "id": "cc_sales",
                     *             "code": "SALES-01",
                     *             "name": "Sales France"
                     *           },
                     *           "addedAt": "2026-09-01T10:15:00Z",
                     *           "etag": "\"v3\""
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 2,
                     *       "facets": {
                     *         "costCenters": [
                     *           {
                     *             "costCenterId": "cc_sales",
                     *             "code": "SALES-01",
                     *             "count": 1
                     *           },
                     *           {
                     *             "costCenterId": null,
                     *             "code": null,
                     *             "count": 1
                     *           }
                     *         ],
                     *         "products": [
                     *           {
                     *             "productId": "prd_live",
                     *             "count": 2
                     *           }
                     *         ],
                     *         "status": {
                     *           "assigned": 1,
                     *           "unassigned": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["LicensePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLicense: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license.
                 * @example lic_001a
                 */
                licenseId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The license. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "lic_001a",
                     *       "productId": "prd_live",
                     *       "productCode": "live_reports",
                     *       "productName": "Live Reports",
                     *       "assignee": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test",
                     *         "extension": "1001"
                     *       },
                     *       "costCenter": {
                     *         "id": "cc_sales",
                     *         "code": "SALES-01",
                     *         "name": "Sales France"
                     *       },
                     *       "addedAt": "2026-09-01T10:15:00Z",
                     *       "etag": "\"v3\""
                     *     }
                     */
                    "application/json": components["schemas"]["License"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    assignLicense: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of the resource as last read. A stale value is rejected with 412 `precondition_failed`; a missing header with 428 `precondition_required`.
                 * @example "v3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The license to assign; it must be unassigned.
                 * @example lic_0002
                 */
                licenseId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "userId": "usr_ben",
                 *       "notify": true
                 *     }
                 */
                "application/json": components["schemas"]["LicenseAssignRequest"];
            };
        };
        responses: {
            /** @description The license, now assigned, with its new version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "license": {
                     *         "id": "lic_0002",
                     *         "productId": "prd_live",
                     *         "productCode": "live_reports",
                     *         "productName": "Live Reports",
                     *         "assignee": {
                     *           "id": "usr_ben",
                     *           "name": "Ben Okafor",
                     *           "email": "ben@portal-a.test",
                     *           "extension": "2042"
                     *         },
                     *         "costCenter": null,
                     *         "addedAt": "2026-10-14T08:00:00Z",
                     *         "etag": "\"v2\""
                     *       },
                     *       "warnings": []
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseChange"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The license is already assigned, or the user already holds this product. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/license_already_assigned",
                     *       "title": "License already assigned",
                     *       "status": 409,
                     *       "code": "license_already_assigned",
                     *       "detail": "License lic_0002 is already assigned to Ada Martin."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "license_already_assigned" | "product_already_assigned";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    unassignLicense: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of the resource as last read. A stale value is rejected with 412 `precondition_failed`; a missing header with 428 `precondition_required`.
                 * @example "v3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The license to return to the pool; it must be assigned.
                 * @example lic_0007
                 */
                licenseId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** @description Optional; an empty or missing body sends no notification. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "notify": false
                 *     }
                 */
                "application/json": components["schemas"]["LicenseUnassignRequest"];
            };
        };
        responses: {
            /** @description The license, back in the pool, with its new version and any warnings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "license": {
                     *         "id": "lic_0007",
                     *         "productId": "prd_cc",
                     *         "productCode": "contact_center",
                     *         "productName": "Contact Center",
                     *         "assignee": null,
                     *         "costCenter": {
                     *           "id": "cc_support",
                     *           "code": "SUP-02",
                     *           "name": "Support"
                     *         },
                     *         "addedAt": "2026-08-20T14:00:00Z",
                     *         "etag": "\"v5\""
                     *       },
                     *       "warnings": [
                     *         {
                     *           "code": "contact_center_still_billed",
                     *           "message": "Ada Martin is still in 2 contact-center queues, so a Contact Center seat is still billed.",
                     *           "queues": [
                     *             {
                     *               "queueId": "que_support_fr",
                     *               "queueName": "Support FR",
                     *               "kind": "call",
                     *               "role": "agent"
                     *             },
                     *             {
                     *               "queueId": "que_renewals",
                     *               "queueName": "Renewals",
                     *               "kind": "outbound",
                     *               "role": "supervisor"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseChange"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The license is not assigned. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/license_not_assigned",
                     *       "title": "License not assigned",
                     *       "status": 409,
                     *       "code": "license_not_assigned",
                     *       "detail": "License lic_0007 is already in the pool."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "license_not_assigned";
                    };
                };
            };
            412: components["responses"]["PreconditionFailed"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getUserProducts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's products and queues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test",
                     *         "extension": "2041"
                     *       },
                     *       "products": [
                     *         {
                     *           "productId": "prd_connect",
                     *           "productCode": "connect_standard",
                     *           "productName": "Connect Standard",
                     *           "licenseId": "lic_0003",
                     *           "features": {
                     *             "call_recording": true,
                     *             "voicemail_transcription": false
                     *           }
                     *         },
                     *         {
                     *           "productId": "prd_cc",
                     *           "productCode": "contact_center",
                     *           "productName": "Contact Center",
                     *           "licenseId": "lic_0007",
                     *           "features": {
                     *             "screen_recording": false
                     *           }
                     *         }
                     *       ],
                     *       "queues": [
                     *         {
                     *           "queueId": "que_support_fr",
                     *           "queueName": "Support FR",
                     *           "kind": "call",
                     *           "role": "agent"
                     *         },
                     *         {
                     *           "queueId": "que_renewals",
                     *           "queueName": "Renewals",
                     *           "kind": "outbound",
                     *           "role": "supervisor"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UserProducts"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    addUserProduct: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productId": "prd_live",
                 *       "features": {},
                 *       "notify": true
                 *     }
                 */
                "application/json": components["schemas"]["UserProductAddRequest"];
            };
        };
        responses: {
            /** @description The user's products, now with the new one. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test",
                     *         "extension": "2041"
                     *       },
                     *       "products": [
                     *         {
                     *           "productId": "prd_connect",
                     *           "productCode": "connect_standard",
                     *           "productName": "Connect Standard",
                     *           "licenseId": "lic_0003",
                     *           "features": {
                     *             "call_recording": true,
                     *             "voicemail_transcription": false
                     *           }
                     *         },
                     *         {
                     *           "productId": "prd_live",
                     *           "productCode": "live_reports",
                     *           "productName": "Live Reports",
                     *           "licenseId": "lic_0002",
                     *           "features": {}
                     *         }
                     *       ],
                     *       "queues": []
                     *     }
                     */
                    "application/json": components["schemas"]["UserProducts"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description No free license of the product is left, or the user already holds it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/no_free_license",
                     *       "title": "No free license",
                     *       "status": 409,
                     *       "code": "no_free_license",
                     *       "detail": "Every Live Reports license is assigned; buy more to add this product."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "no_free_license" | "product_already_assigned";
                    };
                };
            };
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeUserProduct: {
        parameters: {
            query?: {
                /**
                 * @description Send the user the product-change notification e-mail.
                 * @example true
                 */
                notify?: boolean;
                /**
                 * @description Also take the user out of every call, inbound and outbound queue in the same step.
                 * @example false
                 */
                removeFromQueues?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
                /**
                 * @description A product the user holds.
                 * @example prd_connect
                 */
                productId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's products after the removal, the licenses released, the queues left and any warnings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userProducts": {
                     *         "user": {
                     *           "id": "usr_admin",
                     *           "name": "Ada Martin",
                     *           "email": "ada@portal-a.test",
                     *           "extension": "2041"
                     *         },
                     *         "products": [
                     *           {
                     *             "productId": "prd_cc",
                     *             "productCode": "contact_center",
                     *             "productName": "Contact Center",
                     *             "licenseId": "lic_0007",
                     *             "features": {
                     *               "screen_recording": false
                     *             }
                     *           }
                     *         ],
                     *         "queues": [
                     *           {
                     *             "queueId": "que_support_fr",
                     *             "queueName": "Support FR",
                     *             "kind": "call",
                     *             "role": "agent"
                     *           },
                     *           {
                     *             "queueId": "que_renewals",
                     *             "queueName": "Renewals",
                     *             "kind": "outbound",
                     *             "role": "supervisor"
                     *           }
                     *         ]
                     *       },
                     *       "releasedLicenseIds": [
                     *         "lic_0003"
                     *       ],
                     *       "removedFromQueues": [],
                     *       "warnings": [
                     *         {
                     *           "code": "contact_center_still_billed",
                     *           "message": "Ada Martin is still in 2 contact-center queues, so a Contact Center seat is still billed. Remove them from these queues to stop it.",
                     *           "queues": [
                     *             {
                     *               "queueId": "que_support_fr",
                     *               "queueName": "Support FR",
                     *               "kind": "call",
                     *               "role": "agent"
                     *             },
                     *             {
                     *               "queueId": "que_renewals",
                     *               "queueName": "Renewals",
                     *               "kind": "outbound",
                     *               "role": "supervisor"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UserProductRemoval"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The user does not hold this product. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/product_not_assigned",
                     *       "title": "Product not assigned",
                     *       "status": 409,
                     *       "code": "product_not_assigned",
                     *       "detail": "Ada Martin does not have Connect Standard."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "product_not_assigned";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateUserProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
                /**
                 * @description A product the user holds.
                 * @example prd_connect
                 */
                productId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "features": {
                 *         "voicemail_transcription": true
                 *       },
                 *       "notify": false
                 *     }
                 */
                "application/json": components["schemas"]["UserProductUpdateRequest"];
            };
        };
        responses: {
            /** @description The user's products with the new toggles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_admin",
                     *         "name": "Ada Martin",
                     *         "email": "ada@portal-a.test",
                     *         "extension": "2041"
                     *       },
                     *       "products": [
                     *         {
                     *           "productId": "prd_connect",
                     *           "productCode": "connect_standard",
                     *           "productName": "Connect Standard",
                     *           "licenseId": "lic_0003",
                     *           "features": {
                     *             "call_recording": true,
                     *             "voicemail_transcription": true
                     *           }
                     *         }
                     *       ],
                     *       "queues": []
                     *     }
                     */
                    "application/json": components["schemas"]["UserProducts"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The user does not hold this product. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/product_not_assigned",
                     *       "title": "Product not assigned",
                     *       "status": 409,
                     *       "code": "product_not_assigned",
                     *       "detail": "Ada Martin does not have Connect Standard."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "product_not_assigned";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listQueues: {
        parameters: {
            query?: {
                /**
                 * @description Only queues this user sits in, as supervisor or agent.
                 * @example usr_admin
                 */
                userId?: components["schemas"]["Id"];
                /**
                 * @description Only queues of this kind.
                 * @example call
                 */
                kind?: components["schemas"]["QueueKind"];
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of queues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "que_support_fr",
                     *           "name": "Support FR",
                     *           "kind": "call",
                     *           "members": [
                     *             {
                     *               "userId": "usr_admin",
                     *               "name": "Ada Martin",
                     *               "role": "agent"
                     *             },
                     *             {
                     *               "userId": "usr_ben",
                     *               "name": "Ben Okafor",
                     *               "role": "supervisor"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["QueuePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    removeQueueMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The queue.
                 * @example que_support_fr
                 */
                queueId: components["schemas"]["Id"];
                /**
                 * @description The member to take out of the queue.
                 * @example usr_admin
                 */
                userId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user left the queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "queueId": "que_support_fr",
                     *       "userId": "usr_admin",
                     *       "contactCenterSeatReleased": true
                     *     }
                     */
                    "application/json": components["schemas"]["QueueMemberRemoval"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCostCenters: {
        parameters: {
            query?: {
                /**
                 * @description Search over code and name (case-insensitive substring).
                 * @example sales
                 */
                q?: string;
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cost centers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "cc_sales_fr",
                     *           "code": "SALES-FR",
                     *           "name": "Sales France",
                     *           "createdAt": "2026-03-14T10:00:00Z"
                     *         },
                     *         {
                     *           "id": "cc_support",
                     *           "code": "SUPPORT",
                     *           "name": "Customer Support",
                     *           "createdAt": "2026-04-02T08:15:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["CostCenterPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createCostCenter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "MKT-DE",
                 *       "name": "Marketing Germany"
                 *     }
                 */
                "application/json": components["schemas"]["CostCenterCreate"];
            };
        };
        responses: {
            /** @description The new cost center. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cc_mkt_de",
                     *       "code": "MKT-DE",
                     *       "name": "Marketing Germany",
                     *       "createdAt": "2026-11-02T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CostCenter"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description A cost center with this code already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/cost_center_exists",
                     *       "title": "Cost center exists",
                     *       "status": 409,
                     *       "code": "cost_center_exists",
                     *       "detail": "The cost center code MKT-DE is already used by Marketing Germany."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "cost_center_exists";
                    };
                };
            };
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createLicenseQuote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "productId": "prd_live_reports",
                 *           "quantity": 10
                 *         },
                 *         {
                 *           "productId": "prd_contact_center",
                 *           "quantity": 5
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LicenseQuoteRequest"];
            };
        };
        responses: {
            /** @description The quote, open and unallocated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "lq_7c21",
                     *       "status": "open",
                     *       "expiresAt": "2026-11-02T10:00:00Z",
                     *       "currency": "EUR",
                     *       "lines": [
                     *         {
                     *           "productId": "prd_live_reports",
                     *           "productName": "Live Reports",
                     *           "quantity": 10,
                     *           "unitPrice": {
                     *             "amount": 1500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 15000,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 14500,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": []
                     *         },
                     *         {
                     *           "productId": "prd_contact_center",
                     *           "productName": "Contact Center",
                     *           "quantity": 5,
                     *           "unitPrice": {
                     *             "amount": 4500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 22500,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 21750,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": []
                     *         }
                     *       ],
                     *       "subtotal": {
                     *         "amount": 36250,
                     *         "currency": "EUR"
                     *       },
                     *       "tax": {
                     *         "amount": 7250,
                     *         "currency": "EUR"
                     *       },
                     *       "total": {
                     *         "amount": 43500,
                     *         "currency": "EUR"
                     *       },
                     *       "taxRate": 2000,
                     *       "recurring": [
                     *         {
                     *           "billingPeriod": "month",
                     *           "subtotal": {
                     *             "amount": 37500,
                     *             "currency": "EUR"
                     *           },
                     *           "tax": {
                     *             "amount": 7500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 45000,
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "allocationComplete": false,
                     *       "nextBillingDate": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseQuote"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLicenseQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license quote.
                 * @example lq_7c21
                 */
                quoteId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "lq_7c21",
                     *       "status": "open",
                     *       "expiresAt": "2026-11-02T10:00:00Z",
                     *       "currency": "EUR",
                     *       "lines": [
                     *         {
                     *           "productId": "prd_live_reports",
                     *           "productName": "Live Reports",
                     *           "quantity": 10,
                     *           "unitPrice": {
                     *             "amount": 1500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 15000,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 14500,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": [
                     *             {
                     *               "costCenterId": "cc_sales_fr",
                     *               "costCenterCode": "SALES-FR",
                     *               "quantity": 6
                     *             },
                     *             {
                     *               "costCenterId": "cc_support",
                     *               "costCenterCode": "SUPPORT",
                     *               "quantity": 4
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "productId": "prd_contact_center",
                     *           "productName": "Contact Center",
                     *           "quantity": 5,
                     *           "unitPrice": {
                     *             "amount": 4500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 22500,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 21750,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": [
                     *             {
                     *               "costCenterId": "cc_support",
                     *               "costCenterCode": "SUPPORT",
                     *               "quantity": 5
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "subtotal": {
                     *         "amount": 36250,
                     *         "currency": "EUR"
                     *       },
                     *       "tax": {
                     *         "amount": 7250,
                     *         "currency": "EUR"
                     *       },
                     *       "total": {
                     *         "amount": 43500,
                     *         "currency": "EUR"
                     *       },
                     *       "taxRate": 2000,
                     *       "recurring": [
                     *         {
                     *           "billingPeriod": "month",
                     *           "subtotal": {
                     *             "amount": 37500,
                     *             "currency": "EUR"
                     *           },
                     *           "tax": {
                     *             "amount": 7500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 45000,
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "allocationComplete": true,
                     *       "nextBillingDate": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseQuote"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    allocateLicenseQuote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license quote to allocate.
                 * @example lq_7c21
                 */
                quoteId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "split",
                 *       "productId": "prd_live_reports",
                 *       "parts": [
                 *         {
                 *           "costCenterId": "cc_sales_fr",
                 *           "quantity": 6
                 *         },
                 *         {
                 *           "costCenterId": "cc_support",
                 *           "quantity": 4
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LicenseAllocationStep"];
            };
        };
        responses: {
            /** @description The quote with its new allocation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "lq_7c21",
                     *       "status": "open",
                     *       "expiresAt": "2026-11-02T10:00:00Z",
                     *       "currency": "EUR",
                     *       "lines": [
                     *         {
                     *           "productId": "prd_live_reports",
                     *           "productName": "Live Reports",
                     *           "quantity": 10,
                     *           "unitPrice": {
                     *             "amount": 1500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 15000,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 14500,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": [
                     *             {
                     *               "costCenterId": "cc_sales_fr",
                     *               "costCenterCode": "SALES-FR",
                     *               "quantity": 6
                     *             },
                     *             {
                     *               "costCenterId": "cc_support",
                     *               "costCenterCode": "SUPPORT",
                     *               "quantity": 4
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "productId": "prd_contact_center",
                     *           "productName": "Contact Center",
                     *           "quantity": 5,
                     *           "unitPrice": {
                     *             "amount": 4500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 22500,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 21750,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": []
                     *         }
                     *       ],
                     *       "subtotal": {
                     *         "amount": 36250,
                     *         "currency": "EUR"
                     *       },
                     *       "tax": {
                     *         "amount": 7250,
                     *         "currency": "EUR"
                     *       },
                     *       "total": {
                     *         "amount": 43500,
                     *         "currency": "EUR"
                     *       },
                     *       "taxRate": 2000,
                     *       "recurring": [
                     *         {
                     *           "billingPeriod": "month",
                     *           "subtotal": {
                     *             "amount": 37500,
                     *             "currency": "EUR"
                     *           },
                     *           "tax": {
                     *             "amount": 7500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 45000,
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "allocationComplete": false,
                     *       "nextBillingDate": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseQuote"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The split does not add up to the line's quantity, or the quote is expired or already ordered. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/allocation_mismatch",
                     *       "title": "Allocation does not match",
                     *       "status": 422,
                     *       "code": "allocation_mismatch",
                     *       "detail": "The parts add up to 9 licenses; the Live Reports line has 10."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "allocation_mismatch" | "quote_expired";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    confirmLicenseOrder: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A unique key for this write (a UUID is a good choice). A replay with the same key and the same body returns the first result without changing anything; the same key with another body is rejected with `idempotency_key_reused`. Keys are kept for 24 hours.
                 * @example 6f1c1c4e-2d0b-4e8a-9a43-1f0a1e1b2c3d
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                /**
                 * @description The license quote to order.
                 * @example lq_7c21
                 */
                quoteId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "acceptTerms": true
                 *     }
                 */
                "application/json": components["schemas"]["LicenseOrderConfirm"];
            };
        };
        responses: {
            /** @description The order's statement. */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "lo_4e90",
                     *       "number": "LO-2026-0007",
                     *       "quoteId": "lq_7c21",
                     *       "createdAt": "2026-11-02T09:42:00Z",
                     *       "portal": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "lines": [
                     *         {
                     *           "productId": "prd_live_reports",
                     *           "productName": "Live Reports",
                     *           "quantity": 10,
                     *           "unitPrice": {
                     *             "amount": 1500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 15000,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 14500,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": [
                     *             {
                     *               "costCenterId": "cc_sales_fr",
                     *               "costCenterCode": "SALES-FR",
                     *               "quantity": 6
                     *             },
                     *             {
                     *               "costCenterId": "cc_support",
                     *               "costCenterCode": "SUPPORT",
                     *               "quantity": 4
                     *             }
                     *           ],
                     *           "licensesCreated": 10
                     *         },
                     *         {
                     *           "productId": "prd_contact_center",
                     *           "productName": "Contact Center",
                     *           "quantity": 5,
                     *           "unitPrice": {
                     *             "amount": 4500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 22500,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 21750,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": [],
                     *           "licensesCreated": 5
                     *         }
                     *       ],
                     *       "subtotal": {
                     *         "amount": 36250,
                     *         "currency": "EUR"
                     *       },
                     *       "tax": {
                     *         "amount": 7250,
                     *         "currency": "EUR"
                     *       },
                     *       "total": {
                     *         "amount": 43500,
                     *         "currency": "EUR"
                     *       },
                     *       "taxRate": 2000,
                     *       "recurring": [
                     *         {
                     *           "billingPeriod": "month",
                     *           "subtotal": {
                     *             "amount": 37500,
                     *             "currency": "EUR"
                     *           },
                     *           "tax": {
                     *             "amount": 7500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 45000,
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "currency": "EUR",
                     *       "nextBillingDate": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseOrder"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The terms were not accepted, the quote is expired or already ordered, or the idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/terms_not_accepted",
                     *       "title": "Terms not accepted",
                     *       "status": 422,
                     *       "code": "terms_not_accepted",
                     *       "detail": "Confirm that you read the order and its charges (acceptTerms must be true)."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "terms_not_accepted" | "quote_expired" | "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLicenseOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The license order.
                 * @example lo_4e90
                 */
                orderId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order's statement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "lo_4e90",
                     *       "number": "LO-2026-0007",
                     *       "quoteId": "lq_7c21",
                     *       "createdAt": "2026-11-02T09:42:00Z",
                     *       "portal": {
                     *         "id": "prt_a",
                     *         "name": "Portal A",
                     *         "ownerEmail": "owner@portal-a.test"
                     *       },
                     *       "lines": [
                     *         {
                     *           "productId": "prd_live_reports",
                     *           "productName": "Live Reports",
                     *           "quantity": 10,
                     *           "unitPrice": {
                     *             "amount": 1500,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 15000,
                     *             "currency": "EUR"
                     *           },
                     *           "firstCharge": {
                     *             "amount": 14500,
                     *             "currency": "EUR"
                     *           },
                     *           "billingPeriod": "month",
                     *           "allocation": [
                     *             {
                     *               "costCenterId": "cc_sales_fr",
                     *               "costCenterCode": "SALES-FR",
                     *               "quantity": 10
                     *             }
                     *           ],
                     *           "licensesCreated": 10
                     *         }
                     *       ],
                     *       "subtotal": {
                     *         "amount": 14500,
                     *         "currency": "EUR"
                     *       },
                     *       "tax": {
                     *         "amount": 2900,
                     *         "currency": "EUR"
                     *       },
                     *       "total": {
                     *         "amount": 17400,
                     *         "currency": "EUR"
                     *       },
                     *       "taxRate": 2000,
                     *       "recurring": [
                     *         {
                     *           "billingPeriod": "month",
                     *           "subtotal": {
                     *             "amount": 15000,
                     *             "currency": "EUR"
                     *           },
                     *           "tax": {
                     *             "amount": 3000,
                     *             "currency": "EUR"
                     *           },
                     *           "total": {
                     *             "amount": 18000,
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ],
                     *       "currency": "EUR",
                     *       "nextBillingDate": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseOrder"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getLicenseInventory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description License counts per product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "productId": "prd_live_reports",
                     *           "productName": "Live Reports",
                     *           "owned": 12,
                     *           "assigned": 9,
                     *           "unassigned": 3,
                     *           "deletable": 3
                     *         },
                     *         {
                     *           "productId": "prd_contact_center",
                     *           "productName": "Contact Center",
                     *           "owned": 5,
                     *           "assigned": 5,
                     *           "unassigned": 0,
                     *           "deletable": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseInventory"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    deleteLicenses: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LicenseDeletionRequest"];
            };
        };
        responses: {
            /** @description The licenses deleted and the product's remaining counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dryRun": false,
                     *       "deleted": 2,
                     *       "deletedLicenseIds": [
                     *         "lic_0011",
                     *         "lic_0012"
                     *       ],
                     *       "products": [
                     *         {
                     *           "productId": "prd_live_reports",
                     *           "productName": "Live Reports",
                     *           "deleted": 2,
                     *           "remaining": {
                     *             "owned": 10,
                     *             "assigned": 9,
                     *             "unassigned": 1,
                     *             "deletable": 1
                     *           }
                     *         }
                     *       ],
                     *       "costCenters": [
                     *         {
                     *           "costCenter": {
                     *             "id": "cc_sales_fr",
                     *             "code": "SALES-FR",
                     *             "name": "Sales France"
                     *           },
                     *           "deleted": 2
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseDeletion"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description A license named is assigned; nothing was deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/license_already_assigned",
                     *       "title": "License already assigned",
                     *       "status": 409,
                     *       "code": "license_already_assigned",
                     *       "detail": "lic_0011 is assigned to Sofia Owner; unassign it before deleting it."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "license_already_assigned";
                    };
                };
            };
            /** @description More licenses asked for than can be deleted, or the idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/exceeds_deletable",
                     *       "title": "Too many licenses to delete",
                     *       "status": 422,
                     *       "code": "exceeds_deletable",
                     *       "detail": "Live Reports has 3 licenses that can be deleted; 5 were asked for."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "exceeds_deletable" | "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    moveLicenses: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "licenseIds": [
                 *         "lic_0011",
                 *         "lic_0012"
                 *       ],
                 *       "costCenterId": "cc_ops"
                 *     }
                 */
                "application/json": components["schemas"]["LicenseMoveRequest"];
            };
        };
        responses: {
            /** @description The licenses as they are now, and the cost centers they left. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "moved": 1,
                     *       "licenses": [
                     *         {
                     *           "id": "lic_0011",
                     *           "productId": "prd_live_reports",
                     *           "productCode": "LIVE_REPORTS",
                     *           "productName": "Live Reports",
                     *           "assignee": null,
                     *           "costCenter": {
                     *             "id": "cc_ops",
                     *             "code": "OPS",
                     *             "name": "Operations"
                     *           },
                     *           "addedAt": "2026-03-02T10:00:00Z",
                     *           "etag": "\"v2\""
                     *         }
                     *       ],
                     *       "from": [
                     *         {
                     *           "costCenter": {
                     *             "id": "cc_sales_fr",
                     *             "code": "SALES-FR",
                     *             "name": "Sales France"
                     *           },
                     *           "moved": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LicenseMove"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description The idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/idempotency_key_reused",
                     *       "title": "Idempotency key reused",
                     *       "status": 422,
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This key was used with another request body."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getWorkspaceBilling: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's billing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "team_licenses",
                     *       "billedUnits": {
                     *         "current": 13,
                     *         "nextMonth": 12
                     *       },
                     *       "unitPrice": {
                     *         "amount": 4900,
                     *         "currency": "EUR"
                     *       },
                     *       "counts": {
                     *         "activeTeams": 12,
                     *         "archivedTeams": 3,
                     *         "members": 148,
                     *         "activeMembers": 131,
                     *         "inactiveMembers": 17
                     *       },
                     *       "nextBillingDate": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkspaceBilling"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /**
                 * @description Search in team names.
                 * @example market
                 */
                q?: string;
                /**
                 * @description Only active or only archived teams.
                 * @example active
                 */
                status?: "active" | "archived";
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "tm_marketing",
                     *           "name": "Marketing",
                     *           "status": "active",
                     *           "memberCount": 9,
                     *           "archivedAt": null,
                     *           "billedNextMonth": true
                     *         },
                     *         {
                     *           "id": "tm_launch_2025",
                     *           "name": "Launch 2025",
                     *           "status": "archived",
                     *           "memberCount": 6,
                     *           "archivedAt": "2026-11-01T08:12:00Z",
                     *           "billedNextMonth": false
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 2
                     *     }
                     */
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    archiveTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The team.
                 * @example tm_marketing
                 */
                teamId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dryRun": true
                 *     }
                 */
                "application/json": components["schemas"]["TeamArchiveRequest"];
            };
        };
        responses: {
            /** @description The team after archiving (unchanged on a dry run) and the effect on billed units. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "team": {
                     *         "id": "tm_marketing",
                     *         "name": "Marketing",
                     *         "status": "active",
                     *         "memberCount": 9,
                     *         "archivedAt": null,
                     *         "billedNextMonth": true
                     *       },
                     *       "membersChanging": [
                     *         {
                     *           "id": "usr_lena",
                     *           "name": "Lena Moreau",
                     *           "email": "lena.moreau.6@portal-a.test"
                     *         }
                     *       ],
                     *       "dryRun": true,
                     *       "billing": {
                     *         "before": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         },
                     *         "after": {
                     *           "current": 13,
                     *           "nextMonth": 11
                     *         }
                     *       },
                     *       "effectiveFrom": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["TeamArchiveResult"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    unarchiveTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The team.
                 * @example tm_launch_2025
                 */
                teamId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dryRun": false
                 *     }
                 */
                "application/json": components["schemas"]["TeamArchiveRequest"];
            };
        };
        responses: {
            /** @description The team after unarchiving (unchanged on a dry run) and the effect on billed units. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "team": {
                     *         "id": "tm_launch_2025",
                     *         "name": "Launch 2025",
                     *         "status": "active",
                     *         "memberCount": 6,
                     *         "archivedAt": null,
                     *         "billedNextMonth": true
                     *       },
                     *       "membersChanging": [
                     *         {
                     *           "id": "usr_lena",
                     *           "name": "Lena Moreau",
                     *           "email": "lena.moreau.6@portal-a.test"
                     *         }
                     *       ],
                     *       "dryRun": false,
                     *       "billing": {
                     *         "before": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         },
                     *         "after": {
                     *           "current": 13,
                     *           "nextMonth": 13
                     *         }
                     *       },
                     *       "effectiveFrom": "2026-12-01"
                     *     }
                     */
                    "application/json": components["schemas"]["TeamArchiveResult"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /**
                 * @description Search in member names and e-mails.
                 * @example weber
                 */
                q?: string;
                /**
                 * @description `active`: in at least one active team; `inactive`: in no active team.
                 * @example inactive
                 */
                status?: "active" | "inactive";
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "wsm_jonas",
                     *           "user": {
                     *             "id": "usr_jonas",
                     *             "name": "Jonas Weber",
                     *             "email": "jonas@portal-a.test"
                     *           },
                     *           "role": "member",
                     *           "teamIds": [
                     *             "tm_launch_2025"
                     *           ],
                     *           "activeTeamCount": 0,
                     *           "status": "inactive",
                     *           "lastSeenAt": "2026-08-14T10:22:00Z",
                     *           "joinedAt": "2025-03-03T09:00:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["WorkspaceMemberPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    createPrunePreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["PrunePreviewRequest"];
            };
        };
        responses: {
            /** @description The preview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "previewVersion": "pv_7c41e2",
                     *       "generatedAt": "2026-11-02T09:30:00Z",
                     *       "count": 2,
                     *       "members": [
                     *         {
                     *           "id": "wsm_jonas",
                     *           "user": {
                     *             "id": "usr_jonas",
                     *             "name": "Jonas Weber",
                     *             "email": "jonas@portal-a.test"
                     *           },
                     *           "role": "member",
                     *           "teamIds": [
                     *             "tm_launch_2025"
                     *           ],
                     *           "activeTeamCount": 0,
                     *           "status": "inactive",
                     *           "lastSeenAt": "2026-08-14T10:22:00Z",
                     *           "joinedAt": "2025-03-03T09:00:00Z"
                     *         },
                     *         {
                     *           "id": "wsm_lea",
                     *           "user": {
                     *             "id": "usr_lea",
                     *             "name": "Léa Dubois",
                     *             "email": "lea@portal-a.test"
                     *           },
                     *           "role": "member",
                     *           "teamIds": [],
                     *           "activeTeamCount": 0,
                     *           "status": "inactive",
                     *           "lastSeenAt": null,
                     *           "joinedAt": "2026-01-12T16:40:00Z"
                     *         }
                     *       ],
                     *       "excluded": [
                     *         {
                     *           "member": {
                     *             "id": "wsm_owner",
                     *             "user": {
                     *               "id": "usr_owner",
                     *               "name": "Sam Owner",
                     *               "email": "owner@portal-a.test"
                     *             },
                     *             "role": "super_admin",
                     *             "teamIds": [],
                     *             "activeTeamCount": 0,
                     *             "status": "inactive",
                     *             "lastSeenAt": "2026-11-01T18:02:00Z",
                     *             "joinedAt": "2024-06-01T08:00:00Z"
                     *           },
                     *           "reason": "super_admin"
                     *         }
                     *       ],
                     *       "holdings": [
                     *         {
                     *           "memberId": "wsm_jonas",
                     *           "licenses": [
                     *             {
                     *               "licenseId": "lic_0042",
                     *               "productId": "prd_cc",
                     *               "productName": "Contact Center"
                     *             }
                     *           ],
                     *           "queues": [
                     *             {
                     *               "queueId": "que_support_fr",
                     *               "queueName": "Support FR",
                     *               "kind": "call",
                     *               "role": "agent"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "billing": {
                     *         "before": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         },
                     *         "after": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PrunePreview"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    startPruneJob: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional key that makes this write safe to retry: a replay with the same key and body returns the first result; the same key with another body is rejected with `idempotency_key_reused`.
                 * @example 0b7d7c8e-3a52-4d47-8a7e-5bd9a3c1f0aa
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "previewVersion": "pv_7c41e2",
                 *       "confirm": true
                 *     }
                 */
                "application/json": components["schemas"]["PruneJobRequest"];
            };
        };
        responses: {
            /** @description The job was accepted. */
            202: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_prune_01",
                     *       "status": "queued",
                     *       "total": 2,
                     *       "processed": 0,
                     *       "progress": 0,
                     *       "removed": [],
                     *       "failed": [],
                     *       "startedAt": "2026-11-02T09:31:00Z",
                     *       "finishedAt": null,
                     *       "billing": {
                     *         "before": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         },
                     *         "after": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PruneJob"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description Teams or members changed since the preview (or the preview was already used); preview again. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/stale_preview",
                     *       "title": "The preview is out of date",
                     *       "status": 412,
                     *       "code": "stale_preview",
                     *       "detail": "Teams or members changed since the preview. Preview again before removing."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "stale_preview";
                    };
                };
            };
            /** @description The removal was not confirmed, or the idempotency key was reused with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://docs.allot.dev/problems/confirmation_required",
                     *       "title": "Confirmation required",
                     *       "status": 422,
                     *       "code": "confirmation_required",
                     *       "detail": "Set confirm to true to remove the previewed members."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code?: "confirmation_required" | "idempotency_key_reused";
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getPruneJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The prune job.
                 * @example job_prune_01
                 */
                jobId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_prune_01",
                     *       "status": "succeeded",
                     *       "total": 2,
                     *       "processed": 2,
                     *       "progress": 100,
                     *       "removed": [
                     *         {
                     *           "memberId": "wsm_jonas",
                     *           "name": "Jonas Weber",
                     *           "email": "jonas@portal-a.test"
                     *         }
                     *       ],
                     *       "failed": [
                     *         {
                     *           "memberId": "wsm_lea",
                     *           "detail": "Joined an active team after the preview; not removed."
                     *         }
                     *       ],
                     *       "startedAt": "2026-11-02T09:31:00Z",
                     *       "finishedAt": "2026-11-02T09:31:04Z",
                     *       "billing": {
                     *         "before": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         },
                     *         "after": {
                     *           "current": 13,
                     *           "nextMonth": 12
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PruneJob"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    exportBilledLicenseHolders: {
        parameters: {
            query: {
                /**
                 * @description The month, as `YYYY-MM`.
                 * @example 2026-10
                 */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    /**
                     * @description Always an attachment named after the month.
                     * @example attachment; filename="billed-license-holders-2026-10.csv"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example month,billing_mode,unit_id,unit_name,email
                     *     2026-10,user_licenses,usr_admin,Ada Martin,ada@portal-a.test
                     *     2026-10,user_licenses,usr_lin,"Moreau, Lin",lin@portal-a.test
                     */
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "inv_2026_10",
                     *           "number": "INV-2026-0010",
                     *           "periodStart": "2026-10-01",
                     *           "periodEnd": "2026-10-31",
                     *           "amount": {
                     *             "amount": 48000,
                     *             "currency": "EUR"
                     *           },
                     *           "status": "open",
                     *           "issuedAt": "2026-11-01T06:00:00Z",
                     *           "dueAt": "2026-11-15T23:59:59Z"
                     *         },
                     *         {
                     *           "id": "inv_2026_09",
                     *           "number": "INV-2026-0009",
                     *           "periodStart": "2026-09-01",
                     *           "periodEnd": "2026-09-30",
                     *           "amount": {
                     *             "amount": 52000,
                     *             "currency": "EUR"
                     *           },
                     *           "status": "paid",
                     *           "issuedAt": "2026-10-01T06:00:00Z",
                     *           "dueAt": "2026-10-15T23:59:59Z"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 2
                     *     }
                     */
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    getInvoicePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice.
                 * @example inv_2026_10
                 */
                invoiceId: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF file. */
            200: {
                headers: {
                    /**
                     * @description Always an attachment named after the invoice number.
                     * @example attachment; filename="INV-2026-0010.pdf"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example %PDF-1.7
                     *     …
                     *     %%EOF
                     */
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
    listCredits: {
        parameters: {
            query?: {
                /**
                 * @description Opaque cursor from a previous page's `nextCursor`.
                 * @example eyJvZmZzZXQiOjUwfQ
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of credits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "cr_0001",
                     *           "amount": {
                     *             "amount": 899,
                     *             "currency": "EUR"
                     *           },
                     *           "reason": "transfer_credit",
                     *           "sourceInvitationId": "invt_0001",
                     *           "fromUser": {
                     *             "id": "usr_lin",
                     *             "name": "Lin Moreau",
                     *             "email": "lin@portal-c.test"
                     *           },
                     *           "createdAt": "2026-11-02T10:05:00Z",
                     *           "appliesTo": "next_invoice"
                     *         },
                     *         {
                     *           "id": "cr_0000",
                     *           "amount": {
                     *             "amount": 1500,
                     *             "currency": "EUR"
                     *           },
                     *           "reason": "adjustment",
                     *           "createdAt": "2026-09-12T08:00:00Z",
                     *           "appliesTo": "inv_2026_09"
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CreditPage"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            503: components["responses"]["Unavailable"];
        };
    };
}
