/**
 * A line of a web page's furniture, never part of an organisation's text: its footer (主办单位：…,
 * 版权所有, 网站标识码, …ICP备…号), the page's own links (打印本页, 关闭窗口, 返回顶部), and a note on
 * the list above it (（以上排名不分先后）).
 */
export const PAGE_FURNITURE = new RegExp(
  '(?:^|\\n)[ \\t\\u3000]*(?:主办单位|承办单位|主办|承办|技术支持|版权所有|Copyright|©|网站标识码|' +
    '[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP备|网站地图|联系我们|返回顶部|' +
    '打印本页|关闭窗口|【打印】|【关闭】|相关链接|上一篇|下一篇|' +
    // A note on the list above it: （以上照片摄于…）, （以上排名不分先后）.
    '[（(]以上)',
  'iu',
);

/** A page's note after the text (附件：…, 法律依据：…, 来源：…), at its start. */
export const PAGE_NOTE = /^(?:法律依据|政策依据|依据|附件|备注|来源|信息来源|说明|注)[ \t\u3000]*[:：]/u;
/** The same note anywhere after a sentence or a space, where a unit's duties end. */
export const NOTE_AFTER =
  /(?<=^|[\s。；;])(?:法律依据|政策依据|依据|附件|备注|来源|信息来源|说明|注)[ \t\u3000]*[:：]/u;

/**
 * A contact field or an item's data (联系电话：…, 办公地址：…, 发布日期：…, （来源：…）), where the
 * text about a leader ends: at a line's start, after a sentence or after a run of spaces.
 */
export const CONTACT = new RegExp(
  '(?:^|\\n|(?<=[。；;])|[ \\t\\u3000]{2,})[ \\t\\u3000]*[（(]?(?:联系电话|办公电话|电话|传真|电子邮箱|邮箱|' +
    '联系方式|联系人|联络电话|联络方式|联络人|办公地址|通讯地址|地址|邮编|来源|稿源|发布日期|发布时间|责任编辑|浏览次数|分享到)' +
    '[ \\t\\u3000]*[:：]',
  'u',
);

/**
 * A notice's close: 抄送：…, （此件公开发布）, a date alone on its line and the issuer's name on the
 * line above it (某某市人民政府⏎2024年2月20日). Nobody's text goes past it.
 */
const SP = '[ \\t\\u3000]*';
const DATE_LINE = `(?:19|20)\\d{2}${SP}年${SP}\\d{1,2}${SP}月${SP}\\d{1,2}${SP}日${SP}(?:印发|印制)?${SP}(?=\\n|$)`;
/** The issuer above the date, or beside it on the 版记 line (某某市人民政府办公室    2024年2月20日印发). */
const ISSUER = `[\\u4e00-\\u9fff（）()]{2,30}${SP}(?:\\n|[ \\t\\u3000]{2,})${SP}`;
export const CLOSING = new RegExp(
  `(?:^|\\n)${SP}(?:${ISSUER}${DATE_LINE}|${DATE_LINE}|(?:抄送|抄报|印发)[:：]|[（(]此件[^）)\\n]{0,12}[）)])`,
  'u',
);

/** Where the text about a leader ends in `own`: a contact field, the page's furniture, a notice's close. */
export function leaderTextEnd(own: string): number | undefined {
  const at = [CONTACT, PAGE_FURNITURE, CLOSING].map((re) => re.exec(own)?.index).filter((i) => i !== undefined);
  return at.length ? Math.min(...at) : undefined;
}
