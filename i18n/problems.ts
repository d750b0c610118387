/**
 * A file's validation problem (engine/scenario/problems.ts) in the reader's language, for the
 * shells that answer in Chinese (the HTTP API's scenario and bot-play uploads): the same place
 * (file:line:col), the field's path, what is wrong and what was expected. The checks word their
 * problems in English (the CLI's validate output, the README's examples); here each of their
 * sentence shapes (zod-problems.ts, yaml-source.ts, check-*.ts) is matched and worded in Chinese,
 * keeping the values it quotes. A shape not listed keeps its English words inside the Chinese frame.
 */
import { formatPath, formatProblem, formatWarning, type Problem } from "../engine/scenario/problems.ts";
import type { Locale } from "./index.ts";
import { yamlProblemZh } from "./yaml-errors.ts";

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** The things a check names ("no place …", "a unit id defined in this file"). */
const THING: Readonly<Record<string, string>> = {
  place: "地点", agency: "单位", unit: "力量", inject: "注入", group: "人群", road: "道路", requirement: "力量需求",
  scenario: "情景", task: "任务", building: "建筑", room: "房间", event: "事件", hazard: "危险源", kind: "类型", type: "类型",
};
const thing = (w: string) => THING[w] ?? w;
/** The files a scenario names by id (cli/files.ts, cli/evaluate.ts). */
const PROFILE: Readonly<Record<string, string>> = { "best play": "最佳处置剧本", "rules profile": "规则配置", "rubric profile": "评分标准" };

/** A value as zod-problems.ts describes it ("text \"x\"", "a list of 3 items"). */
function value(v: string): string {
  const m = /^(text|number) (.+)$/.exec(v);
  if (m) return `${m[1] === "text" ? "文本" : "数字"} ${m[2]}`;
  const list = /^a list of (\d+) items?$/.exec(v);
  if (list) return `含 ${list[1]} 项的列表`;
  return ({ nothing: "空", "a mapping": "映射", "null (an empty value)": "null（空值）" } as Record<string, string>)[v] ?? v;
}

const TYPE: Readonly<Record<string, string>> = {
  text: "文本", "a number": "数字", "a whole number": "整数", "true or false": "true 或 false", "a list": "列表",
  "a mapping (key: value)": "映射（键: 值）", "another type": "其他类型",
};

const MESSAGE: readonly Rule[] = [
  [/^required field is missing$/, () => "缺少必填字段"],
  [/^required field "(.+)" is missing$/, (m) => `缺少必填字段“${m[1]}”`],
  [/^unknown key "(.+)"$/, (m) => `未知字段“${m[1]}”`],
  [/^wrong type: got (.+)$/, (m) => `类型错误：收到${value(m[1]!)}`],
  [/^value (.+) is out of range$/, (m) => `数值 ${m[1]} 超出范围`],
  [/^(.+) has the wrong format$/, (m) => `${value(m[1]!)} 格式不对`],
  [/^(.+) is not a whole multiple$/, (m) => `${m[1]} 不是整倍数`],
  [/^(.+) is not allowed$/, (m) => `${value(m[1]!)} 不是允许的值`],
  [/^YAML syntax: (.+)$/, () => "YAML 语法错误：文件无法解析"],
  [/^alias \*(.+) refers to the node that contains it \(a cycle\)$/, (m) => `别名 *${m[1]} 引用了包含它自身的节点（循环引用）`],
  [/^not a number \(\.nan\)$/, () => "不是数字（.nan）"],
  [/^(.+) is too large$/, (m) => `${m[1]} 过大`],
  [/^an infinite number \(\.inf, or too large for a number\)$/, () => "无穷大（.inf，或超出数字范围）"],
  [/^the file is not a YAML mapping$/, () => "文件顶层不是 YAML 映射"],
  [/^no (\w+) "(.+)" in scenario (.+)$/, (m) => `情景 ${m[3]} 中没有${thing(m[1]!)}“${m[2]}”`],
  [/^no (\w+) "(.+)"$/, (m) => `没有${thing(m[1]!)}“${m[2]}”`],
  [/^unknown (\w+) "(.+)"$/, (m) => `未知的${thing(m[1]!)}“${m[2]}”`],
  [/^unknown (\w+) (.+)$/, (m) => `未知的${thing(m[1]!)} ${m[2]}`],
  [/^duplicate id "(.+)"$/, (m) => `重复的 id“${m[1]}”`],
  [/^(.+) is at or after the drill's end \((.+)\)$/, (m) => `${m[1]} 不早于演练结束时间（${m[2]}）`],
  [/^(.+) is after the drill ends \((.+)\)$/, (m) => `${m[1]} 晚于演练结束时间（${m[2]}）`],
  [/^this play is for scenario "(.+)", not "(.+)"$/, (m) => `此剧本属于情景“${m[1]}”，不是“${m[2]}”`],
  [/^no scenario "(.+)" to check this play against$/, (m) => `找不到用于核对此剧本的情景“${m[1]}”`],
  [/^an agency cannot report to itself$/, () => "单位不能向自己报告"],
  [/^the scenario has an agency of kind "(.+)" already$/, (m) => `情景中已有“${m[1]}”类单位`],
  [/^"(.+)" is also declared not drilled \(notDrilled\)$/, (m) => `“${m[1]}”同时被声明为未演练（notDrilled）`],
  [/^a road from a place to itself$/, () => "道路的起点和终点是同一地点"],
  [/^place "(.+)" is not connected to the road network$/, (m) => `地点“${m[1]}”未接入道路网`],
  [/^"(.+)" is not a real date and time$/, (m) => `“${m[1]}”不是实际存在的日期时间`],
  [/^the drill has no duration$/, () => "演练时长为零"],
  [/^(.+) is longer than a week$/, (m) => `${m[1]} 超过一周`],
  [/^an inject cannot wait for itself$/, () => "注入不能等待自身"],
  [/^the first weather entry starts at (.+)$/, (m) => `第一条天气记录始于 ${m[1]}`],
  [/^(.+) is not after the previous entry$/, (m) => `${m[1]} 不晚于上一条记录`],
  [/^a (\w+) condition needs "(.+)"$/, (m) => `${m[1]} 条件需要“${m[2]}”`],
  [/^"(.+)" has no effect on a (\w+) condition$/, (m) => `“${m[1]}”对 ${m[2]} 条件不起作用`],
  [/^no inject tells anyone of the incident, so no agency would ever be notified$/, () => "没有任何注入告知事故信息，任何单位都不会获知"],
  [/^file not found$/, () => "文件不存在"],
  [/^no (best play|rules profile|rubric profile) "(.+)" \(looked for (.+)\)$/, (m) => `没有${PROFILE[m[1]!]}“${m[2]}”（已查找：${m[3]}）`],
  [/^cannot read: (.+)$/, (m) => `无法读取：${m[1]}`],
];

const EXPECTED: readonly Rule[] = [
  [/^the id of a play in scenarios\/plays\/, or a path to one$/, () => "scenarios/plays/ 中剧本的 id，或剧本文件路径"],
  [/^the id of a file in scenarios\/rules\/, or a path to a profile$/, () => "scenarios/rules/ 中文件的 id，或规则配置文件路径"],
  [/^one of: (.+)$/, (m) => `以下之一：${m[1]}`],
  [/^no other keys here$/, () => "此处没有其他字段"],
  [/^(≥|≤|<|>) (\S+)( items| characters)?$/, (m) => `${m[1]} ${m[2]}${m[3] === " items" ? " 项" : m[3] ? " 个字符" : ""}`],
  [/^an? (\w+) id defined in this file$/, (m) => `本文件中定义的${thing(m[1]!)} id`],
  [/^valid YAML \(indentation, quotes, closing brackets\)$/, () => "合法的 YAML（缩进、引号、括号闭合）"],
  [/^an alias to a node defined before it and outside it$/, () => "引用在它之前、且不包含它的节点的别名"],
  [/^at most (\d+) expansions per alias$/, (m) => `每个别名至多展开 ${m[1]} 次`],
  [/^a finite number of magnitude below (.+)$/, (m) => `绝对值小于 ${m[1]} 的有限数字`],
  [/^key: value pairs at the top level$/, () => "顶层为“键: 值”对"],
  [/^ids unique within the list$/, () => "列表内 id 不重复"],
  [/^a time before (.+)$/, (m) => `${m[1]} 之前的时间`],
  [/^a time within clock\.duration$/, () => "clock.duration 以内的时间"],
  [/^a value that satisfies the rule above$/, () => "满足上述规则的值"],
  [/^an id of letters, digits, '-' or '_', starting with a letter$/, () => "以字母开头、由字母、数字、“-”或“_”组成的 id"],
  [/^a drill time "HH:MM:SS"$/, () => "演练时间“HH:MM:SS”"],
  [/^another agency id$/, () => "另一个单位的 id"],
  [/^a kind of agency the scenario has none of$/, () => "情景中没有的单位类型"],
  [/^a kind either played through this seat or declared not drilled, not both$/, () => "由本席位兼演的单位类型，或声明为未演练的单位类型，二者只能取其一"],
  [/^two different places$/, () => "两个不同的地点"],
  [/^a road linking it to "(.+)"$/, (m) => `一条连到“${m[1]}”的道路`],
  [/^a place id from map\.places$/, () => "map.places 中的地点 id"],
  [/^another inject id$/, () => "另一个注入的 id"],
  [/^entries in increasing time order$/, () => "按时间先后排列的条目"],
  [/^a duration such as "(.+)"$/, (m) => `时长，如“${m[1]}”`],
  [/^at most "(.+)"$/, (m) => `至多“${m[1]}”`],
  [/^an existing date and time with its zone, e\.g\. "(.+)" \(seconds optional\)$/, (m) => `实际存在、带时区的日期时间，如“${m[1]}”（秒可省略）`],
  [/^`notifies: true` on the alarm inject\(s\)$/, () => "在报警注入上设置 `notifies: true`"],
  [/^only (.+)$/, (m) => `只能是 ${m[1]}`],
  [/^a file path, e\.g\. (.+)$/, (m) => `文件路径，如 ${m[1]}`],
  [/^(\S+) beside the plays folder, or that scenario file on the same command line$/, (m) => `plays 文件夹旁的 ${m[1]}，或在同一命令行上给出该情景文件`],
  [/^"(.+)"$/, (m) => `“${m[1]}”`],
  [/^(.+) or (.+)$/, (m) => (TYPE[m[1]!] && TYPE[m[2]!] ? `${TYPE[m[1]!]}或${TYPE[m[2]!]}` : m[0])],
  [/^(.+)$/, (m) => TYPE[m[1]!] ?? m[0]],
];

function word(text: string, rules: readonly Rule[]): string {
  for (const [re, zh] of rules) {
    const m = re.exec(text);
    if (m) return zh(m);
  }
  return text;
}

/** `FILE:LINE:COL PATH: message (expected …)` in English, `FILE:LINE:COL PATH：问题（应为：…）` in Chinese. */
export function problemText(p: Problem, locale: Locale): string {
  if (locale === "en") return formatProblem(p);
  const path = p.path.length === 0 ? "（文件）" : formatPath(p.path);
  const expected = p.expected ? `（应为：${word(p.expected, EXPECTED)}）` : "";
  // a library's own English (the yaml parser's) is worded by its kind, never quoted
  return `${p.file}:${p.line}:${p.col} ${path}：${yamlProblemZh(p.code) ?? word(p.message, MESSAGE)}${expected}`;
}

/** A warning (an input outside a model's range, the run goes on): the same line as problemText, marked 警告 / warning. */
export function warningText(p: Problem, locale: Locale): string {
  if (locale === "en") return formatWarning(p);
  const line = problemText(p, locale);
  const at = line.indexOf("：");
  return `${line.slice(0, at + 1)}警告：${line.slice(at + 1)}`;
}
