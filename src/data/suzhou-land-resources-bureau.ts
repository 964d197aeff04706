/**
 * The bundled dataset: 苏州市国土资源局 (Suzhou Municipal Bureau of Land and Resources).
 * Its own entry point, so code that only needs the elements never pulls the data in.
 */
import json from '../../data/suzhou-land-resources-bureau.json';

/** The dataset as published in `data/suzhou-land-resources-bureau.json` (unparsed JSON). */
export const suzhouLandResourcesBureau: unknown = json;
