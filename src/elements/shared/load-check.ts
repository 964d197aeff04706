/**
 * The dataset check (the schema, references, versions: the biggest part of the model) is a chunk
 * of its own. The bundled dataset was checked when the library was built and never needs it; a
 * portal's own data (`src` or `data`) loads it, for `src` in parallel with the request.
 */
import type * as CheckModule from '../../model/parse-dataset.js';

type Check = typeof CheckModule;

let check: Check | undefined;
let pending: Promise<Check> | undefined;

/** The check, if it has loaded. */
export function loadedCheck(): Check | undefined {
  return check;
}

/** Loads the check; a failed load is not kept, so Retry asks the network again. */
export function loadCheck(): Promise<Check> {
  if (check) return Promise.resolve(check);
  pending ??= import('../../model/parse-dataset.js').then(
    (module) => (check = module),
    (error: unknown) => {
      pending = undefined;
      throw new Error(`the data check could not be loaded (${error instanceof Error ? error.message : String(error)})`);
    },
  );
  return pending;
}

/** Makes the check available at once (server rendering and the npm entry points that import it anyway). */
export function provideCheck(module: Check): void {
  check = module;
}
