import type { PostKind } from '../model/types.js';
import type { Span } from './types.js';

/**
 * Post titles: a core word, optionally 副 / 常务副 / 一级… before it, optionally a body before
 * that which itself ends like a body (局党组书记, 区政府办公室主任). Names and posts run together
 * in the texts ("吴某局长、党组书记"), so a title must be made of these parts and nothing else.
 */
const CORE =
  '省长助理|市长助理|县长助理|区长助理|主任助理|院长助理|校长助理|局长助理|厅长助理|馆长助理|所长助理|总经理助理|' +
  '董事长助理|督察长|党组书记|党组副书记|党组成员|党委书记|党委副书记|党委委员|党委成员|纪检组长|纪检监察组长|' +
  '党总支书记|党总支副书记|党支部书记|党支部副书记|总督察|专职委员|' +
  '纪委书记|常委|监察专员|督察专员|总工程师|总经济师|总会计师|总审计师|总规划师|总农艺师|总畜牧师|总兽医师|总督学|督学|巡视员|调研员|' +
  '纪检组组长|纪检监察组组长|主任委员|监事会主席|' +
  '秘书长|检察长|大队长|中队长|支队长|人大主席|人大副主席|主任科员|书记|局长|厅长|部长|司长|处长|科长|主任|省长|州长|市长|县长|区长|镇长|' +
  '乡长|所长|站长|院长|校长|馆长|队长|政治委员|政委|教导员|董事长|总经理|理事长|会长|社长|行长|台长|主席|组长|委员|成员|' +
  '参事|总监|专员|总师|负责人|职工董事|外部董事|独立董事|职工监事|董事|监事';
// 政协 and 人大 stand alone before a title (政协主席, 人大副主任); 工商联, 科协: 联 and 协 end bodies.
const BODY =
  '(?:[\\u4e00-\\u9fff]{1,16}?(?:局|厅|部|委|会|办|处|室|院|所|站|队|政府|人大|政协|中心|党组|党委|分局|支队|办公室|' +
  '乡|镇|街道|联|协)|政协|人大)';
/** A body's name as a title may open with it (某某市水利局, 龙潭乡), and nothing else. */
export const ONLY_BODY = new RegExp(`^${BODY}$`, 'u');
/** 挂职副县长: how the post is held, before it. */
export const POST = `(?:挂职|专职|兼职)?(?:${BODY})?(?:常务|第一|执行|一级|二级|三级|四级)?[代副]?(?:${CORE})`;
/** 副县长（挂职）, 副局长（正处级）: a remark in brackets after a title, part of it as written. */
const REMARK = '(?:[（(][^（()）\\n]{1,8}[)）])';
/** Titles one after another (党组书记、局长, 副局长（挂职）、党组成员). */
export const POST_LIST = `(?:${POST})${REMARK}?(?:[、，,/](?:${POST})${REMARK}?)*`;
const POSTS_ONLY = new RegExp(`^(?:${POST})${REMARK}?(?:[、，,/\\s]*(?:${POST})${REMARK}?)*$`, 'u');
/** Every title in a text (matchAll). */
export const ONE_POST = new RegExp(POST, 'gu');
/** A title anywhere in a text; one at its end (某市科协主席). */
export const ANY_POST = new RegExp(POST, 'u');
export const ENDS_WITH_POST = new RegExp(`(?:${POST})$`, 'u');

export function isPostList(text: string): boolean {
  return POSTS_ONLY.test(text.replace(/\s+/g, ''));
}

/** Each title of a post list, with its offset inside `text`. */
export function splitPosts(text: string): { title: string; at: number }[] {
  const out: { title: string; at: number }[] = [];
  for (const m of text.matchAll(/[^、，,/\s]+(?:\s+[^、，,/\s]+)*/gu)) {
    // A title padded with spaces inside (主   任) is one title; separate titles are split on 、，/.
    // 县工商业联合会（县总商会）主席: a title with a remark in brackets is one title as written.
    const bare = m[0].replace(/\s+/g, '').replace(/[（(][^（()）]{1,10}[)）]/gu, '');
    if (new RegExp(`^(?:${POST})$`, 'u').test(bare)) out.push({ title: m[0], at: m.index });
    else for (const p of m[0].matchAll(ONE_POST)) out.push({ title: p[0], at: m.index + p.index });
  }
  return out;
}

/** Each title of the post list in `span`, as a span of the text. */
export function postSpans(text: string, span: Span): Span[] {
  return splitPosts(text.slice(span.start, span.end)).map((p) => ({
    start: span.start + p.at,
    end: span.start + p.at + p.title.length,
  }));
}

/**
 * 一级巡视员 … 四级调研员 are 职级 (grades); 巡视员, 副巡视员, 调研员, 主任科员 without a grade are
 * 非领导职务; 总工程师, 督察专员 and the like are other posts listed among the leaders.
 */
export function postKind(title: string): PostKind {
  if (/[一二三四]级(?:巡视员|调研员|主任科员)/.test(title)) return 'grade';
  if (/巡视员|调研员|主任科员/.test(title)) return 'non-leadership';
  if (
    /总工程师|总经济师|总会计师|总审计师|总规划师|总农艺师|总畜牧师|总兽医师|总督学|督察专员|监察专员|参事|总师/.test(
      title,
    ) &&
    !/党|书记|纪检|纪委/.test(title)
  )
    return 'other';
  return /党|书记|纪检|纪委|常委/.test(title) ? 'party' : 'administrative';
}

/** Common surnames (single and compound): a person's name starts with one. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
  '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季' +
  '裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦' +
  '戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻' +
  '苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练' +
  '廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿' +
  '鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪傅阎贝' +
  '萧禤蔚郗招赖畅蹇逄';
const COMPOUND = new RegExp(
  '^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|令狐|慕容|长孙|宇文|司徒|夏侯|轩辕|端木|独孤|南宫|西门|万俟|申屠|澹台|' +
    '公冶|宗政|濮阳|太史|仲孙|钟离|拓跋|' +
    // Tibetan names have no surname; these open most of them (扎西次仁, 格桑卓玛).
    '扎西|格桑|央金|次仁|达瓦|尼玛|洛桑|顿珠|卓玛|拉巴|多吉|旦增|平措|索朗|白玛|强巴|普布|边巴)',
  'u',
);

/** 热合曼·吐尔逊, 古丽娜尔·艾买提: a name written in parts joined by a middle dot. */
export const MIDDOT_NAME = /^[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}$/u;

const NOT_A_NAME = new RegExp(
  '^(?:常务|常委|党组|党委|曾任|曾经|历任|现任|先后|兼任|担任|单位|部门|人员|干部|职工|群众|全体|成员|任[县市区省州镇乡局厅处科院所]|' +
    // 纪检组长, 宣传部长: a body's or a field's word before a title, though 纪 and 宣 are surnames.
    '纪检|纪委|宣传|司法|武装|安全|应急|党建|文明|文化|农业|林业|交通|卫生|史志|财务|审计|信访|计生|后勤|保卫|' +
    '人事|人武|统战|政法|监察|巡察|督察|组织|机关|工会|团委|妇联|国资|金融|商务|水务|城管|税务|统计|档案)',
  'u',
);

/** Whether a compacted string reads as a person's name: 2–4 Chinese characters after a surname. */
export function isPersonName(name: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/u.test(name)) return false;
  if (COMPOUND.test(name)) return name.length >= 3;
  // 常务副省长, 党组书记, 曾任某区区长, 成员单位负责…, 2015年3月⏎任县审计局副局长: words of a post,
  // a résumé or a notice, not a surname and a given name.
  if (NOT_A_NAME.test(name)) return false;
  // 龙潭乡, 石门县, 龙潭乡副: a place, or one with a post's first character, though 龙 and 石 are surnames.
  if (/[乡县]|[镇村区市省副]$/u.test(name)) return false;
  return (
    SURNAMES.includes(name[0]!) && !/[局处科室部委办所站队的和与及等]|工作|负责|分管|主持|同志/u.test(name.slice(1))
  );
}
