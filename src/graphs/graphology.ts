/**
 * graphology's Graph class, and `unwrap` for the graphology packages: they declare `export default`
 * in CommonJS typings, which TypeScript's NodeNext mode reads as the module object, while Node hands
 * over the function itself at run time. `unwrap` serves both.
 */
import graphologyModule from 'graphology';

export type DefaultOf<M> = M extends { default: infer D } ? D : M;

/** The function or class a CommonJS / ESM graphology module exports by default. */
export function unwrap<M>(m: M): DefaultOf<M> {
  const inner = (m as { default?: unknown }).default;
  return (inner ?? m) as DefaultOf<M>;
}

/** graphology's Graph class. */
export const Graph = unwrap(graphologyModule);
/** A graphology graph instance. */
export type GraphInstance = InstanceType<typeof Graph>;
