import { operationRoutes, RouteFlag } from '@allot/contract/operations';
import type { Call } from './transport.js';
import type { Method, OperationId, PathArgs } from './types.js';

/** How many leading arguments of the operation's method fill its path. */
export const pathArity = (id: OperationId): number => operationRoutes[id][1].split('{').length - 1;

/**
 * The method that calls operation `id`, everything read from the contract's operation table: its leading
 * arguments fill the path (each encoded as one segment), then comes its body or query if it takes one, then
 * the options. `P` names the path arguments for editors and must have the path's arity.
 */
export const operation = <I extends OperationId, P extends PathArgs<I>>(call: Call, id: I): Method<I, P> => {
  const [method, template, flags] = operationRoutes[id];
  const arity = pathArity(id);
  const input = (flags & (RouteFlag.BODY | RouteFlag.QUERY)) != 0;
  const send = (...args: unknown[]) => {
    let i = 0;
    const path = template.slice(1).replace(/\{[^}]+\}/g, () => encodeURIComponent(String(args[i++])));
    return call(
      method,
      path,
      input ? args[arity] : undefined,
      args[input ? arity + 1 : arity] as object,
      flags,
    );
  };
  return send as Method<I, P>;
};
