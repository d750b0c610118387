/*
 * The evaluation report's charts and language switch (runs in the browser; plain ES2019, no
 * modules, inlined into the standalone HTML after echarts.min.js). Reads the chart data from
 * <script id="report-data">, draws four ECharts charts with the SVG renderer (sharp in PDF),
 * and redraws them when the reader switches between 中文 and English.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var charts = {};
  var FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
  var STATUS = { met: "#2e7d32", late: "#ef6c00", missed: "#c62828", open: "#90a4ae" };
  var NODE = { prompt: "#2e7d32", late: "#ef6c00", idle: "#c62828", notNotified: "#9e9e9e", notifiedOnly: "#1565c0", acted: "#2e7d32", notActed: "#c62828", other: "#1565c0", source: "#6a1b9a" };

  function lang() { return document.body.getAttribute("data-lang") === "en" ? "en" : "zh"; }
  function tx(o) { return o[lang()]; }
  function T(zh, en) { return lang() === "zh" ? zh : en; }
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function wall(min) {
    var s = Math.round(data.startS + min * 60);
    s = ((s % 86400) + 86400) % 86400;
    return pad(Math.floor(s / 3600)) + ":" + pad(Math.floor((s % 3600) / 60));
  }
  function endMax() { return Math.max(10, Math.ceil(data.endMin / 10) * 10); }
  function timeAxis() {
    return { type: "value", min: 0, max: endMax(), axisLabel: { formatter: function (v) { return wall(v); }, fontSize: 10 }, splitLine: { lineStyle: { type: "dashed", color: "#e0e0e0" } } };
  }
  function base(title) {
    return { animation: false, textStyle: { fontFamily: FONT }, title: { text: title, left: 0, textStyle: { fontSize: 13, fontWeight: "bold" } }, tooltip: { confine: true } };
  }

  function obligationsOption() {
    var rows = data.obligations.slice().reverse();
    var o = base(T("报告、履职与到场义务：时限窗口与完成时间", "Reporting, action and arrival obligations: deadline windows and completion"));
    // every colour on the chart has its legend entry: a late one (迟报) is orange, a missed one red;
    // the late bar and the late completion mark share one name, so one entry shows and hides both
    var WINDOW = T("时限窗口", "Deadline window"), MET = T("按时完成", "Met on time"), LATE = T("迟报/迟于时限完成", "Late (met after the deadline)"), MISSED = T("超时未完成", "Missed (overdue, not met)");
    o.legend = { top: 30, data: [WINDOW, MET, LATE, MISSED] };
    o.grid = { left: 10, right: 20, top: 64, bottom: 24, containLabel: true };
    o.xAxis = timeAxis();
    o.yAxis = { type: "category", data: rows.map(function (r) { return tx(r.label); }), axisLabel: { fontSize: 9 } };
    o.tooltip.formatter = function (p) {
      var r = rows[p.seriesType === "scatter" ? p.data.row : p.dataIndex];
      var st = { met: T("按时完成", "met on time"), late: T("迟于时限完成", "met late"), missed: T("超时未完成", "missed"), open: T("未到期", "open") }[r.status];
      return tx(r.label) + "<br>" + T("开始 ", "opened ") + wall(r.openedMin) + T("，时限 ", ", due ") + wall(r.deadlineMin) + (r.metMin !== null ? T("，完成 ", ", met ") + wall(r.metMin) : "") + "<br>" + st;
    };
    function overdue(status, until) {
      return rows.map(function (r) { return r.status === status ? Math.max(0, until(r) - r.deadlineMin) : 0; });
    }
    function done(status) {
      return rows.map(function (r, i) { return r.metMin !== null && r.status === status ? { value: [r.metMin, i], row: i } : null; }).filter(function (x) { return x !== null; });
    }
    o.series = [
      { type: "bar", stack: "o", silent: true, barWidth: 7, itemStyle: { color: "rgba(0,0,0,0)" }, data: rows.map(function (r) { return r.openedMin; }) },
      { type: "bar", stack: "o", name: WINDOW, barWidth: 7, itemStyle: { color: "#b0bec5" }, data: rows.map(function (r) { return Math.max(0, r.deadlineMin - r.openedMin); }) },
      // a row is late or missed, never both: stacked after the window, only one of the two is non-zero
      { type: "bar", stack: "o", name: LATE, barWidth: 7, itemStyle: { color: STATUS.late }, data: overdue("late", function (r) { return r.metMin; }) },
      { type: "bar", stack: "o", name: MISSED, barWidth: 7, itemStyle: { color: STATUS.missed }, data: overdue("missed", function () { return data.endMin; }) },
      { type: "scatter", name: MET, symbolSize: 7, itemStyle: { color: STATUS.met }, data: done("met") },
      { type: "scatter", name: LATE, symbolSize: 7, itemStyle: { color: STATUS.late }, data: done("late") }
    ];
    return o;
  }

  function linkageOption() {
    var nodes = data.linkage.nodes;
    var idx = {};
    nodes.forEach(function (n, i) { idx[n.id] = i; });
    var never = endMax();
    var o = base(T("部门联动：谁在何时通知了谁（节点位置 = 首次获知时间）", "Linkage: who told whom, when (node position = first told)"));
    o.grid = { left: 10, right: 30, top: 40, bottom: 24, containLabel: true };
    o.xAxis = timeAxis();
    o.yAxis = { type: "category", data: nodes.map(function (n) { return tx(n.name); }), axisLabel: { fontSize: 10 } };
    o.tooltip.formatter = function (p) {
      if (p.dataType === "edge") {
        var e = p.data.raw;
        return tx(nodes[idx[e.from]].name) + " → " + tx(nodes[idx[e.to]].name) + "<br>" + T("首次 ", "first ") + wall(e.firstMin) + T("，共 ", ", ") + e.count + T(" 次", " times") + " (" + e.kinds.map(tx).join(", ") + ")";
      }
      var n = nodes[p.dataIndex];
      return tx(n.name) + "<br>" + (n.notifiedMin === null ? T("始终未获知", "never told") : T("首次获知 ", "first told ") + wall(n.notifiedMin));
    };
    // each node's colour is a category with its legend entry (what became of that agency's linkage duty)
    var cats = [
      { key: "source", name: T("情景注入（信息源）", "Scenario (source)"), color: NODE.source },
      { key: "acted", name: T("按时行动", "Acted in time"), color: NODE.acted },
      { key: "late", name: T("迟于时限行动", "Acted late"), color: NODE.late },
      { key: "idle", name: T("获知未行动（联而不动）", "Told, did not act"), color: NODE.idle },
      { key: "told", name: T("获知（无行动时限）", "Told (no duty to act)"), color: NODE.other },
      { key: "never", name: T("未获通知", "Not notified"), color: NODE.notNotified }
    ];
    var CAT = { source: 0, prompt: 1, acted: 1, late: 2, idle: 3, notActed: 3, notifiedOnly: 4, other: 4, notNotified: 5 };
    function category(n) { return n.notifiedMin === null ? 5 : CAT[n.status] !== undefined ? CAT[n.status] : 4; }
    var used = cats.filter(function (c, k) { return nodes.some(function (n) { return category(n) === k; }); });
    o.legend = { top: 30, data: used.map(function (c) { return c.name; }) };
    o.grid.top = 64;
    o.series = [{
      type: "graph", coordinateSystem: "cartesian2d", edgeSymbol: ["none", "arrow"], edgeSymbolSize: 6,
      categories: cats.map(function (c) { return { name: c.name, itemStyle: { color: c.color } }; }),
      data: nodes.map(function (n, i) {
        // the time an agency was first told stands beside its node, one node per row, so no two
        // time labels share a line (on the arrows they piled up where several were told in one minute)
        var timed = n.notifiedMin !== null && n.status !== "source";
        // (placed clear of the arrows once drawn: placeLinkageLabels)
        return { name: n.id, value: [n.notifiedMin === null ? never : n.notifiedMin, i], symbolSize: NODE_R * 2, category: category(n), label: { show: timed, position: "right", distance: LABEL_GAP, formatter: timed ? wall(n.notifiedMin) : "", fontSize: LABEL_FONT, color: "#37474f", textBorderColor: "#fff", textBorderWidth: 2 } };
      }),
      links: data.linkage.edges.filter(function (e) { return idx[e.from] !== undefined && idx[e.to] !== undefined; }).map(function (e) {
        var target = nodes[idx[e.to]];
        var first = target.notifiedMin !== null && Math.abs(target.notifiedMin - e.firstMin) < 0.01;
        return {
          source: e.from, target: e.to, raw: e,
          lineStyle: { width: first ? 2 : 1, opacity: first ? 0.9 : 0.35, type: e.from === "scenario" ? "dashed" : "solid", color: first ? "#37474f" : "#90a4ae", curveness: bend(idx[e.from], idx[e.to]) },
          label: { show: false }
        };
      }),
      label: { show: false },
      // a backstop for a crowded drawing (a narrow print page): a label that would still touch another is hidden
      labelLayout: { hideOverlap: true }
    }];
    return o;
  }

  /*
   * The linkage chart's time labels placed where no arrow crosses them (round 23 item 5: beside each node on its right,
   * arrows leaving or passing a node ran through its 09:31). Geometry in the chart's pixels: a node at its data point
   * (convertToPixel), radius 6 (symbolSize 12); an arrow the quadratic curve ECharts draws for curveness c between node
   * centres p1 → p2, control point ((x1+x2)/2 − (y1−y2)·c, (y1+y2)/2 − (x2−x1)·c) (echarts graph/simpleLayoutHelper; c: bend),
   * sampled every ≈1 px and widened by the arrowhead's half-width. Each label tries, in order, right of its node, left
   * of it, above, below, then further right, each a little up or down, and takes the first spot that no arrow, node,
   * other label or the axis touches (the fewest crossings if none is clear).
   */
  var CURVENESS = 0.15, NODE_R = 6, LABEL_FONT = 9, LABEL_GAP = 4, ARROW_HALF = 4;
  /**
   * An arrow's curveness from row `from` to row `to` (rows count up the chart, pixels down it): its bulge always to
   * the right, into the plot, so an arrow between nodes told at the start never swings left over the agencies' names
   * on the axis (round 23 item 5); the two arrows of a pair that told each other share one curve, a head at each end.
   */
  function bend(from, to) { return from > to ? CURVENESS : -CURVENESS; }
  var measureCtx = null;
  function textWidth(text) {
    if (!measureCtx) measureCtx = document.createElement("canvas").getContext("2d");
    measureCtx.font = LABEL_FONT + "px " + FONT;
    return measureCtx.measureText(text).width;
  }
  function linkageTimed(n) { return n.notifiedMin !== null && n.status !== "source"; }
  function linkageLinks() {
    var idx = {};
    data.linkage.nodes.forEach(function (n, i) { idx[n.id] = i; });
    return data.linkage.edges.filter(function (e) { return idx[e.from] !== undefined && idx[e.to] !== undefined; }).map(function (e) { return [idx[e.from], idx[e.to]]; });
  }
  /** Points along every arrow, in pixels, given the nodes' pixel centres `at`. */
  function arrowPoints(at) {
    var pts = [];
    linkageLinks().forEach(function (l) {
      var p1 = at[l[0]], p2 = at[l[1]];
      var c = bend(l[0], l[1]);
      var cp = [(p1[0] + p2[0]) / 2 - (p1[1] - p2[1]) * c, (p1[1] + p2[1]) / 2 - (p2[0] - p1[0]) * c];
      var len = Math.abs(p2[0] - p1[0]) + Math.abs(p2[1] - p1[1]) + 1;
      var n = Math.ceil(len);
      for (var k = 0; k <= n; k++) {
        var t = k / n, u = 1 - t;
        pts.push([u * u * p1[0] + 2 * u * t * cp[0] + t * t * p2[0], u * u * p1[1] + 2 * u * t * cp[1] + t * t * p2[1]]);
      }
    });
    return pts;
  }
  /** Each node's label spot { position, offset } for its time label (undefined: no label), computed on `chart` as drawn. */
  function linkageLabelSpots(chart) {
    var nodes = data.linkage.nodes, never = endMax();
    var at = nodes.map(function (n, i) { return chart.convertToPixel({ gridIndex: 0 }, [n.notifiedMin === null ? never : n.notifiedMin, i]); });
    var left = chart.convertToPixel({ gridIndex: 0 }, [0, 0])[0], width = chart.getWidth();
    var arrows = arrowPoints(at);
    var placed = [];
    var H = LABEL_FONT + 2;
    function hits(r) {
      var c = 0, pad = ARROW_HALF;
      arrows.forEach(function (p) { if (p[0] > r.x - pad && p[0] < r.x + r.w + pad && p[1] > r.y - pad && p[1] < r.y + r.h + pad) c++; });
      at.forEach(function (p) { if (p[0] > r.x - NODE_R - 1 && p[0] < r.x + r.w + NODE_R + 1 && p[1] > r.y - NODE_R - 1 && p[1] < r.y + r.h + NODE_R + 1) c += 100; });
      placed.forEach(function (q) { if (r.x < q.x + q.w + 1 && q.x < r.x + r.w + 1 && r.y < q.y + q.h + 1 && q.y < r.y + r.h + 1) c += 100; });
      if (r.x < left + 1 || r.x + r.w > width - 1) c += 1000;
      return c;
    }
    return nodes.map(function (n, i) {
      if (!linkageTimed(n)) return undefined;
      var w = textWidth(wall(n.notifiedMin)), p = at[i], best;
      var side = NODE_R + LABEL_GAP;
      var spots = [];
      // beside the node first (right, left, above, below), then along its own row to the right, a little up or down
      [0, -6, 6, -11, 11].forEach(function (dy) {
        spots.push({ position: "right", r: { x: p[0] + side, y: p[1] - H / 2 + dy, w: w, h: H } });
        spots.push({ position: "left", r: { x: p[0] - side - w, y: p[1] - H / 2 + dy, w: w, h: H } });
      });
      [0, -10, 10].forEach(function (dx) {
        spots.push({ position: "top", r: { x: p[0] - w / 2 + dx, y: p[1] - side - H, w: w, h: H } });
        spots.push({ position: "bottom", r: { x: p[0] - w / 2 + dx, y: p[1] + side, w: w, h: H } });
      });
      for (var dx = 6; dx <= 200; dx += 6) {
        [0, -6, 6, -11, 11].forEach(function (dy) { spots.push({ position: "right", r: { x: p[0] + side + dx, y: p[1] - H / 2 + dy, w: w, h: H } }); });
      }
      spots.forEach(function (s) { s.cost = hits(s.r); if (!best || s.cost < best.cost) best = s; });
      // the first clear spot in the order above (the nearest to the node), else the least crossed
      var clear = spots.filter(function (s) { return s.cost === 0; })[0] || best;
      placed.push(clear.r);
      // ECharts places a label given as [x, y] from the top-left of its node's symbol box, anchored at its own top-left
      return { position: [clear.r.x - (p[0] - NODE_R), clear.r.y - (p[1] - NODE_R)], align: "left", verticalAlign: "top", side: clear.position, cost: clear.cost, rect: clear.r };
    });
  }
  function placeLinkageLabels(chart) {
    var spots = linkageLabelSpots(chart);
    // for the geometry tests (tests/report/linkage-arrows.test.ts): where each label went
    window.__linkageLabels = spots;
    var series = chart.getOption().series[0];
    chart.setOption({ series: [{ data: series.data.map(function (d, i) { return spots[i] ? Object.assign({}, d, { label: Object.assign({}, d.label, { position: spots[i].position, align: spots[i].align, verticalAlign: spots[i].verticalAlign }) }) : d; }) }] });
  }

  function unitsOption() {
    var rows = data.units.slice().reverse();
    var o = base(T("力量调派时间线：出动、途中、到场准备、作业", "Dispatch timeline: turn-out, travel, set-up, work"));
    var names = [T("出动", "Turn-out"), T("途中", "Travel"), T("到场准备", "Set-up"), T("作业", "Working"), T("无法执行 / 闲置", "Cannot do task / idle")];
    o.legend = { top: 30, data: names };
    o.grid = { left: 10, right: 20, top: 64, bottom: 24, containLabel: true };
    o.xAxis = timeAxis();
    o.yAxis = { type: "category", data: rows.map(function (r) { return tx(r.label); }), axisLabel: { fontSize: 9 } };
    function seg(from, to) { return from === null || to === null ? 0 : Math.max(0, to - from); }
    function stop(r) { return r.end === "failed" ? (r.idleToMin !== null ? r.idleToMin : r.endMin) : r.endMin; }
    var phases = [
      function (r) { return seg(r.dispatchedMin, r.departedMin !== null ? r.departedMin : (r.arrivedMin !== null ? r.arrivedMin : r.endMin)); },
      function (r) { return r.departedMin === null ? 0 : seg(r.departedMin, r.arrivedMin !== null ? r.arrivedMin : r.endMin); },
      function (r) { return r.arrivedMin === null ? 0 : seg(r.arrivedMin, r.workFromMin !== null ? r.workFromMin : r.endMin); },
      function (r) { return r.workFromMin === null ? 0 : seg(r.workFromMin, r.endMin); },
      function (r) { return r.end === "failed" ? seg(r.endMin, stop(r)) : 0; }
    ];
    var colors = ["#90caf9", "#1e88e5", "#ffb300", "#43a047", "#c62828"];
    o.tooltip.formatter = function (p) {
      var r = rows[p.dataIndex];
      return tx(r.label) + "<br>" + T("调派 ", "ordered ") + wall(r.dispatchedMin) + (r.arrivedMin !== null ? T("，到场 ", ", on scene ") + wall(r.arrivedMin) : "") + "<br>" + tx(r.endText);
    };
    o.series = [{ type: "bar", stack: "u", silent: true, barWidth: 8, itemStyle: { color: "rgba(0,0,0,0)" }, data: rows.map(function (r) { return r.dispatchedMin; }) }].concat(
      phases.map(function (f, k) { return { type: "bar", stack: "u", name: names[k], barWidth: 8, itemStyle: { color: colors[k] }, data: rows.map(f) }; })
    );
    return o;
  }

  function outcomesOption() {
    var c = data.outcomes.curve;
    var o = base(T("伤亡与暴露人数随时间变化", "Casualties and exposure over time"));
    var names = [T("死亡", "Dead"), T("重伤", "Seriously injured"), T("受伤", "Injured"), T("受危害暴露", "Exposed to harm")];
    o.legend = { top: 30, data: names };
    o.grid = { left: 10, right: 20, top: 84, bottom: 24, containLabel: true };
    o.xAxis = timeAxis();
    o.yAxis = [{ type: "value", name: T("死亡/重伤", "dead / serious"), minInterval: 1 }, { type: "value", name: T("受伤/暴露", "injured / exposed"), minInterval: 1, splitLine: { show: false } }];
    o.tooltip.trigger = "axis";
    o.tooltip.axisPointer = { type: "line", label: { formatter: function (p) { return wall(p.value); } } };
    var marks = [];
    if (data.outcomes.controlledMin !== null) marks.push({ xAxis: data.outcomes.controlledMin, label: { formatter: T("危险源控制", "Hazard controlled"), fontSize: 10 }, lineStyle: { color: "#2e7d32" } });
    data.outcomes.grades.forEach(function (g) {
      var gn = { 1: T("特别重大", "Grade I"), 2: T("重大", "Grade II"), 3: T("较大", "Grade III"), 4: T("一般", "Grade IV") }[g.to];
      marks.push({ xAxis: g.min, label: { formatter: T("升级：", "Re-graded: ") + gn, fontSize: 10 }, lineStyle: { color: "#c62828" } });
    });
    o.series = [1, 2, 3, 4].map(function (k, i) {
      var s = { type: "line", step: "end", name: names[i], yAxisIndex: k <= 2 ? 0 : 1, showSymbol: false, data: c.map(function (p) { return [p[0], p[k]]; }) };
      if (i === 0 && marks.length > 0) s.markLine = { symbol: "none", silent: true, data: marks };
      return s;
    });
    o.color = ["#212121", "#c62828", "#ef6c00", "#1565c0"];
    return o;
  }

  var BUILD = { "chart-obligations": obligationsOption, "chart-linkage": linkageOption, "chart-units": unitsOption, "chart-outcomes": outcomesOption };

  function drawAll() {
    Object.keys(BUILD).forEach(function (id) {
      var el = document.getElementById(id);
      if (!el) return;
      if (!charts[id]) charts[id] = echarts.init(el, null, { renderer: "svg" });
      charts[id].setOption(BUILD[id](), true);
      if (id === "chart-linkage") placeLinkageLabels(charts[id]);
    });
    document.body.setAttribute("data-charts", String(Object.keys(charts).length));
  }

  function setLang(l) {
    document.body.setAttribute("data-lang", l);
    document.documentElement.setAttribute("lang", l === "zh" ? "zh-CN" : "en");
    var buttons = document.querySelectorAll("[data-set-lang]");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-set-lang") === l));
    // shown in the console's report page (an iframe): the page around it (its 回放 / Replay link) follows the switch
    try { if (window.parent && window.parent !== window) window.parent.postMessage({ lianyanReportLang: l }, "*"); } catch (e) { /* no parent to tell */ }
    drawAll();
  }

  var buttons = document.querySelectorAll("[data-set-lang]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", function (ev) { setLang(ev.currentTarget.getAttribute("data-set-lang")); });
  }
  window.addEventListener("resize", function () {
    Object.keys(charts).forEach(function (id) {
      charts[id].resize();
      if (id === "chart-linkage") placeLinkageLabels(charts[id]);
    });
  });
  setLang(lang());
  window.__reportReady = true;
})();
