/**
 * The graphology packages used here, imported in one place. They are CommonJS with `export default`
 * typings, which TypeScript's NodeNext mode reads as the module object; at run time Node hands over
 * the function itself. `unwrap` serves both.
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
