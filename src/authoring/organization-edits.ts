import type { Dataset } from '../model/types.js';
import { produce } from './draft.js';
import { cleanInput, withZh } from './text-fields.js';
import type { OrganizationTextField } from './types.js';

/**
 * Sets one of the organisation's facts. An emptied optional fact is removed; an emptied name stays
 * empty so validation points at it rather than the edit being silently refused.
 */
export function setOrganizationText(dataset: Dataset, field: OrganizationTextField, zh: string, en?: string): Dataset {
  return produce(dataset, (d) => {
    const org = d.organization;
    const value = cleanInput(zh);
    if (!value && field !== 'name') delete org[field];
    else org[field] = withZh(org[field], value, en);
  });
}

/** Sets the organisation's website; an empty value removes it. */
export function setWebsite(dataset: Dataset, url: string): Dataset {
  return produce(dataset, (d) => {
    const value = cleanInput(url);
    if (value) d.organization.website = value;
    else delete d.organization.website;
  });
}

/** Sets the date the dataset describes (YYYY-MM-DD). */
export function setAsOf(dataset: Dataset, date: string): Dataset {
  return produce(dataset, (d) => {
    d.asOf = cleanInput(date);
  });
}
