import schema from '../../data/schema.json';

export interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
}
export type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

let compiled: Promise<Validate> | undefined;

/** ajv's own validator for data/schema.json: the reference the runtime checks are compared with. */
export function schemaValidator(): Promise<Validate> {
  compiled ??= import('/__test__/ajv2020.js' as string).then(({ default: mod }) => {
    const Ajv2020 = (mod.default ?? mod) as new (opts: object) => { compile(s: object): Validate };
    // strictRequired is off: "at least one of" is written anyOf: [{ required: [a] }, { required: [b] }],
    // whose branches name fields the object declares once, under properties.
    return new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);
  });
  return compiled;
}
