/**
 * The dataset check is two chunks of its own. The bundled dataset was checked when the library was
 * built and needs neither; a portal's own data (`src` or `data`) loads the validity check
 * (validate-dataset.ts), for `src` in parallel with the request. Only data it finds invalid loads
 * the full check (parse-dataset.ts), which writes out every issue for the error panel.
 */
import type { ParseResult } from '../../model/types.js';
import type * as ValidateModule from '../../model/validate-dataset.js';
import type * as ParseModule from '../../model/parse-dataset.js';

type Validator = typeof ValidateModule;
type Parser = typeof ParseModule;

let validator: Validator | undefined;
let parser: Parser | undefined;
let validating: Promise<Validator> | undefined;
let parsing: Promise<Parser> | undefined;

// Inputs checked already: several elements given the same object check it once, and an element
// given JSON text does not check it again at each update. `false`: found invalid while the full
// check was not loaded yet.
const verdicts = new WeakMap<object, ParseResult | false>();
let lastText: { readonly input: unknown; readonly verdict: ParseResult | false } | undefined;

/** A failed load is not kept, so Retry asks the network again. */
function load<T>(get: () => Promise<T>, keep: (module: T) => void, forget: () => void): Promise<T> {
  return get().then(
    (module) => {
      keep(module);
      return module;
    },
    (error: unknown) => {
      forget();
      throw new Error(`the data check could not be loaded (${error instanceof Error ? error.message : String(error)})`);
    },
  );
}

/** Loads the validity check. */
export function loadValidator(): Promise<Validator> {
  if (validator) return Promise.resolve(validator);
  return (validating ??= load(
    () => import('../../model/validate-dataset.js'),
    (module) => (validator = module),
    () => (validating = undefined),
  ));
}

/** Loads the full check, which says what is wrong with invalid data. */
export function loadParser(): Promise<Parser> {
  if (parser) return Promise.resolve(parser);
  return (parsing ??= load(
    () => import('../../model/parse-dataset.js'),
    (module) => (parser = module),
    () => (parsing = undefined),
  ));
}

/**
 * The check of `input` now, or undefined while a chunk it needs has not loaded: the validity
 * check, and for invalid input the full one.
 */
export function checkNow(input: unknown): ParseResult | undefined {
  const object = input !== null && typeof input === 'object' ? input : undefined;
  const known = object ? verdicts.get(object) : lastText && lastText.input === input ? lastText.verdict : undefined;
  if (known) return known;
  if (!validator) return undefined;
  let result: ParseResult | undefined;
  if (known === undefined) {
    const valid = validator.validateDataset(input);
    if (valid.ok) result = { ok: true, dataset: valid.dataset, issues: [] };
  }
  result ??= parser?.parseDataset(input);
  if (object) verdicts.set(object, result ?? false);
  else lastText = { input, verdict: result ?? false };
  return result;
}

/** Loads what checking `input` needs (checkNow answers once it resolves); rejects if a chunk fails. */
export async function loadCheckFor(input: unknown): Promise<void> {
  await loadValidator();
  if (!checkNow(input)) await loadParser();
}

/**
 * Makes the check available at once: server rendering, which renders in one pass and cannot wait
 * for the browser's lazily loaded chunks.
 */
export function provideCheck(validate: Validator, parse: Parser): void {
  validator = validate;
  parser = parse;
}
