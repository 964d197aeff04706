import type { QuotaCategory } from '../model/types.js';
import type { Span } from './types.js';

export interface QuotaParts {
  readonly label: Span;
  readonly count?: number;
  readonly countSpan?: Span;
  readonly scope?: Span;
  readonly category: QuotaCategory;
  /** Index of the quota this one is counted in (含…, 其中…). */
  readonly partOf?: number;
  readonly remark?: Span;
}

/**
 * The quotas of a 人员编制 paragraph: "行政编制为45名（含…编制1名）", "局长1名，副局长6名",
 * "…31名，其中正处长15名，副处长16名", "后勤服务人员编制另行核定". Labels are copied from the text.
 */
export function readQuotas(text: string, span: Span): QuotaParts[] {
  const own = text.slice(span.start, span.end);
  const quotas: QuotaParts[] = [];
  let leadership = false;
  let partsParent: number | undefined;
  let lastTop: number | undefined;
  const depthAt = (at: number): number =>
    (own.slice(0, at).match(/[（(]/g)?.length ?? 0) - (own.slice(0, at).match(/[）)]/g)?.length ?? 0);
  const ITEM = new RegExp(
    '([\\u4e00-\\u9fff（）()、]{2,40}?)(?:为|共|核定为|核定)?\\s*(\\d{1,6})\\s*([名人个])|' +
      '([\\u4e00-\\u9fff]{2,30}?编制)(另行核定|另行核批|另定)|领导职数|[。；;]',
    'gu',
  );
  for (const m of own.matchAll(ITEM)) {
    const token = m[0];
    if (token === '领导职数') {
      leadership = true;
      continue;
    }
    if (/^[。；;]$/.test(token)) {
      partsParent = undefined;
      continue;
    }
    if (m[5]) {
      const label = { start: span.start + m.index, end: span.start + m.index + m[4]!.length };
      quotas.push({ label, category: 'establishment', remark: { start: label.end, end: label.end + m[5].length } });
      continue;
    }
    let raw = m[1]!;
    // The label is the words right before the number, after 含 / 其中 / an opening bracket's 含.
    const markers = [
      ['含', 1],
      ['其中', 2],
    ] as const;
    let cut = 0;
    for (const [word, length] of markers) {
      const i = raw.lastIndexOf(word);
      if (i >= 0) cut = Math.max(cut, i + length);
    }
    // A bracket closed inside the words (机关（含派出分局）行政编制) belongs to the scope.
    const closed = Math.max(raw.lastIndexOf('）'), raw.lastIndexOf(')'));
    if (closed >= cut) cut = closed + 1;
    // "某局机关行政编制": whose quota it is (机关) comes before what it is.
    const organs = raw.lastIndexOf('机关');
    if (organs >= cut && raw.length - organs - 2 >= 2) cut = organs + 2;
    // 其中行政编13个、全额事业编45个: the 、 between two quotas belongs to neither label.
    while (raw[cut] === '、') cut++;
    if (raw.includes('其中')) partsParent = lastTop;
    const scopeText = raw.slice(0, cut).replace(/(?:[（(]?含|其中)$/, '');
    raw = raw.slice(cut);
    if (raw.length < 2) continue;
    // 实有6人, 在编8名: how many there are, not a quota (the paragraph keeps them verbatim). A count
    // in 人 or 个 is a quota only when its words say what it is (行政编制12人, 全额事业编45个).
    if (/实有|现有|在编|在岗|实际|实配|共有|在职|职工|人员$/.test(raw)) continue;
    if (m[3] !== '名' && !/(?:编制|编|职数)$/.test(raw) && !(leadership && /(?:长|主任|书记)$/.test(raw))) continue;
    const labelStart = span.start + m.index + cut;
    const label = { start: labelStart, end: labelStart + raw.length };
    const numberAt = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
    const inside = depthAt(m.index + cut) > 0;
    const parent = inside ? lastTop : partsParent;
    const category: QuotaCategory = /编制|编$/.test(raw)
      ? 'establishment'
      : leadership || /长|主任|书记|职数/.test(raw)
        ? 'leadership-posts'
        : 'other';
    quotas.push({
      label,
      count: Number(m[2]),
      countSpan: { start: span.start + numberAt, end: span.start + numberAt + m[2]!.length },
      category,
      ...(parent !== undefined ? { partOf: parent } : {}),
      ...(scopeText.length >= 2 && parent === undefined
        ? { scope: { start: span.start + m.index, end: span.start + m.index + scopeText.length } }
        : {}),
    });
    if (parent === undefined) lastTop = quotas.length - 1;
  }
  return quotas;
}
