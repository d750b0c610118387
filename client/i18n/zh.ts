/** zh-CN strings (default). Terms follow domain.md §6. */
export const zh = {
  app: { name: "联演", tagline: "多部门应急演练" },
  lang: { switch: "English" },
  join: {
    title: "加入演练", code: "参演码", name: "姓名 / 岗位", submit: "进入席位",
    tooMany: "尝试次数过多，请稍后再试，并向导调核对参演码。", revoked: "导调已收回并重发本席位的参演码，连接已断开；请向导调索取新码。", codeGone: "此码已不能进入本演练（服务器每次启动都会打印新的服务器导调码），连接已断开；请用本演练的导调码或新打印的服务器导调码重新进入。", badCode: "参演码无效或已被收回，请向导调核对。", joining: "正在加入…", needName: "请填写姓名或岗位。",
    observer: "观摩", director: "导调入口", create: "创建演练", badDirectorCode: "导调码无效：请填写服务器启动时打印的导调码", directorCode: "导调码", scenariosAfterCode: "填写服务器启动时打印的导调码后，列出可选的演练情景和参演单位", scenario: "演练情景", seed: "随机种子",
    blindness: "演练方式", speed: "初始倍速", bots: "由机器人扮演", botsHint: "未勾选的单位由人凭参演码扮演；无人扮演的单位不会行动。一个人试用时，可全部交由机器人，再从导调台开始演练。", allBots: "全部由机器人扮演", noBots: "全部取消", created: "演练已创建，请向各席位发放参演码：",
    startPaused: "创建后先暂停（各席位就位后由导调开始）", openConsole: "进入导调台", seats: "席位", open: "打开",
    keepDirectorCode: "请妥善保存本场导调码：关闭页面后，凭此码（或服务器启动时打印的导调码）在“参演码”处输入即可重新进入导调台。",
    forDrill: "请输入您的参演码（导调可输入导调码）：进入哪一场演练，由您的码决定。", chooseDrill: "选择要进入导调台的演练", noDrills: "服务器上还没有演练。",
    status: { running: "进行中", paused: "已暂停", ended: "已结束" },
    endedSeat: "本场演练已结束，席位控制台已关闭，不能再下达命令。您仍可查看演练回放。",
    endedControl: "本场演练已结束。您可查看演练评估报告和回放。",
  },
  blindness: { NONE: "公开演练", SINGLE_BLIND: "单盲演练", DOUBLE_BLIND: "双盲演练" },
  conn: { lost: "未连接", offline: "连接已断开，正在重新连接…命令将暂存于发件箱。", outbox: "发件箱 {{n}} 条待发送", reconnected: "已重新连接" },
  clock: { paused: "已暂停", running: "进行中", ended: "演练已结束", notStarted: "演练尚未开始：请等待导调开始演练。", speed: "{{x}}倍速", simTime: "演练时间", standby: "待命" },
  tabs: { map: "一张图", inbox: "收件箱", compose: "报告/通知", units: "力量", duties: "时限", log: "命令", site: "现场" },
  findings: { none: "暂未发现问题（未到期的时限不计）" },
  inbox: { empty: "暂无消息", unread: "未读", from: "来自", to: "发往", spot: "随机提问", reply: "回复", ack: "签收", signed: "已签收", sent: "已发", scenario: "情景", scenarioAs: "情景（{{caller}}）", outside: "外部来电" },
  // punctuation that joins words, by language: the English console never shows （）：，
  punct: { colon: "：", comma: "，", list: "、", fields: "；", tagOpen: "【", tagJoin: "·", tagClose: "】" },
  kind: { message: "消息", report: "报告", reportOf: "报告（{{kind}}）", inject: "情景注入", ack: "回执", request: "支援请求" },
  channel: { phone: "电话", radio: "对讲/电台", written: "书面", system: "系统", inPerson: "当面" },
  report: {
    title: "信息报告（第十二条）", kind: "报告类别", initial: "初报", followUp: "续报", final: "终报", mode: "报告方式",
    oral: "口头（电话）", written: "书面", from: "报送单位", chooseTo: "— 请选择 —", to: "报送对象",
    unit: "（一）事故发生单位概况", time: "（二）事故发生时间", location: "（二）事故发生地点", scene: "（二）事故现场情况",
    sequence: "（三）事故的简要经过", casualties: "（四）伤亡人数（含下落不明）", deaths: "死亡", seriousInjuries: "重伤（含急性工业中毒）",
    injured: "受伤", missing: "下落不明", unknown: "未知", lossCNY: "（四）初步估计直接经济损失（元）",
    measures: "（五）已经采取的措施（每行一条）", cause: "原因（可不报：快报事实，慎报原因）", other: "（六）其他应当报告的情况",
    missingFields: "以下要素未填：{{fields}}。初报应尽量齐全；确认仍要发送吗？",
    send: "发送报告", sendAnyway: "仍然发送", complete: "要素齐全",
  },
  message: { title: "通知 / 消息", to: "发往", text: "内容", channel: "方式", send: "发送" },
  ack: { title: "签收", to: "回执给", send: "签收" },
  units: {
    title: "本单位力量", status: "状态", eta: "预计到达", arrivesIn: "约 {{t}}后到达", hm: "{{h}}小时{{m}}分", ms: "{{m}}分{{s}}秒", m: "{{m}}分钟", s: "{{s}}秒", none: "本单位无可调派力量", dispatch: "调派", recall: "召回",
    place: "目的地", task: "任务", target: "目标部位", selectUnits: "选择力量", pickOnMap: "在图上点选目的地", tapToSend: "点地点可向该处派遣力量",
    picked: "已选：{{place}}", wind: "风向{{deg}}°、风速{{ms}}米/秒",
  },
  status: {
    available: "在站待命", turningOut: "出动中", enRoute: "途中", settingUp: "到场展开", working: "作业中", onScene: "在现场", returning: "返回中",
  },
  actions: {
    title: "处置措施", cordon: "设置警戒区", evacuate: "组织疏散", shelter: "就地避险", warning: "发布预警", activateResponse: "启动应急响应",
    requestSupport: "请求支援", place: "中心位置", radiusM: "半径（米）", destination: "安置点", level: "级别", from: "请求单位",
    unitType: "力量类型", count: "数量", text: "预警内容", responseLevel: "{{n}}级响应", send: "下达",
  },
  warn: { blue: "蓝色", yellow: "黄色", orange: "橙色", red: "红色" },
  duties: { title: "本单位时限", none: "暂无时限", left: "剩余 {{t}}", overdue: "已超时 {{t}}", met: "已完成", late: "迟报/迟到", missed: "未完成", open: "待办", deadline: "时限", ownerSep: "：", toldByOther: "已由{{who}}告知", told: "获知事故信息（其职责：{{text}}）" },
  cmd: {
    title: "命令状态", pending: "发送中", acked: "已记录 #{{seq}}", ackedPlain: "已记录", rejected: "被拒绝：{{reason}}", queued: "在发件箱",
  },
  reject: {
    unknownAgency: "没有这个单位", unknownUnit: "没有这支力量", unknownPlace: "没有这个地点", unknownGroup: "没有这群人员",
    unknownInject: "没有这条情景注入", notOwner: "这支力量不属于本单位", notAllowed: "本单位无此权限", unitBusy: "力量正在执行任务",
    unitNotDeployed: "力量未出动", unreachable: "道路不可达", badValue: "数值不正确", drillEnded: "演练已结束",
    badCommand: "命令内容不完整或格式不正确", badMessage: "消息格式不正确", badId: "命令编号不正确", idReused: "命令编号已用于另一条命令，此命令未被接受，请重新下达", directorOnly: "只有导调可以下达此命令", unknownTask: "没有这项任务", unknownSpot: "现场没有这个部位", duplicateUnit: "同一力量重复选择", reportToSelf: "不能向本单位报告", noRecipient: "请选择接收单位", noTarget: "请选择对象或范围", injectAlreadyDelivered: "该情景已注入", unknownType: "未知的消息类型", tooLarge: "内容过长", unknownName: "没有这个名称", internal: "服务器未能执行，演练继续", offline: "连接已断开",
    invalid: "命令格式不正确", unauthorized: "无权下达此命令", rateLimited: "操作过于频繁，请稍候", unknown: "命令未被接受",
    revoked: "参演码已被导调收回，连接已断开", outsideDrill: "时间不在演练时段内", blankText: "必填的文字为空（只有空格也不算填写）", textTooLong: "文字超过长度上限", hiddenChars: "文字中有不可见的控制字符（如文字方向控制符），请删除后重新发送", blankReport: "报告内容为空：请至少填写一项（如事故现场情况、伤亡人数或已采取的措施）",
  },
  map: { legend: "图例", unitsDot: "力量", incident: "事发地点", reading: "监测读数", cordon: "警戒区", warning: "预警范围", erg: "初始隔离区 / 防护行动区", puff: "毒气团" },
  site: { mine: "井下巷道剖面（水位）", school: "教学楼平面（烟气与火情）", floor: "{{n}}层", depth: "水深 {{cm}} cm", people: "{{n}}人", none: "本单位在现场没有观察力量" },
  director: {
    title: "导调台", board: "时限看板", injects: "情景注入", fire: "立即注入", free: "自由注入", freeText: "注入内容", freeTo: "发往席位",
    spot: "随机提问", spotText: "提问内容", seats: "席位", connected: "在线", offline: "离线", person: "人员", bot: "机器人", switchTo: "切换为{{to}}",
    seatsEnded: "演练已结束：席位不再切换为机器人，也不再收回或重新发码。", reissue: "收回并重新发码", reissueConfirm: "收回“{{seat}}”的参演码并发新码？持旧码的人员会立即断开，须改用新码。", codesElsewhere: "各席位的参演码只在创建演练的那台电脑上保存；如已遗失，可对该席位“收回并重新发码”。", clock: "时钟控制", pause: "暂停", resume: "继续", start: "开始演练", speed: "倍速", jump: "快进", jumpMin: "快进 {{n}} 分钟", forecast: "推演预测", forecastMin: "预测未来（分钟）", forecastInject: "情景事件", forecastDuty: "时限事项",
    run: "推演", minutes: "{{n}} 分钟", end: "结束演练", endConfirm: "确定结束本次演练吗？", fired: "已注入", due: "计划 {{t}}", codes: "参演码", owner: "责任单位",
    omniscient: "全局态势", events: "动态",
  },
  evaluator: {
    title: "评估台", findings: "实时发现", asSeen: "按席位回看", at: "时刻", seat: "席位", show: "查看", observation: "评估记录",
    section: "评估项目", agency: "单位", area: "AQ/T 9009 评估内容", rating: "评定", justification: "依据与说明", save: "保存记录",
    met: "达到", partlyMet: "基本达到", notMet: "未达到", saved: "已保存",
  },
  grade: { title: "事故等级", evacuated: "已疏散", g1: "特别重大（Ⅰ级）", g2: "重大（Ⅱ级）", g3: "较大（Ⅲ级）", g4: "一般（Ⅳ级）" },
  section: { reporting: "信息报告", linkage: "部门联动", dispatch: "力量调派", outcomes: "处置结果" },
  after: { report: "演练评估报告", replay: "回放", hashLocal: "浏览器计算哈希", hashServer: "服务器哈希", match: "一致", differ: "不一致", loading: "正在载入…", codeNeeded: "查看评估报告需要本次演练的导调码或评估码。", code: "导调码或评估码", open: "查看报告", codeRefused: "此码不能查看报告：{{msg}}", replayCodeNeeded: "回放需要本次演练的导调码或评估码；演练结束后，任一参演码均可。", openReplay: "打开回放", replayCodeRefused: "此码不能打开回放：{{msg}}" },
  cmdType: { injectNow: "情景注入", adHocInject: "自由注入", end: "结束演练", other: "其他指令" },
  // director side (导调台, codes page, deadline board): one block, kept together for merges
  dir: {
    notDue: "未到期",
    notify: "通知{{agency}}（其职责：{{text}}）", toldUs: "接到事故通知（本单位职责：{{text}}）",
    arrive: "{{unit}}前往{{place}}：{{text}}", arriveUnit: "{{unit}}：{{text}}",
    alarm: "作为事故报警（告知接收单位发生事故）", needTo: "请至少选择一个接收席位。", needText: "请填写注入内容。",
    botSeat: "模拟（无需参演码）", drill: "演练编号", createdAt: "创建于", scenario: "情景",
    localOnly: "这些链接指向本机地址，手机无法打开：服务器只允许本机访问，或本机未连接局域网。请让服务器监听所有网卡（启动时不设置监听地址）后再发放参演码。",
    fig: {
      generic: { exposed: "受危害暴露" },
      "chemical-leak": { seriousInjuries: "重伤（含急性工业中毒）", exposed: "毒性负荷超过AEGL-2" },
      "mine-flood": { seriousInjuries: "重伤", exposed: "被涌水淹及" },
      "school-fire": { seriousInjuries: "重伤", exposed: "吸入烟气达到伤害阈值" },
    },
  },
  common: { cancel: "取消", ok: "确定", close: "关闭", all: "全部", none: "无", sim: "演练时", wall: "实际时间", loading: "载入中…", error: "出错了：{{msg}}" },
  // seat helper: the end of the drill, field problems, refusals that name their field
  endedBar: {
    title: "演练已结束", at: "结束于 {{wall}}（演练时间 T+{{sim}}）", reportSeat: "评估报告由导调和评估人员查阅；您可查看回放。",
    reportObserver: "评估报告由导调和评估人员查阅。", formsOff: "演练已结束，不能再下达命令、发送报告或消息。", observeAfter: "演练已结束：仍可补记评估记录（时间记为结束时刻）。",
  },
  inboxRead: { all: "全部标为已读" },
  formCheck: {
    blank: "此项不能为空（只有空格也不算填写）", tooLong: "最多 {{max}} 个字，现有 {{length}} 个字", tooManyLines: "最多 {{max}} 行，现有 {{length}} 行",
    noAddressee: "请选择报告对象", figuresIncomplete: "伤亡人数需整组填写：每一项填写人数或勾选“未知”（见上方标红的项）", noRecipient: "请至少选择一个接收单位", blankReport: "报告内容为空：请至少填写一项（如事故现场情况、伤亡人数或已采取的措施）",
    noCode: "请填写参演码", noName: "请填写姓名或岗位", badName: "姓名或岗位须为 1 至 {{max}} 个字", noUnits: "请先勾选要调派或召回的力量", noneDeployed: "所选力量都在站待命，没有可召回的", notPositive: "请填写大于 0 的数", radiusRange: "请填写大于 0、不超过 {{max}} 的数（米）", notCount: "请填写0到{{max}}之间的整数（人），不知道时勾选“未知”", notNegative: "请填写不小于0的数", badTime: "请按 时:分:秒 填写演练时间，分、秒为0到59，如 0:40:00", afterNow: "只能回看已经过去的时刻：请填写0:00:00到{{now}}之间的时间", refused: "未被接受：{{reason}}",
  },
  // newcomer 19 (seat desk): a command's fate, the dispatch check, the map's status marks, a duty's parts; kept together for merges
  deskAid: {
    none: "尚未下达命令", ackedMeans: "服务器已收到并记入演练日志；不是对方的签收",
    cannotDo: "{{unit}}（{{type}}）不能执行“{{task}}”：其能力为{{caps}}。照此派出，评估将记为派错力量。", noCaps: "无", useTask: "改为{{task}}", taskDefault: "任务尚未选择：此处按所勾选力量的能力预选，请确认或改选。",
    marks: "力量状态标记", partsLeft: "尚缺：{{parts}}", partial: "部分完成", notice: "通知{{agency}}",
  },
  // newcomer 21 item 1: a double-blind seat not yet told sees why its lists are empty, and what it can do meanwhile
  standby: {
    why: "本单位尚未接到事件通知（待命）：接到通知后，这里才会列出可选的单位、地点和本单位力量。现在可以向导调发消息。",
    message: "本单位尚未接到事件通知（待命），此时只能发消息给导调；接到通知后可选择其他单位。",
    map: "待命：接到事件通知后显示地图",
  },
  rejectField: { blankText: "{{field}}不能为空（只有空格也不算填写）", textTooLong: "{{field}}最多 {{max}} 个字，现有 {{length}} 个字", hiddenChars: "{{field}}第 {{position}} 个字是不可见的控制字符（{{char}}，如文字方向控制符），请删除后重新发送" },
};
export type Catalogue = typeof zh;
