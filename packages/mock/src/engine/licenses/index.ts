// The licenses engine: catalogue, license table, assignment, user products, queues, cost centers and orders.
export { catalogue, productIds } from './catalogue.js';
export { createCostCenter, listCostCenters } from './cost-centers.js';
export { assignLicense, getLicense, listProducts, unassignLicense } from './licenses.js';
export { listLicenses, type LicenseSort, type ListLicensesInput } from './list.js';
export {
  allocateLicenseQuote,
  confirmLicenseOrder,
  getLicenseInventory,
  getLicenseOrder,
  getLicenseQuote,
  createLicenseQuote,
  QUOTE_TTL_MS,
} from './orders.js';
export { deleteLicenses } from './deletions.js';
export { moveLicenses } from './moves.js';
export { listQueues, removeQueueMember } from './queues.js';
export { etagOf } from './store.js';
export { addUserProduct, getUserProducts, removeUserProduct, updateUserProduct } from './user-products.js';
