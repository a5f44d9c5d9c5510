// Generated from openapi/ by scripts/generate.mjs. Do not edit by hand.
import type { operations } from './openapi.js';

/** The bits of a route's flags. */
export const RouteFlag = {IDEMPOTENT:1,ETAG:2,TEXT:4,BINARY:8,BODY:16,QUERY:32} as const;

/**
 * What a client needs to send operation `I`: method; path below the base URL, each path parameter an
 * empty `{}` to fill in the order of the operation table's `pathParams`; `RouteFlag` bits. The
 * optional `operation` member exists in the type only, to carry `I`.
 */
export type Route<I extends keyof operations = keyof operations> = readonly [
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  flags: number,
] & { readonly operation?: I };

export const getMe: Route<'getMe'> = ["GET","me",0];
export const createWidgetToken: Route<'createWidgetToken'> = ["POST","widget-tokens",17];
export const listUsers: Route<'listUsers'> = ["GET","users",32];
export const updateUserRole: Route<'updateUserRole'> = ["PUT","users/{}/role",16];
export const listMinuteAccounts: Route<'listMinuteAccounts'> = ["GET","minute-accounts",0];
export const createProject: Route<'createProject'> = ["POST","minute-accounts",19];
export const getMinuteAccount: Route<'getMinuteAccount'> = ["GET","minute-accounts/{}",2];
export const updateProject: Route<'updateProject'> = ["PATCH","minute-accounts/{}",18];
export const deleteProject: Route<'deleteProject'> = ["DELETE","minute-accounts/{}",0];
export const listLedgerEntries: Route<'listLedgerEntries'> = ["GET","minute-accounts/{}/ledger",32];
export const transferMinutes: Route<'transferMinutes'> = ["POST","minute-transfers",17];
export const quoteMinutePurchase: Route<'quoteMinutePurchase'> = ["GET","minute-quote",32];
export const purchaseMinutes: Route<'purchaseMinutes'> = ["POST","minute-purchases",17];
export const recordUsage: Route<'recordUsage'> = ["POST","minute-usages",17];
export const setDefaultAccount: Route<'setDefaultAccount'> = ["PUT","default-account",16];
export const listOutgoingShares: Route<'listOutgoingShares'> = ["GET","shares",32];
export const createShare: Route<'createShare'> = ["POST","shares",17];
export const resendShare: Route<'resendShare'> = ["POST","shares/{}/resend",0];
export const cancelShare: Route<'cancelShare'> = ["POST","shares/{}/cancel",0];
export const listIncomingShares: Route<'listIncomingShares'> = ["GET","incoming-shares",32];
export const acceptShare: Route<'acceptShare'> = ["POST","incoming-shares/{}/accept",16];
export const declineShare: Route<'declineShare'> = ["POST","incoming-shares/{}/decline",0];
export const listInvitations: Route<'listInvitations'> = ["GET","invitations",32];
export const createInvitations: Route<'createInvitations'> = ["POST","invitations",17];
export const resendInvitation: Route<'resendInvitation'> = ["POST","invitations/{}/resend",0];
export const revokeInvitation: Route<'revokeInvitation'> = ["POST","invitations/{}/revoke",0];
export const listIncomingInvitations: Route<'listIncomingInvitations'> = ["GET","incoming-invitations",32];
export const acceptInvitation: Route<'acceptInvitation'> = ["POST","incoming-invitations/{}/accept",17];
export const declineInvitation: Route<'declineInvitation'> = ["POST","incoming-invitations/{}/decline",1];
export const listProducts: Route<'listProducts'> = ["GET","products",0];
export const listLicenses: Route<'listLicenses'> = ["GET","licenses",32];
export const getLicense: Route<'getLicense'> = ["GET","licenses/{}",2];
export const assignLicense: Route<'assignLicense'> = ["POST","licenses/{}/assign",18];
export const unassignLicense: Route<'unassignLicense'> = ["POST","licenses/{}/unassign",18];
export const getUserProducts: Route<'getUserProducts'> = ["GET","users/{}/products",0];
export const addUserProduct: Route<'addUserProduct'> = ["POST","users/{}/products",17];
export const updateUserProduct: Route<'updateUserProduct'> = ["PATCH","users/{}/products/{}",16];
export const removeUserProduct: Route<'removeUserProduct'> = ["DELETE","users/{}/products/{}",32];
export const listQueues: Route<'listQueues'> = ["GET","queues",32];
export const removeQueueMember: Route<'removeQueueMember'> = ["DELETE","queues/{}/members/{}",0];
export const listCostCenters: Route<'listCostCenters'> = ["GET","cost-centers",32];
export const createCostCenter: Route<'createCostCenter'> = ["POST","cost-centers",17];
export const createLicenseQuote: Route<'createLicenseQuote'> = ["POST","license-quotes",17];
export const getLicenseQuote: Route<'getLicenseQuote'> = ["GET","license-quotes/{}",0];
export const allocateLicenseQuote: Route<'allocateLicenseQuote'> = ["POST","license-quotes/{}/allocations",16];
export const confirmLicenseOrder: Route<'confirmLicenseOrder'> = ["POST","license-quotes/{}/confirm",17];
export const getLicenseOrder: Route<'getLicenseOrder'> = ["GET","license-orders/{}",0];
export const getLicenseInventory: Route<'getLicenseInventory'> = ["GET","license-inventory",0];
export const deleteLicenses: Route<'deleteLicenses'> = ["POST","license-deletions",17];
export const moveLicenses: Route<'moveLicenses'> = ["POST","license-moves",17];
export const getWorkspaceBilling: Route<'getWorkspaceBilling'> = ["GET","workspace/billing",0];
export const listTeams: Route<'listTeams'> = ["GET","workspace/teams",32];
export const archiveTeam: Route<'archiveTeam'> = ["POST","workspace/teams/{}/archive",16];
export const unarchiveTeam: Route<'unarchiveTeam'> = ["POST","workspace/teams/{}/unarchive",16];
export const listMembers: Route<'listMembers'> = ["GET","workspace/members",32];
export const createPrunePreview: Route<'createPrunePreview'> = ["POST","workspace/prune-previews",16];
export const startPruneJob: Route<'startPruneJob'> = ["POST","workspace/prune-jobs",17];
export const getPruneJob: Route<'getPruneJob'> = ["GET","workspace/prune-jobs/{}",0];
export const exportBilledLicenseHolders: Route<'exportBilledLicenseHolders'> = ["GET","billing/exports/billed-license-holders",36];
export const listInvoices: Route<'listInvoices'> = ["GET","billing/invoices",32];
export const getInvoicePdf: Route<'getInvoicePdf'> = ["GET","billing/invoices/{}/pdf",8];
export const listCredits: Route<'listCredits'> = ["GET","billing/credits",32];
