// subsidycalc's page: a form built from the Firm JSON Schema; the results are what the JSON API returns.
"use strict";

const T = {
  en: {title: "Beijing 2020 COVID-19 enterprise relief", firm: "Your firm", estimate: "Estimate", clear: "Clear",
       upload: "Load a profile (JSON)", total: "Total relief", yuan: "yuan", awards: "Measures",
       questions: "What to tell us next", calendar: "Where and by when to apply", as_of: "As of",
       hint: "Fill in what you know; leave a field empty when you do not know it (unknown is never counted as zero).",
       footer: "Every amount cites the sentence of the policy text it rests on. This page runs on your machine; nothing is sent elsewhere.",
       add: "add", remove: "remove", unknown: "— unknown —", yes: "yes", no: "no", more: "More sections",
       eligible: "eligible", undetermined: "undetermined", ineligible: "ineligible", range: "range",
       explanation: "explanation", sources: "sources", inkind: "in kind", open: "amount open", none: "nothing missing",
       problems: "Please correct the profile:", measures: "measures", thenAsked: "then asked", noDeadline: "no deadline",
       office: "office", tel: "tel."},
  zh: {title: "北京市2020年新冠肺炎疫情企业纾困政策", firm: "企业信息", estimate: "测算", clear: "清空",
       upload: "载入企业档案（JSON）", total: "可享受支持合计", yuan: "元", awards: "各项措施",
       questions: "接下来请补充的信息", calendar: "申请渠道与期限", as_of: "日期",
       hint: "填写已知信息；不知道的请留空（未知不会按零计算）。",
       footer: "每个金额均注明所依据的政策原文。本页面在您的电脑上运行，不会向外发送数据。",
       add: "添加", remove: "删除", unknown: "— 未知 —", yes: "是", no: "否", more: "更多信息",
       eligible: "可享受", undetermined: "待定", ineligible: "不适用", range: "区间",
       explanation: "计算说明", sources: "出处", inkind: "非现金", open: "金额未定", none: "信息已完整",
       problems: "请修改以下内容：", measures: "项措施", thenAsked: "之后还需", noDeadline: "无截止日期",
       office: "受理单位", tel: "电话"},
};
// the sections a person fills first; the rest are collapsed
const COMMON = ["name", "district", "industry", "size", "employees", "revenue", "assets", "ownership", "established_on",
                "tax_district"];
let lang = "en", schema = null, lastBody = null;
const $ = (s) => document.querySelector(s);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids) if (k) e.append(k);
  return e;
};
const t = (k) => (T[lang][k] ?? k);

function resolve(s) {
  if (!s) return s;
  if (s.$ref) return resolve(schema.$defs[s.$ref.split("/").pop()]);
  if (s.anyOf) {
    const real = s.anyOf.filter((x) => x.type !== "null");
    if (real.length === 1) return Object.assign({}, resolve(real[0]), {description: s.description || real[0].description});
    return Object.assign({}, s, {type: "string"});
  }
  return s;
}

function leaf(path, name, s) {
  const id = "f-" + path;
  let input;
  if (s.enum) {
    input = el("select", {id, name: path}, el("option", {value: "", text: t("unknown")}),
               ...s.enum.map((v) => el("option", {value: v, text: v})));
  } else if (s.type === "boolean") {
    input = el("select", {id, name: path, "data-kind": "bool"}, el("option", {value: "", text: t("unknown")}),
               el("option", {value: "true", text: t("yes")}), el("option", {value: "false", text: t("no")}));
  } else if (s.format === "date") {
    input = el("input", {id, name: path, type: "date"});
  } else if (s.type === "integer") {
    input = el("input", {id, name: path, type: "number", step: "1", min: s.minimum, max: s.maximum, "data-kind": "int"});
  } else if (s.type === "array") {
    input = el("input", {id, name: path, type: "text", placeholder: "a, b", "data-kind": "list"});
  } else {
    const numeric = (s["x-kind"] || "").match(/^(money|headcount|rate|signed|area)/);
    input = el("input", {id, name: path, type: "text", inputmode: numeric ? "decimal" : "text",
                         "data-kind": numeric ? "decimal" : "text"});
  }
  return el("div", {class: "field", title: s.description || ""}, el("label", {for: id, text: name}), input);
}

function objectFields(path, s) {
  const box = el("div");
  for (const [name, sub] of Object.entries(s.properties || {})) box.append(field(path ? path + "." + name : name, name, sub));
  return box;
}

function field(path, name, raw) {
  const s = resolve(raw);
  if (s.type === "array" && s.items && (s.items.$ref || s.items.properties)) {
    const itemSchema = resolve(s.items);
    const list = el("div", {class: "list", "data-list": path});
    const add = el("button", {type: "button", class: "add", "data-add": path, text: `+ ${t("add")} ${name}`,
                              onclick: () => addItem(list, path, itemSchema)});
    const box = el("fieldset", {}, el("legend", {text: name, title: raw.description || ""}), list, add);
    const known = el("label", {class: "muted"}, el("input", {type: "checkbox", "data-none": path}),
                     ` ${lang === "zh" ? "没有（空列表）" : "none (an empty list)"}`);
    box.append(known);
    return box;
  }
  if (s.type === "object" || s.properties) {
    return el("details", {"data-section": path}, el("summary", {text: name, title: s.description || ""}),
              objectFields(path, s));
  }
  return leaf(path, name, s);
}

function addItem(list, path, itemSchema) {
  const i = list.children.length;
  const item = el("div", {class: "item", "data-item": `${path}.${i}`});
  item.append(el("div", {class: "muted", text: `${path} #${i + 1}`}), objectFields(`${path}.${i}`, itemSchema));
  list.append(item);
  return item;
}

function buildForm() {
  const form = $("#form");
  form.replaceChildren();
  const props = schema.properties;
  for (const name of COMMON) if (props[name]) form.append(field(name, name, props[name]));
  const more = el("details", {open: false}, el("summary", {text: t("more")}));
  for (const [name, s] of Object.entries(props)) if (!COMMON.includes(name)) more.append(field(name, name, s));
  form.append(more);
}

function setPath(obj, path, value) {
  const parts = path.split(".");
  let cur = obj;
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    const key = /^\d+$/.test(p) ? Number(p) : p;
    if (last) { cur[key] = value; return; }
    if (cur[key] === undefined || cur[key] === null) cur[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    cur = cur[key];
  });
}

function collect() {
  const out = {};
  for (const box of document.querySelectorAll("[data-none]")) if (box.checked) setPath(out, box.dataset.none, []);
  for (const item of document.querySelectorAll("[data-item]")) setPath(out, item.dataset.item, {});
  for (const input of document.querySelectorAll("#form [name]")) {
    const v = input.value.trim();
    if (v === "") continue;
    const kind = input.dataset.kind;
    const value = kind === "bool" ? v === "true" : kind === "int" ? Number(v) :
      kind === "list" ? v.split(",").map((x) => x.trim()).filter(Boolean) : v;
    setPath(out, input.name, value);
  }
  // items left empty stay (an item with every field unknown), sub-sections left empty are dropped
  return out;
}

function fill(profile) {
  buildForm();
  const walk = (prefix, value) => {
    if (Array.isArray(value) && (value.length === 0 || typeof value[0] === "object")) {
      const list = document.querySelector(`[data-list="${prefix}"]`);
      if (!list) return;
      if (value.length === 0) { document.querySelector(`[data-none="${prefix}"]`).checked = true; return; }
      value.forEach((item, i) => {
        document.querySelector(`[data-add="${prefix}"]`).click();
        walk(`${prefix}.${i}`, item);
      });
      list.closest("details")?.setAttribute("open", "");
      return;
    }
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
      document.querySelector(`[data-section="${prefix}"]`)?.setAttribute("open", "");
      return;
    }
    const input = document.querySelector(`#form [name="${CSS.escape(prefix)}"]`);
    if (!input) return;
    input.value = Array.isArray(value) ? value.join(", ") : String(value);
    input.closest("details")?.setAttribute("open", "");
  };
  walk("", profile);
}

async function post(url, body) {
  const r = await fetch(url, {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)});
  const data = await r.json();
  if (!r.ok) throw Object.assign(new Error("request failed"), {status: r.status, detail: data.detail});
  return data;
}

const money = (s) => Number(s).toLocaleString("en-US", {minimumFractionDigits: 2, maximumFractionDigits: 2});

function showErrors(detail) {
  const box = $("#errors");
  box.hidden = false;
  const list = Array.isArray(detail) ? detail : [{field: "", problem: String(detail)}];
  box.replaceChildren(el("strong", {text: t("problems")}), el("ul", {}, ...list.map((p) =>
    el("li", {text: `${p.field}: ${p.problem}` + (p.suggestions && p.suggestions.length ?
      ` — did you mean ${p.suggestions.join(" / ")}?` : "")}))));
}

function awardRow(a) {
  const title = lang === "zh" ? a.title_zh : a.title_en;
  const kindless = a.status === "eligible" && !a.quantified ? t("open") :
    a.status === "eligible" && Number(a.high) === 0 && ["deferral", "fee_waiver", "other"].includes(a.kind) ? t("inkind") :
    a.status === "eligible" ? money(a.amount) + (a.low !== a.high ? ` (${money(a.low)}–${money(a.high)})` : "") : "—";
  const sources = el("details", {}, el("summary", {text: t("sources")}), ...a.sources.map((s) =>
    el("div", {}, el("div", {class: "muted", text: `${s.title} ${s.doc_no || ""} ${s.lines}`}),
       el("blockquote", {text: s.quote}))));
  return el("div", {class: "award", "data-measure": a.measure_id},
    el("div", {class: "head"}, el("span", {class: "status-" + a.status, text: t(a.status)}),
       el("span", {text: title}), el("code", {class: "muted", text: a.measure_id}),
       el("span", {class: "amount", text: kindless})),
    a.explanation ? el("details", {}, el("summary", {text: t("explanation")}), el("pre", {text: a.explanation})) : null,
    sources);
}

async function run() {
  $("#errors").hidden = true;
  const body = collect();
  lastBody = body;
  $("#results").hidden = false;
  let report;
  try {
    report = await post(`/api/estimate?lang=${lang}`, body);
  } catch (e) {
    showErrors(e.detail);
    $("#summary").hidden = true;
    return;
  }
  $("#summary").hidden = false;
  $("#total").textContent = money(report.total);
  $("#range").textContent = report.total_low !== report.total_high ?
    `(${t("range")} ${money(report.total_low)} – ${money(report.total_high)})` : "";
  $("#counts").textContent = ["eligible", "undetermined", "ineligible"].map((s) => `${report.counts[s]} ${t(s)}`).join(" · ");
  $("#awards").replaceChildren(...report.awards.filter((a) => a.status !== "ineligible").map(awardRow));
  const qs = await post("/api/questions", body);
  const now = qs.questions.filter((q) => !q.asked_after.length);
  $("#questions").replaceChildren(...(now.length ? now.map((q) => el("li", {},
    el("code", {text: q.path}), ` [${q.kind}${q.values.length ? ": " + q.values.join(" | ") : ""}] — `,
    el("strong", {text: lang === "zh" ? (Number(q.up_to) ? `最多 ${money(q.up_to)} 元` : q.value) : q.value}),
    ` · ${q.measures.length} ${t("measures")}`, el("div", {class: "muted", text: q.description}),
    q.then.length ? el("div", {class: "muted", text: `${t("thenAsked")}: ${q.then.join(", ")}`}) : null))
    : [el("li", {text: t("none")})]));
  await calendar();
}

async function calendar() {
  if (!lastBody) return;
  const as_of = $("#as-of").value;
  const cal = await post(`/api/calendar?as_of=${encodeURIComponent(as_of)}`, lastBody);
  $("#calendar").replaceChildren(...cal.entries.map((e) => el("div", {class: "award"},
    el("div", {class: "head"}, el("strong", {text: e.state.replaceAll("_", " ")}),
       el("span", {text: lang === "zh" ? e.title_zh : e.title_en}), el("span", {class: "muted", text: e.words})),
    ...e.how_to_apply.offices.map((o) => el("div", {class: "muted", text: `${t("office")}: ${o.value}`})),
    ...e.how_to_apply.contacts.map((c) => el("div", {class: "muted", text: `${t("tel")}: ${c.who} ${c.phones.join(", ")}`})))));
}

function setLang(l) {
  lang = l;
  document.documentElement.lang = l === "zh" ? "zh-CN" : "en";
  for (const n of document.querySelectorAll("[data-t]")) n.textContent = t(n.dataset.t);
  const keep = collect();
  fill(keep);
  if (lastBody && !$("#results").hidden) run();
}

async function main() {
  schema = await (await fetch("/api/schema")).json();
  buildForm();
  $("#estimate").addEventListener("click", run);
  $("#clear").addEventListener("click", () => { buildForm(); $("#results").hidden = true; });
  $("#as-of").addEventListener("change", calendar);
  $("#lang-en").addEventListener("click", () => setLang("en"));
  $("#lang-zh").addEventListener("click", () => setLang("zh"));
  $("#upload").addEventListener("change", async (ev) => {
    const file = ev.target.files[0];
    if (!file) return;
    try { fill(JSON.parse(await file.text())); } catch (e) { showErrors([{field: file.name, problem: String(e)}]); $("#results").hidden = false; }
  });
  document.body.dataset.ready = "1";
}
main();
