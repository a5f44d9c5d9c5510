import { RouteFlag, type Route } from '@allot/contract/routes';
import type { Call } from './transport.js';
import type { Method, OperationId, PathArgs } from './types.js';

/** How many leading arguments of the route's method fill its path. */
export const pathArity = ([, path]: Route): number => path.split('{}').length - 1;

/**
 * The method that calls the route's operation, everything read from the contract's operation table: its
 * leading arguments fill the path (each encoded as one segment), then comes its body or query if it takes one,
 * then the options. `P` names the path arguments for editors and must have the path's arity.
 */
export const operation = <I extends OperationId, P extends PathArgs<I> = PathArgs<I>>(
  call: Call,
  route: Route<I>,
): Method<I, P> => {
  const [method, template, flags] = route;
  const arity = pathArity(route);
  const input = (flags & (RouteFlag.BODY | RouteFlag.QUERY)) != 0;
  const send = (...args: unknown[]) => {
    let i = 0;
    const path = template.replace(/\{\}/g, () => encodeURIComponent(String(args[i++])));
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
