/**
 * A line of a web page's furniture, never part of an organisation's text: its footer (主办单位：…,
 * 版权所有, 网站标识码, …ICP备…号), and the page's own links (打印本页, 关闭窗口, 返回顶部).
 */
export const PAGE_FURNITURE = new RegExp(
  '(?:^|\\n)[ \\t\\u3000]*(?:主办单位|承办单位|主办|承办|技术支持|版权所有|Copyright|©|网站标识码|' +
    '[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP备|网站地图|联系我们|返回顶部|' +
    '打印本页|关闭窗口|【打印】|【关闭】)',
  'iu',
);

/** A page's note after the text (附件：…, 法律依据：…, 来源：…), at its start. */
export const PAGE_NOTE = /^(?:法律依据|政策依据|依据|附件|备注|来源|信息来源|说明|注)[ \t\u3000]*[:：]/u;
/** The same note anywhere after a sentence or a space, where a unit's duties end. */
export const NOTE_AFTER =
  /(?<=^|[\s。；;])(?:法律依据|政策依据|依据|附件|备注|来源|信息来源|说明|注)[ \t\u3000]*[:：]/u;
