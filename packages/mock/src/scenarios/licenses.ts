import { nextId } from '../engine/ids.js';
import { catalogue, productIds } from '../engine/licenses/catalogue.js';
import type {
  CostCenterRecord,
  ProductRecord,
  QueueKind,
  QueueRecord,
  QueueRole,
} from '../engine/licenses/model.js';
import { assignTo, insertLicense } from '../engine/licenses/store.js';
import { createRandom, type Random } from '../engine/random.js';
import type { State } from '../engine/state.js';
import { generatedUserCount, generatedUserId, portals, users } from './identity.js';
import type { SeedOptions } from './types.js';

/** Cost-center ids of the default scenario (portal A, then B). */
export const costCenterIds = {
  salesFr: 'cc_sales_fr',
  supportDe: 'cc_support_de',
  rnd: 'cc_rnd',
  mktEu: 'cc_mkt_eu',
  bOps: 'cc_b_ops',
} as const;

/** Queue ids of the default scenario (all in portal A). */
export const queueIds = {
  supportFr: 'que_support_fr',
  billing: 'que_billing',
  inboundSales: 'que_inbound_sales',
  partners: 'que_partners',
  renewals: 'que_renewals',
  winback: 'que_winback',
} as const;

/**
 * The demo's "remove Connect Standard and clean the queues" journey: Ada Martin (usr_admin) holds Connect
 * Standard, Contact Center and Live Reports, and sits in Support FR (call, agent) and Renewals (outbound,
 * supervisor). Removing her Connect Standard warns `contact_center_still_billed` with those two queues;
 * with `removeFromQueues: true` she leaves both and her Contact Center license returns to the pool.
 */
export const journeyUserId = users.admin;

/** Total licenses of portal A in the large scenario (the list benchmark's size). */
export const LARGE_LICENSE_COUNT = 100_000;

const DAY = 24 * 3600 * 1000;

function defaults(product: ProductRecord): Record<string, boolean> {
  return Object.fromEntries(product.features.map((f) => [f.key, f.defaultEnabled]));
}

interface Builder {
  state: State;
  rng: Random;
  now: number;
}

function costCenter(b: Builder, portalId: string, id: string, code: string, name: string, daysAgo: number) {
  const record: CostCenterRecord = {
    id,
    portalId,
    code,
    name,
    createdAt: new Date(b.now - daysAgo * DAY).toISOString(),
    slot: b.state.licenses.costCenters.size + 1,
  };
  b.state.licenses.costCenters.set(id, record);
  return record;
}

/** A license added in the last three years, on the given cost center (or none), optionally assigned. */
function license(
  b: Builder,
  portalId: string,
  productId: string,
  costCenterId: string | null,
  assigneeId?: string,
) {
  const addedAtMs = b.now - b.rng.int(1, 3 * 365) * DAY - b.rng.int(0, 10 * 3600) * 1000;
  const record = insertLicense(b.state, {
    id: nextId(b.state, 'lic'),
    portalId,
    productId,
    costCenterId,
    addedAt: new Date(Math.floor(addedAtMs / 1000) * 1000).toISOString(),
  });
  if (assigneeId !== undefined) {
    const product = b.state.licenses.products.get(productId);
    assignTo(b.state, record, assigneeId, product ? defaults(product) : {});
  }
  return record;
}

function queue(b: Builder, id: string, name: string, kind: QueueKind, members: [string, QueueRole][]) {
  const record: QueueRecord = {
    id,
    portalId: portals.a,
    name,
    kind,
    members: members.map(([userId, role]) => ({ userId, role })),
  };
  b.state.licenses.queues.set(id, record);
  return record;
}

const g = generatedUserId;

/** Portal A's named data and portal B's few licenses: the same in `default` and `large`. */
function seedDefault(b: Builder): void {
  const centers = [
    costCenter(b, portals.a, costCenterIds.salesFr, 'SALES-FR', 'Sales France', 420),
    costCenter(b, portals.a, costCenterIds.supportDe, 'SUPPORT-DE', 'Support Germany', 390),
    costCenter(b, portals.a, costCenterIds.rnd, 'RND', 'Research and Development', 360),
    costCenter(b, portals.a, costCenterIds.mktEu, 'MKT-EU', 'Marketing Europe', 200),
  ];
  // About one license in six has no cost center (filtered with `costCenterId=none`).
  const center = () => (b.rng.chance(1 / 6) ? null : b.rng.pick(centers).id);

  // Contact-center queues of each kind. Everyone in a queue holds a Contact Center license; g9 and g10
  // hold no Connect Standard any more but still sit in queues, so their Contact Center seat stays billed.
  queue(b, queueIds.supportFr, 'Support FR', 'call', [
    [users.admin, 'agent'],
    [users.userManager, 'supervisor'],
    [g(1), 'agent'],
    [g(2), 'agent'],
  ]);
  queue(b, queueIds.billing, 'Billing Hotline', 'call', [
    [g(3), 'supervisor'],
    [g(4), 'agent'],
    [g(5), 'agent'],
  ]);
  queue(b, queueIds.inboundSales, 'Inbound Sales', 'inbound', [
    [g(6), 'supervisor'],
    [g(7), 'agent'],
    [g(1), 'agent'],
  ]);
  queue(b, queueIds.partners, 'Partner Line', 'inbound', [
    [g(8), 'agent'],
    [g(9), 'supervisor'],
    [users.userManager, 'agent'],
  ]);
  queue(b, queueIds.renewals, 'Renewals', 'outbound', [
    [users.admin, 'supervisor'],
    [g(10), 'agent'],
  ]);
  queue(b, queueIds.winback, 'Win-back', 'outbound', [
    [g(2), 'supervisor'],
    [g(10), 'agent'],
  ]);

  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => g(from + i));
  const fixture = [users.superAdmin, users.admin, users.userManager, users.member];
  const holders: [string, string[], number][] = [
    // product, assignees, free licenses: 30 + 14 + 16 = 60 licenses in portal A.
    [productIds.connectStandard, [...fixture, ...range(1, 8), ...range(11, 24)], 4],
    [productIds.contactCenter, [users.admin, users.userManager, ...range(1, 10)], 2],
    [productIds.liveReports, [users.superAdmin, users.admin, ...range(25, 34)], 4],
  ];
  for (const [productId, assignees, free] of holders) {
    for (const userId of assignees) license(b, portals.a, productId, center(), userId);
    for (let n = 0; n < free; n += 1) license(b, portals.a, productId, center());
  }

  const ops = costCenter(b, portals.b, costCenterIds.bOps, 'OPS', 'Operations', 300);
  license(b, portals.b, productIds.connectStandard, ops.id, users.bAdmin);
  license(b, portals.b, productIds.connectStandard, ops.id, users.bMember);
  license(b, portals.b, productIds.connectStandard, null);
  license(b, portals.b, productIds.liveReports, ops.id, users.bAdmin);
  license(b, portals.b, productIds.liveReports, null);
}

const DEPARTMENTS = [
  ['SALES', 'Sales'],
  ['SUPPORT', 'Support'],
  ['OPS', 'Operations'],
  ['FIN', 'Finance'],
  ['HR', 'People'],
  ['LEGAL', 'Legal'],
  ['IT', 'IT'],
  ['MKT', 'Marketing'],
  ['PS', 'Professional Services'],
] as const;
const REGIONS = [
  ['UK', 'United Kingdom'],
  ['US', 'United States'],
  ['ES', 'Spain'],
  ['IT', 'Italy'],
] as const;

/**
 * 100,000 licenses on portal A over the 20,000 generated users and 40 cost centers: most users hold Connect
 * Standard, two in five sit in queues with a Contact Center seat, three in ten have Live Reports, and the
 * rest of the 100,000 are free licenses in the pool.
 */
function seedLarge(b: Builder): void {
  const centers: string[] = [
    costCenterIds.salesFr,
    costCenterIds.supportDe,
    costCenterIds.rnd,
    costCenterIds.mktEu,
  ];
  for (const [dept, deptName] of DEPARTMENTS) {
    for (const [region, regionName] of REGIONS) {
      const id = `cc_${dept}_${region}`.toLowerCase();
      costCenter(b, portals.a, id, `${dept}-${region}`, `${deptName} ${regionName}`, b.rng.int(30, 900));
      centers.push(id);
    }
  }
  const center = () => (b.rng.chance(0.1) ? null : b.rng.pick(centers));

  const kinds: QueueKind[] = ['call', 'inbound', 'outbound'];
  const queues: QueueRecord[] = [];
  for (let n = 1; n <= 120; n += 1) {
    const kind = kinds[n % 3] ?? 'call';
    const [, regionName] = REGIONS[n % REGIONS.length] ?? REGIONS[0];
    queues.push(queue(b, `que_l${String(n).padStart(3, '0')}`, `${regionName} ${kind} queue ${n}`, kind, []));
  }

  // Users 1–40 already have the default scenario's licenses.
  for (let n = 41; n <= generatedUserCount.large; n += 1) {
    const userId = g(n);
    if (b.rng.chance(0.95)) license(b, portals.a, productIds.connectStandard, center(), userId);
    if (b.rng.chance(0.3)) license(b, portals.a, productIds.liveReports, center(), userId);
    if (!b.rng.chance(0.4)) continue;
    license(b, portals.a, productIds.contactCenter, center(), userId);
    const seats = b.rng.int(1, 2);
    for (let s = 0; s < seats; s += 1) {
      const q = b.rng.pick(queues);
      if (!q.members.some((m) => m.userId === userId)) {
        q.members.push({ userId, role: b.rng.chance(0.1) ? 'supervisor' : 'agent' });
      }
    }
  }
  const productList = [...b.state.licenses.products.keys()];
  const owned = () => b.state.licenses.byPortal.get(portals.a)?.length ?? 0;
  for (let n = owned(); n < LARGE_LICENSE_COUNT; n += 1) {
    license(b, portals.a, b.rng.pick(productList), center());
  }
}

/** The catalogue in every scenario; licenses, cost centers and queues in `default` and `large`. */
export function seedLicenses(state: State, { scenario, rng, now }: SeedOptions): void {
  catalogue.forEach((product, slot) => {
    state.licenses.products.set(product.id, { ...structuredClone(product), slot });
  });
  if (scenario === 'empty') return;
  // A stream of our own (seeded from the shared one) so the other seeders' draws do not reshuffle ours.
  const b: Builder = { state, rng: createRandom(rng.int(0, 0x7fffffff)), now };
  seedDefault(b);
  if (scenario === 'large') seedLarge(b);
}
