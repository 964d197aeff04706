import type { Dataset, Person } from '../model/types.js';
import { produce, setList, type Draft } from './draft.js';
import { idsOf, newId } from './ids.js';
import { afterRemoving, dropTarget, remapPointers, repairPointers } from './pointers.js';
import { cleanInput, withZh } from './text-fields.js';
import { V1_POST_KINDS } from './labels.js';
import { forgetPerson } from './references.js';
import type { PostInput } from './types.js';

/** Adds a leader with a name and no posts yet, at the end of the list. */
export function addLeader(dataset: Dataset, zh: string): { dataset: Dataset; id: string } {
  const id = newId(idsOf(dataset), 'person');
  return {
    dataset: produce(dataset, (d) => {
      d.people.push({ id, name: { zh: cleanInput(zh) }, posts: [] });
    }),
    id,
  };
}

function editLeader(
  dataset: Dataset,
  id: string,
  change: (person: Draft<Person>, draft: Draft<Dataset>, index: number) => void,
): Dataset {
  return produce(dataset, (d) => {
    const index = d.people.findIndex((p) => p.id === id);
    if (index >= 0) change(d.people[index]!, d, index);
    repairPointers(d);
  });
}

/**
 * Removes a leader. Unit heads and (in version 2) 协助 that named them keep their name as text;
 * version-1 协助 of them goes. Notes about them are about the list of leaders instead.
 */
export function removeLeader(dataset: Dataset, id: string): Dataset {
  const index = dataset.people.findIndex((p) => p.id === id);
  if (index < 0) return dataset;
  return produce(dataset, (d) => {
    d.people.splice(index, 1);
    remapPointers(d, '/people', afterRemoving(index));
    forgetPerson(d, id, dataset.people[index]!.name);
    dropTarget(d, id, '/people');
    repairPointers(d);
  });
}

/** Moves a leader up (-1) or down (+1) in the list, which is the order the pages show. */
export function moveLeader(dataset: Dataset, id: string, step: -1 | 1): Dataset {
  const from = dataset.people.findIndex((p) => p.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= dataset.people.length) return dataset;
  return produce(dataset, (d) => {
    const [person] = d.people.splice(from, 1);
    d.people.splice(to, 0, person!);
    remapPointers(d, '/people', (i) => (i === from ? to : i === to ? from : i));
  });
}

export function setLeaderName(dataset: Dataset, id: string, zh: string, en?: string): Dataset {
  return editLeader(dataset, id, (person) => {
    person.name = withZh(person.name, cleanInput(zh), en);
  });
}

/** Sets the portfolio (分工) text; emptied, it is removed. */
export function setPortfolio(dataset: Dataset, id: string, zh: string): Dataset {
  return editLeader(dataset, id, (person) => {
    const value = cleanInput(zh);
    if (value) person.portfolio = withZh(person.portfolio, value);
    else delete person.portfolio;
  });
}

/**
 * Sets the résumé (简历) text, line breaks kept; emptied, it is removed. A résumé is a schemaVersion
 * 2 field: a version 1 dataset that gets one becomes version 2.
 */
export function setResume(dataset: Dataset, id: string, zh: string): Dataset {
  return editLeader(dataset, id, (person, d) => {
    const value = cleanInput(zh);
    if (value) {
      person.resume = withZh(person.resume, value);
      if (d.schemaVersion === 1) d.schemaVersion = 2;
    } else delete person.resume;
  });
}

/**
 * Sets a leader's posts in order. A post whose title and kind are unchanged keeps its English and
 * any other field, and notes about it follow it to its new place.
 */
export function setLeaderPosts(dataset: Dataset, id: string, posts: readonly PostInput[]): Dataset {
  return editLeader(dataset, id, (person, d, p) => {
    const old = person.posts;
    const used = new Set<number>();
    const next = posts
      .filter((post) => cleanInput(post.zh))
      .map((post) => {
        const match = old.findIndex(
          (o, i) => !used.has(i) && o.title.zh === cleanInput(post.zh) && o.kind === post.kind,
        );
        if (match < 0) return { kind: post.kind, title: { zh: cleanInput(post.zh) } };
        used.add(match);
        return old[match]!;
      });
    person.posts = next;
    // A post kind only version 2 knows (非领导职务, 职级) makes the dataset say so.
    if (d.schemaVersion === 1 && next.some((post) => !V1_POST_KINDS.includes(post.kind))) d.schemaVersion = 2;
    remapPointers(d, `/people/${p}/posts`, (i) => {
      const at = next.indexOf(old[i]!);
      return at < 0 ? undefined : at;
    });
  });
}

/**
 * Sets which units a leader supervises (分管). Units still picked keep their place and how the
 * source wrote them (asWritten); newly picked units follow in the order given.
 */
export function setSupervision(dataset: Dataset, id: string, unitIds: readonly string[]): Dataset {
  const wanted = new Set(unitIds);
  return editLeader(dataset, id, (person, d, p) => {
    const old = person.supervises ?? [];
    const kept = old.filter((s) => wanted.has(s.unitId));
    const added = [...wanted].filter((u) => !old.some((s) => s.unitId === u)).map((unitId) => ({ unitId }));
    setList(person, 'supervises', [...kept, ...added]);
    remapPointers(d, `/people/${p}/supervises`, (i) => {
      const at = kept.indexOf(old[i]!);
      return at < 0 ? undefined : at;
    });
  });
}
