import type { UnitDraft } from './drafts.js';
import { numberOf } from './counted-units.js';
import type { Ledger } from './report.js';

/** "内设18个职能处（室）", "设7个内设机构": how many internal units the text says there are. */
const STATED = new RegExp(
  '(?:内设|下设|设有|设立)(\\d{1,3}|[一二三四五六七八九十]{1,3})个(?:内设|职能)?' +
    '(?:机构|处室|科室|股室|司局|处[（(]室[)）]|科[（(]室[)）]|(?:处|科|室|股)(?=[，,、。；;\\s]|$))',
  'gu',
);

/**
 * Compares the number of internal units the text states with the number read, and flags the
 * sentence when they differ: a unit missed (or one too many) is then seen, not trusted.
 */
export function checkUnitCount(text: string, units: readonly UnitDraft[], orgId: string, ledger: Ledger): void {
  // Two counts (the body's and a unit's own 内设2个科室) leave it open which is meant: no check.
  const stated = [...text.matchAll(STATED)];
  if (stated.length !== 1) return;
  const m = stated[0]!;
  const count = numberOf(m[1]!);
  const read = units.filter((u) => u.kind === 'internal' && u.parentId === orgId && !u.fromLeaders).length;
  if (read === 0 || read === count) return;
  ledger.flag(
    { start: m.index, end: m.index + m[0].length },
    {
      zh: `文中说有 ${count} 个内设机构，读出的是 ${read} 个；请核对是否有遗漏或多出的机构。`,
      en: `The text says there are ${count} internal units; ${read} were read. Check for a missing or extra unit.`,
    },
  );
}
