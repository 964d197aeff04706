import type { Dataset, Source } from '../model/types.js';
import { produce, type Draft } from './draft.js';
import { idsOf, newId } from './ids.js';
import { afterRemoving, dropTarget, remapPointers, repairPointers } from './pointers.js';
import { cleanInput, withZh } from './text-fields.js';

export function addSource(dataset: Dataset, title: string): { dataset: Dataset; id: string } {
  const id = newId(idsOf(dataset), 'source');
  return {
    dataset: produce(dataset, (d) => {
      d.sources.push({ id, title: { zh: cleanInput(title) } });
    }),
    id,
  };
}

function editSource(dataset: Dataset, id: string, change: (source: Draft<Source>) => void): Dataset {
  return produce(dataset, (d) => {
    const source = d.sources.find((s) => s.id === id);
    if (source) change(source);
  });
}

/** Sets a source's title (kept even when emptied, for validation to point at) or publisher. */
export function setSourceText(dataset: Dataset, id: string, field: 'title' | 'publisher', zh: string): Dataset {
  return editSource(dataset, id, (source) => {
    const value = cleanInput(zh);
    if (!value && field === 'publisher') delete source.publisher;
    else source[field] = withZh(source[field], value);
  });
}

/** Sets a source's address or the date it was read; an empty value removes it. */
export function setSourceValue(dataset: Dataset, id: string, field: 'url' | 'retrieved', value: string): Dataset {
  return editSource(dataset, id, (source) => {
    const clean = cleanInput(value);
    if (clean) source[field] = clean;
    else delete source[field];
  });
}

/** Removes `id` from every `sourceIds` list in the document, wherever a schema version put one. */
function forgetSource(node: unknown, id: string): void {
  if (Array.isArray(node)) {
    node.forEach((child) => forgetSource(child, id));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'sourceIds' && Array.isArray(value)) {
      const rest = value.filter((s) => s !== id);
      if (rest.length > 0) record[key] = rest;
      else delete record[key];
    } else {
      forgetSource(value, id);
    }
  }
}

/** Removes a source; what cited it no longer does, notes about it are about the list of sources. */
export function removeSource(dataset: Dataset, id: string): Dataset {
  const index = dataset.sources.findIndex((s) => s.id === id);
  if (index < 0) return dataset;
  return produce(dataset, (d) => {
    d.sources.splice(index, 1);
    forgetSource(d, id);
    remapPointers(d, '/sources', afterRemoving(index));
    dropTarget(d, id, '/sources');
    repairPointers(d);
  });
}
