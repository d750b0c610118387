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
import zhCN from "./zh-CN.json" with { type: "json" };
import en from "./en.json" with { type: "json" };

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** The things a check names ("no place …", "a unit id defined in this file"). */
const THING: Readonly<Record<string, string>> = {
  place: "地点", agency: "单位", unit: "力量", inject: "注入", group: "人群", road: "道路", requirement: "力量需求",
  scenario: "情景", task: "任务", building: "建筑", room: "房间", event: "事件", hazard: "危险源", kind: "类型", type: "类型",
  capability: "能力", target: "目标", unitType: "力量类型", level: "水平", segment: "巷道", node: "节点", door: "门", stairwell: "楼梯间", occupant: "人员",
};
/** The longer names check-values.ts gives what it checks ("unit type (no unit of this type in the scenario)"). */
const WHAT: readonly Rule[] = [
  [/^unit type \(no unit of this type in the scenario\)$/, () => "力量类型（情景中没有此类型的力量）"],
  [/^unit type$/, () => "力量类型"],
  [/^owner \(no unit of its types belongs to it\)$/, () => "责任单位（其所需类型的力量都不属于该单位）"],
  [/^command type$/, () => "指令类型"],
  [/^change of the (\S+) model$/, (m) => `${m[1]} 模型的变化`],
  [/^(\w+)$/, (m) => thing(m[1]!)],
];
const thing = (w: string) => THING[w] ?? w;
/** Agency kinds a check lists ("enterprise, coalMine"), by the catalogue's labels (企业、煤矿); an unknown kind as written. */
const kinds = (list: string): string => list.split(/,\s*/).map((k) => (zhCN.agencyKind as Record<string, string>)[k] ?? k).join("、");
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
  [/^must not be empty$/, () => "不能为空"],
  [/^value (.+) is out of range$/, (m) => `数值 ${m[1]} 超出范围`],
  [/^(.+) has the wrong format$/, (m) => `${value(m[1]!)} 格式不对`],
  [/^(.+) is not a whole multiple$/, (m) => `${m[1]} 不是整倍数`],
  [/^(.+) is not allowed$/, (m) => `${value(m[1]!)} 不是允许的值`],
  [/^YAML syntax: (.+)$/, () => "YAML 语法错误：文件无法解析"],
  [/^alias \*(.+) refers to the node that contains it \(a cycle\)$/, (m) => `别名 *${m[1]} 引用了包含它自身的节点（循环引用）`],
  [/^invisible control character (\S+) \(such as a text-direction override\): people would read other text than the file holds$/, (m) => `不可见的控制字符（${m[1]}，如文字方向控制符），参演人员看到的文字会与文件内容不一致`],
  [/^not a number \(\.nan\)$/, () => "不是数字（.nan）"],
  [/^(.+) is too large$/, (m) => `${m[1]} 过大`],
  [/^an infinite number \(\.inf, or too large for a number\)$/, () => "无穷大（.inf，或超出数字范围）"],
  [/^the file is not a YAML mapping$/, () => "文件顶层不是 YAML 映射"],
  [/^no (\w+) "(.+)" in scenario (.+)$/, (m) => `情景 ${m[3]} 中没有${thing(m[1]!)}“${m[2]}”`],
  [/^no (\w+) "(.+)"$/, (m) => `没有${thing(m[1]!)}“${m[2]}”`],
  [/^unknown task "(.+)" for an? (\S+) scenario \(model (.+)\)$/, (m) => `${m[2]} 情景（模型 ${m[3]}）没有任务“${m[1]}”`],
  [/^unknown (.+?) "(.+)"$/, (m) => `未知的${word(m[1]!, WHAT)}“${m[2]}”`],
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
  [/^no (best play|rules profile|rubric profile) "(.+)" in (\S+)$/, (m) => `${m[3]} 中没有${PROFILE[m[1]!]}“${m[2]}”`],
  [/^no agency "(.+)" in the scenario$/, (m) => `情景中没有单位“${m[1]}”`],
  // engine/hazards/chemical/warnings.ts (warnings: the run goes on)
  [/^class (\S+) with a (\S+) m\/s wind by (day|night|\S+) is outside the Pasquill–Gifford table$/, (m) => `${DAY[m[3]!] ?? m[3]}风速 ${m[2]} m/s 时稳定度 ${m[1]} 不在 Pasquill–Gifford 表内`],
  [/^(\S+) m\/s is calm: the Gaussian puff model is not valid below (\S+) m\/s$/, (m) => `${m[1]} m/s 为静风：风速低于 ${m[2]} m/s 时高斯烟团模型不适用`],
  [/^the tank \((\S+) kg\) empties before the first (\S+)-s puff step \((\S+) kg would leave in it\)$/, (m) => `储罐（${m[1]} kg）在第一个 ${m[2]} 秒烟团步长之前即已泄空（该步长内应泄出 ${m[3]} kg）`],
  // check-values.ts
  [/^units of (.+) can meet requirement "(.+)": say which agency answers for it$/, (m) => `${m[1]} 的力量都能满足力量需求“${m[2]}”：须写明由哪个单位负责`],
  // check-roads.ts
  [/^unit "(.+)" cannot reach "(.+)" from its base "(.+)" \(one-way roads\)$/, (m) => `力量“${m[1]}”从驻地“${m[3]}”无法到达“${m[2]}”（单行道）`],
  [/^unit "(.+)" can reach "(.+)" but not get back to its base "(.+)" \(one-way roads\)$/, (m) => `力量“${m[1]}”能到达“${m[2]}”，但无法返回驻地“${m[3]}”（单行道）`],
  // check-incident.ts
  [/^the accident is at (\S+), but (.+) is at (\S+)$/, (m) => `事故时间为 ${m[1]}，但${ONSET[m[2]!] ?? m[2]}为 ${m[3]}`],
  [/^no notifying inject tells the incident unit \((.+)\) at (\S+)$/, (m) => `没有在 ${m[2]} 告知事发单位（${m[1]}）的报警注入（notifies）`],
  // check-scenario.ts
  [/^a demand for a report names no agency to report to$/, () => "要求报告的注入未写明向哪个单位报告"],
  [/^(\S+) is asked for help but the inject does not reach it$/, (m) => `${m[1]} 被请求援助，但该注入未送达它`],
  [/^(\S+) already receives the inject$/, (m) => `${m[1]} 已是该注入的接收方`],
  [/^only a report of the incident \(notifies: true\) is passed on$/, () => "只有事故信息报告（notifies: true）才会被转告"],
  [/^"(.+)" does not name a number in this scenario$/, (m) => `“${m[1]}”在本情景中不指向数值`],
  [/^±(\S+?)( \(relative\))? can take "(.+)" through zero$/, (m) => `±${m[1]}${m[2] ? "（相对值）" : ""}会使“${m[3]}”越过零`],
  // check-building-fire.ts
  [/^floor (\S+) is listed twice$/, (m) => `楼层 ${m[1]} 重复列出`],
  [/^room "(.+)" is on floor (\S+), which is not in floors$/, (m) => `房间“${m[1]}”位于楼层 ${m[2]}，但 floors 中没有该楼层`],
  [/^stairs "(.+)" lead to floor (\S+), which is not in floors$/, (m) => `楼梯“${m[1]}”通往楼层 ${m[2]}，但 floors 中没有该楼层`],
  [/^stairs (\S+) m wide have no effective width after (\S+) m per side$/, (m) => `楼梯宽 ${m[1]} 米，每侧扣除 ${m[2]} 米后没有有效宽度`],
  [/^the building has no exit$/, () => "建筑没有出口"],
  [/^"(.+)" has no path to an exit$/, (m) => `“${m[1]}”没有通往出口的路径`],
  [/^duplicate door id "(.+)"$/, (m) => `重复的门 id“${m[1]}”`],
  [/^door "(.+)" leads from an unknown room "(.+)"$/, (m) => `门“${m[1]}”的起点是未知的房间“${m[2]}”`],
  [/^door "(.+)" leads to an unknown room "(.+)"$/, (m) => `门“${m[1]}”的终点是未知的房间“${m[2]}”`],
  [/^door "(.+)" (\S+) m wide has no effective width after (\S+) m per side: nobody can pass$/, (m) => `门“${m[1]}”宽 ${m[2]} 米，每侧扣除 ${m[3]} 米后没有有效宽度：无人能通过`],
  [/^a door from a room to itself$/, () => "门的两侧是同一房间"],
  [/^a door between two stairwells$/, () => "门连接两个楼梯间"],
  [/^door "(.+)" joins floor (\S+) and floor (\S+)$/, (m) => `门“${m[1]}”连接楼层 ${m[2]} 和楼层 ${m[3]}`],
  [/^stairs "(.+)" do not serve floor (\S+)$/, (m) => `楼梯“${m[1]}”不通往楼层 ${m[2]}`],
  [/^door "(.+)" at \[(.+)\] is not on the edge of both spaces$/, (m) => `门“${m[1]}”位于 [${m[2]}]，不在两侧空间的边缘上`],
  [/^the fire starts in exit "(.+)"$/, (m) => `火灾起于出口“${m[1]}”`],
  [/^cell \[(.+)\] is outside room "(.+)"$/, (m) => `格子 [${m[1]}] 在房间“${m[2]}”之外`],
  [/^occupants placed in exit "(.+)"$/, (m) => `人员被放在出口“${m[1]}”中`],
  [/^the 99th percentile is below the median$/, () => "第 99 百分位数小于中位数"],
  // check-mine-flood.ts, hazard-mine-flood.ts
  [/^the mine has no exit$/, () => "矿井没有出口"],
  [/^node "(.+)" has no roadway path to a portal$/, (m) => `节点“${m[1]}”没有通往井口的巷道`],
  [/^a roadway from a node to itself$/, () => "巷道的起点和终点是同一节点"],
  [/^the storage table must rise$/, () => "容积表必须递增"],
  [/^node "(.+)" connects to nothing$/, (m) => `节点“${m[1]}”未与任何巷道相连`],
  [/^a source needs exactly one of `schedule` or `decay`$/, () => "水源须且只须有 `schedule` 或 `decay` 之一"],
  // schema.ts, common.ts, rubric-schema.ts (zod refinements)
  [/^a request's message action names whom it must reach \(`to`\): the party that asked$/, () => "请求的消息类处置须写明送达对象（`to`）：提出请求的一方"],
  [/^a linkage duty without `actWithinMin` must say why its act is not judged \(`actNotJudged`: e\.g\. 模拟单位，不评判\), or set the deadline with its basis$/, () => "联动职责未设履职时限（`actWithinMin`）时须写明为何不评判履职（`actNotJudged`，如：模拟单位，不评判），或设定时限并给出依据"],
  [/^a linkage duty with `actWithinMin` is judged: drop `actNotJudged`$/, () => "联动职责已设履职时限（`actWithinMin`），即须评判：删去 `actNotJudged`"],
  [/^`alarm` lists the notifier's alarm commands: set `notifiedBy` \(who must call this rescuer\)$/, () => "`alarm` 列出的是通知方的报警方式：须设 `notifiedBy`（由谁向该救援力量报警）"],
  // rules-schema.ts: every alarm row says what its call must give (issue 10 §4)
  [/^`alarm` and `alarmCheck` go together: an alarm row says what its call must give \(expected (.+) beside `alarm`\)$/, (m) => `\`alarm\` 与 \`alarmCheck\` 须同时给出：报警行须写明报警应说明的要素（应为 ${m[1]}，与 \`alarm\` 并列）`],
  [/^`substance` is an element of a chemical-leak alarm only, not of a (.+) one \(expected one of (.+)\)$/, (m) => `\`substance\`（泄漏介质）只是危化品泄漏报警的要素，不适用于 ${m[1]} 的报警（应为以下之一：${m[2]}）`],
  // alarm-words-schema.ts: each alarm word is a regular expression (issue 10 §4)
  [/^an alarm word is read as a regular expression, and this one is not valid \(write a word, or a pattern such as \\d\+号\)$/, () => "报警要素词按正则表达式读取，此词不是有效的正则表达式（请写一个词，或如 \\d+号 的模式）"],
  [/^an alarm is judged by its words: `(.+)` carries none \(list `message` or `report`\)$/, (m) => `报警按其内容评判：\`${m[1]}\` 不带任何内容（请列 \`message\` 或 \`report\`）`],
  // rules-schema.ts: a site owner's activation is its own plan's, a government's the county's response (review22 mine B1)
  [/^`activatePlan` \(a unit starting its own emergency plan\) is a site owner's act \((.+)\), not an? (.+)'s: use `activateResponse`$/, (m) => `\`activatePlan\`（启动本单位应急预案）是事发单位（${kinds(m[1]!)}）的处置，不是${kinds(m[2]!)}的：请改用 \`activateResponse\``],
  [/^an? (.+)'s activation starts its own emergency plan, never the county's response: use `activatePlan`$/, (m) => `${kinds(m[1]!)}启动的是本单位应急预案，不是县级应急响应：请改用 \`activatePlan\``],
  [/^a request answered by a message to the director names the party asking \(`party`\)$/, () => "以发给导调的消息答复的请求须写明提出请求的一方（`party`）"],
  [/^an inject needs exactly one of `at` \(a time\) or `when` \(a condition\)$/, () => "注入须且只须有 `at`（时间）或 `when`（条件）之一"],
  [/^a dotted path such as (.+)$/, (m) => `以点分隔的路径，如 ${m[1]!.replace(" or ", " 或 ")}`],
  [/^a profile id, or a path ending in \.yaml$/, () => "配置的 id，或以 .yaml 结尾的路径"],
  [/^a play id, or a path ending in \.yaml$/, () => "剧本的 id，或以 .yaml 结尾的路径"],
  [/^a play id$/, () => "剧本的 id"],
  [/^a wall-clock start with time zone, e\.g\. (.+)$/, (m) => `带时区的开始时间，如 ${m[1]}`],
  [/^an id of letters, digits, '-' or '_', starting with a letter$/, () => "以字母开头、由字母、数字、“-”或“_”组成的 id"],
  [/^a drill time "HH:MM:SS"$/, () => "演练时间“HH:MM:SS”"],
  [/^section weights add up to (\S+), not 100$/, (m) => `各评估项分值合计 ${m[1]}，不是 100`],
  [/^section "(.+)" appears twice$/, (m) => `评估项“${m[1]}”出现两次`],
  [/^code (\S+) is already scored by item "(.+)"$/, (m) => `代码 ${m[1]} 已由评分项“${m[2]}”计分`],
];

/** Day or night, as the chemical model's weather warnings say it. */
const DAY: Readonly<Record<string, string>> = { day: "白天", night: "夜间" };

/** How check-incident.ts names a hazard's onset. */
const ONSET: Readonly<Record<string, string>> = {
  "hazard.startAt (the release)": "hazard.startAt（泄漏开始）",
  "hazard.fire.startAt (the fire)": "hazard.fire.startAt（起火）",
  "the first inrush (a source's inflow reaching its inrushM3h)": "首次突水（某水源涌水量达到其 inrushM3h）",
};

const EXPECTED: readonly Rule[] = [
  [/^the id of a play in scenarios\/plays\/, or a path to one$/, () => "scenarios/plays/ 中剧本的 id，或剧本文件路径"],
  [/^the id of a file in scenarios\/rules\/, or a path to a profile$/, () => "scenarios/rules/ 中文件的 id，或规则配置文件路径"],
  [/^one of: (.+)$/, (m) => `以下之一：${m[1]}`],
  [/^no other keys here$/, () => "此处没有其他字段"],
  [/^(≥|≤|<|>) (\S+)( items| characters)?$/, (m) => `${m[1]} ${m[2]}${m[3] === " items" ? " 项" : m[3] ? " 个字符" : ""}`],
  [/^an? (\w+) id defined in this file$/, (m) => `本文件中定义的${thing(m[1]!)} id`],
  [/^valid YAML \(indentation, quotes, closing brackets\)$/, () => "合法的 YAML（缩进、引号、括号闭合）"],
  [/^a closing (\S+)$/, (m) => `闭合的 ${m[1]}`],
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
  [/^nothing is defined$/, () => "（尚未定义任何可选值）"],
  [/^a multiple of (\S+)$/, (m) => `${m[1]} 的整倍数`],
  [/^no other field$/, () => "此条件不读取其他字段"],
  [/^owner: (.+)$/, (m) => `owner: ${word(m[1]!, EXPECTED)}`],
  [/^a road by direction from "(.+)" to "(.+)"$/, (m) => `一条由“${m[1]}”通往“${m[2]}”的道路（按方向）`],
  [/^a road by direction from "(.+)" back to "(.+)"$/, (m) => `一条由“${m[1]}”返回“${m[2]}”的道路（按方向）`],
  [/^"(.+)", the hazard's own onset$/, (m) => `“${m[1]}”，即危险源自身的开始时间`],
  [/^the time of one that does: (.+)$/, (m) => `告知它的注入的时间：${m[1]}`],
  [/^the time of a notifying inject \(at\) to the incident agency or one of its organs$/, () => "发给事发单位或其下属机构的报警注入的时间（at）"],
  [/^askedBy: the agency asking$/, () => "askedBy：提出要求的单位"],
  [/^one of (.+) for (\S+) m\/s by (day|night|\S+) \(Turner's key\)$/, (m) => `${DAY[m[3]!] ?? m[3]}风速 ${m[2]} m/s 时为以下之一：${m[1]}（Turner 分类）`],
  [/^a wind of at least (\S+) m\/s$/, (m) => `至少 ${m[1]} m/s 的风速`],
  [/^more inventory, a smaller hole or a shorter hazard\.stepS$/, () => "更大的储量、更小的泄漏孔，或更短的 hazard.stepS"],
  [/^one of (?!:)(.+)$/, (m) => `以下之一：${m[1]}`],
  [/^an agency the inject does not reach$/, () => "该注入未送达的单位"],
  [/^notifies: true$/, () => "notifies: true"],
  [/^a dotted path to a number, e\.g\. (.+)$/, (m) => `指向数值的点分路径，如 ${m[1]!.replace(" or ", " 或 ")}`],
  [/^a fraction below 1$/, () => "小于 1 的比例"],
  [/^a spread smaller than the value$/, () => "小于该值的幅度"],
  [/^each level once$/, () => "每个楼层只列一次"],
  [/^each floor once$/, () => "每个楼层只列一次"],
  [/^room and stairwell ids unique$/, () => "房间和楼梯间 id 不重复"],
  [/^more than (\S+) m$/, (m) => `大于 ${m[1]} 米`],
  [/^at least one (room|node) of kind "(.+)"( \(a shaft mouth or adit\))?$/, (m) => `至少一个类型为“${m[2]}”的${m[1] === "room" ? "房间" : "节点"}${m[3] ? "（井口或平硐）" : ""}`],
  [/^doors or stairs linking it to a room of kind exit$/, () => "连到出口类房间的门或楼梯"],
  [/^door ids unique$/, () => "门 id 不重复"],
  [/^a room or stairwell id$/, () => "房间或楼梯间的 id"],
  [/^two different spaces$/, () => "两个不同的空间"],
  [/^a room on one side$/, () => "至少一侧为房间"],
  [/^two spaces on the same floor \(use stairs between floors\)$/, () => "同一楼层的两个空间（楼层之间用楼梯）"],
  [/^a floor in \[(.+)\]$/, (m) => `[${m[1]}] 中的楼层`],
  [/^a cell inside or next to each space's rect$/, () => "位于两侧空间矩形内或紧邻的格子"],
  [/^some text$/, () => "非空文本"],
  [/^the file without it$/, () => "删除该字符后的文件"],
  [/^a room id$/, () => "房间 id"],
  [/^a room inside the building$/, () => "建筑内的房间"],
  [/^a cell within rect \[(.+)\]$/, (m) => `矩形 [${m[1]}] 内的格子`],
  [/^occupant group ids unique$/, () => "人员群组 id 不重复"],
  [/^at least (\S+)$/, (m) => `至少 ${m[1]}`],
  [/^a place id from map\.places \(the mine\)$/, () => "map.places 中的地点 id（矿井）"],
  [/^an? (level|segment|node) id from hazard\.(\w+)$/, (m) => `hazard.${m[2]} 中的${thing(m[1]!)} id`],
  [/^segments linking it to a node of kind portal$/, () => "连到井口类节点的巷道"],
  [/^two different nodes$/, () => "两个不同的节点"],
  [/^elevations increasing and volumes not decreasing$/, () => "标高递增、容积不减"],
  [/^at least one segment from or to it$/, () => "至少一条与它相连的巷道"],
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

/** The observation fields whose codes a reader knows by the report's words (liveValue.observation: its sections, ratings, Annex A areas). */
const NAMED_VALUES: Readonly<Record<string, string>> = { section: "section", rating: "rating", annexA: "area" };

/**
 * `p` with its allowed codes named as the report shows them, the code beside (「信息报告（reporting）」, "Information
 * reporting (reporting)"), for an evaluator's observation's section, rating or Annex A area; other problems as they are.
 */
function namedValues<P extends Pick<Problem, "path" | "expected">>(p: P, locale: Locale): P {
  const group = NAMED_VALUES[String(p.path[p.path.length - 1] ?? "")];
  const m = p.expected ? /^one of:? (.+)$/.exec(p.expected) : null;
  const names = ((locale === "en" ? en : zhCN) as { liveValue?: { observation?: Record<string, Record<string, string>> } }).liveValue?.observation?.[group ?? ""];
  if (!m || !names || p.path[0] !== "observations") return p;
  const codes = m[1]!.split(/,\s*|\s*\|\s*/);
  if (!codes.every((c) => names[c])) return p;
  const sep = locale === "en" ? ", " : "、";
  return { ...p, expected: `one of: ${codes.map((c) => (locale === "en" ? `${names[c]} (${c})` : `${names[c]}（${c}）`)).join(sep)}` };
}

/** `FILE:LINE:COL PATH: message (expected …)` in English, `FILE:LINE:COL PATH：问题（应为：…）` in Chinese. */
export function problemText(raw: Problem, locale: Locale): string {
  const p = namedValues(raw, locale);
  if (locale === "en") return formatProblem(p);
  const path = p.path.length === 0 ? "（文件）" : formatPath(p.path);
  const expected = p.expected ? `（应为：${word(p.expected, EXPECTED)}）` : "";
  // a library's own English (the yaml parser's) is worded by its kind, never quoted
  return `${p.file}:${p.line}:${p.col} ${path}：${yamlProblemZh(p.code) ?? word(p.message, MESSAGE)}${expected}`;
}

/**
 * A problem without its place in a file (`PATH: message (expected …)` / `PATH：问题（应为：…）`), for text given on
 * the command line (`drill whatif --add`); an empty path is left out.
 */
export function problemMessage(raw: Pick<Problem, "path" | "message" | "expected" | "code">, locale: Locale): string {
  const p = namedValues(raw, locale);
  const where = p.path.length === 0 ? "" : formatPath(p.path);
  if (locale === "en") return `${where ? `${where}: ` : ""}${p.message}${p.expected ? ` (expected ${p.expected})` : ""}`;
  const expected = p.expected ? `（应为：${word(p.expected, EXPECTED)}）` : "";
  return `${where ? `${where}：` : ""}${yamlProblemZh(p.code) ?? word(p.message, MESSAGE)}${expected}`;
}

/** A warning (an input outside a model's range, the run goes on): the same line as problemText, marked 警告 / warning. */
export function warningText(p: Problem, locale: Locale): string {
  if (locale === "en") return formatWarning(p);
  const line = problemText(p, locale);
  const at = line.indexOf("：");
  return `${line.slice(0, at + 1)}警告：${line.slice(at + 1)}`;
}
