import type { UnitDraft } from './drafts.js';
import { numberOf } from './counted-units.js';
import type { Ledger } from './report.js';

/** "内设18个职能处（室）", "设7个内设机构": how many internal units the text says there are. */
const STATED =
  /(?:内设|下设|设有|设)(\d{1,3}|[一二三四五六七八九十]{1,3})个(?:内设|职能)?(?:机构|处室|科室|股室|司局|处[（(]室[)）]|科[（(]室[)）]|处|科|室)/u;

/**
 * Compares the number of internal units the text states with the number read, and flags the
 * sentence when they differ: a unit missed (or one too many) is then seen, not trusted.
 */
export function checkUnitCount(text: string, units: readonly UnitDraft[], orgId: string, ledger: Ledger): void {
  const m = STATED.exec(text);
  if (!m) return;
  const stated = numberOf(m[1]!);
  const read = units.filter((u) => u.kind === 'internal' && u.parentId === orgId && !u.fromLeaders).length;
  if (read === 0 || read === stated) return;
  ledger.flag(
    { start: m.index, end: m.index + m[0].length },
    {
      zh: `文中说有 ${stated} 个内设机构，读出的是 ${read} 个；请核对是否有遗漏或多出的机构。`,
      en: `The text says there are ${stated} internal units; ${read} were read. Check for a missing or extra unit.`,
    },
  );
}
