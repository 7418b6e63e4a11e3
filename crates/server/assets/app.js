// rasid's web UI: one page, hash routes, plain ES modules, data from the JSON API.
// Routes: #/ (search and overview), #/article/ID, #/events?…, #/dyad?…, #/actor/ID,
// #/network?…, #/review.

import { t, applyLang, toggleLang, currentLang } from "./i18n.js";
import { barLineChart, networkChart, typeColor } from "./charts.js";

const main = document.getElementById("main");
const tip = document.getElementById("tip");

// ---------- helpers ----------

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

async function api(path, params) {
  const qs = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined && v !== false)).toString() : "";
  const r = await fetch(path + (qs ? "?" + qs : ""));
  const body = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function showError(where, e) {
  where.insertAdjacentHTML("beforeend", `<p class="error" role="alert">${esc(t("error"))}: <span dir="auto">${esc(e.message)}</span></p>`);
}

function actorName(a) {
  if (!a) return "—";
  const name = a.name || a.name_ar || a.text;
  const bits = [a.country, a.sector].filter(Boolean).join(" ");
  return `<span dir="auto">${esc(name)}</span>${bits ? ` <small>(${esc(bits)})</small>` : ""}`;
}

function actorLink(a) {
  if (!a) return "—";
  const person = (a.entry || "").split("+").find((p) => p.startsWith("person:"));
  const id = person || (a.country ? "country:" + a.country : null);
  return id ? `<a href="#/actor/${encodeURIComponent(id)}">${actorName(a)}</a>` : actorName(a);
}

function quadName(q) {
  return t("quad." + q);
}

function parseHash() {
  const h = location.hash.replace(/^#/, "") || "/";
  const [path, query] = h.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params: Object.fromEntries(new URLSearchParams(query || "")) };
}

function setParams(route, params) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== false && v !== undefined)).toString();
  location.hash = route + (qs ? "?" + qs : "");
}

function formFields(fields, values) {
  return fields.map(([name, key, type, extra]) => {
    if (type === "checkbox") {
      return `<label><input type="checkbox" name="${name}" ${values[name] === "true" ? "checked" : ""}> ${esc(t(key))}</label>`;
    }
    if (type === "select") {
      return `<label>${esc(t(key))} <select name="${name}">${extra.map(([v, l]) => `<option value="${esc(v)}" ${values[name] === v ? "selected" : ""}>${esc(l)}</option>`).join("")}</select></label>`;
    }
    return `<label>${esc(t(key))} <input name="${name}" type="${type}" value="${esc(values[name] || "")}" ${extra || ""} dir="auto"></label>`;
  }).join("");
}

function readForm(form) {
  const out = {};
  for (const elm of form.elements) {
    if (!elm.name) continue;
    if (elm.type === "checkbox") out[elm.name] = elm.checked ? "true" : "";
    else out[elm.name] = elm.value.trim();
  }
  return out;
}

const PLOVER = ["", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

// ---------- search and overview ----------

async function pageSearch(params) {
  main.innerHTML = `<h1>${esc(t("nav.search"))}</h1>
    <form id="f" class="searchbar" role="search"><input name="q" type="search" dir="auto" value="${esc(params.q || "")}" placeholder="${esc(t("search.placeholder"))}" aria-label="${esc(t("search.go"))}"><button>${esc(t("search.go"))}</button></form>
    <div id="hits"></div><section id="overview"></section>`;
  document.getElementById("f").addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams("#/", { q: ev.target.q.value.trim() });
  });
  const hits = document.getElementById("hits");
  if (params.q) {
    try {
      const r = await api("/api/search", { q: params.q, limit: 50 });
      if (!r.hits.length) hits.innerHTML = `<p class="muted">${esc(t("search.none"))}</p>`;
      else {
        hits.innerHTML = `<p class="muted">${r.hits.length} ${esc(t("search.hits"))}</p><ol class="hits">` + r.hits.map((h) => `
          <li class="hit"><a href="#/article/${encodeURIComponent(h.id)}" dir="auto">${esc(h.title || h.id)}</a>
          <small>${esc(h.date || "")} ${esc(h.source || "")}</small>
          <p class="snippet" dir="auto">${h.parts.map((p) => (p.hit ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join("")}</p></li>`).join("") + "</ol>";
      }
    } catch (e) {
      showError(hits, e);
    }
  }
  const ov = document.getElementById("overview");
  try {
    const [s, a] = await Promise.all([api("/api/stats"), api("/api/articles", { limit: 50 })]);
    const c = s.counts;
    ov.innerHTML = `<h2>${esc(t("stats.title"))}</h2>
      <ul class="cards"><li><b>${c.articles}</b> ${esc(t("stats.articles"))}</li><li><b>${c.events}</b> ${esc(t("stats.events"))}</li>
      <li><b>${c.stories}</b> ${esc(t("stats.stories"))}</li><li><b>${c.clusters}</b> ${esc(t("stats.clusters"))}</li></ul>
      <h2>${esc(t("recent"))}</h2><table class="grid"><thead><tr><th>${esc(t("col.article"))}</th><th>${esc(t("col.date"))}</th><th>${esc(t("col.events"))}</th></tr></thead><tbody>
      ${a.articles.map((x) => `<tr><td><a href="#/article/${encodeURIComponent(x.id)}" dir="auto">${esc(x.title || x.id)}</a></td><td>${esc(x.date || "")}</td><td>${x.events}</td></tr>`).join("")}</tbody></table>`;
  } catch (e) {
    showError(ov, e);
  }
}

// ---------- article ----------

function eventSummary(e) {
  return `${e.source ? e.source.name || e.source.text : "—"} → ${e.target ? e.target.name || e.target.text : "—"}
CAMEO ${e.cameo}${e.cameo_name ? " " + e.cameo_name : ""} · PLOVER ${e.plover.event_type || "—"} · Goldstein ${e.goldstein} · ${quadName(e.quad_class)}
${t("col.date")}: ${e.date || "—"} (${e.date_status})${e.negated ? " · negated" : ""}${e.modality !== "actual" ? " · " + e.modality : ""}
${t("col.rule")}: ${e.rule} · trigger «${e.evidence.trigger}»`;
}

async function pageArticle(id) {
  main.innerHTML = `<p class="muted">${esc(t("loading"))}</p>`;
  let r;
  try {
    r = await api("/api/articles/" + encodeURIComponent(id));
  } catch (e) {
    main.innerHTML = "";
    showError(main, e);
    return;
  }
  const a = r.article;
  const chars = Array.from(a.text);
  // Cut the text at every evidence boundary; each piece knows the events covering it.
  const cuts = new Set([0, chars.length]);
  r.events.forEach((e) => {
    cuts.add(Math.min(e.evidence.start, chars.length));
    cuts.add(Math.min(e.evidence.end, chars.length));
  });
  const bounds = [...cuts].sort((x, y) => x - y);
  let html = "";
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [s, eEnd] = [bounds[i], bounds[i + 1]];
    const piece = esc(chars.slice(s, eEnd).join(""));
    const covering = r.events.map((e, k) => (e.evidence.start <= s && eEnd <= e.evidence.end ? k : -1)).filter((k) => k >= 0);
    if (covering.length) {
      const q = r.events[covering[0]].quad_class;
      html += `<mark class="ev q${q}" tabindex="0" data-events="${covering.join(",")}">${piece}</mark>`;
    } else html += piece;
  }
  main.innerHTML = `<article class="article">
    <h1 dir="auto">${esc(a.title || a.id)}</h1>
    <p class="meta"><span>${esc(a.id)}</span> · <span>${esc(a.date || "—")}</span>${a.source ? " · " + esc(a.source) : ""}${a.url ? ` · <a href="${esc(a.url)}" rel="noreferrer">${esc(a.url)}</a>` : ""}</p>
    <p class="muted">${esc(t("article.hover"))}</p>
    <div class="text" dir="rtl" lang="ar" id="text">${html}</div></article>
    <h2>${esc(t("article.events"))}</h2>
    ${r.events.length ? `<table class="grid" id="article-events"><thead><tr><th>#</th><th>${esc(t("col.date"))}</th><th>${esc(t("col.source"))}</th><th>${esc(t("col.target"))}</th><th>${esc(t("col.cameo"))}</th><th>${esc(t("col.plover"))}</th><th>${esc(t("col.goldstein"))}</th><th>${esc(t("col.status"))}</th><th>${esc(t("col.rule"))}</th></tr></thead><tbody>
    ${r.events.map((e, k) => `<tr data-event="${k}" data-event-id="${esc(e.event_id)}"><td>${k + 1}</td><td>${esc(e.date || "—")}</td><td>${actorLink(e.source)}</td><td>${actorLink(e.target)}</td>
      <td title="${esc(e.cameo_name || "")}">${esc(e.cameo)}</td><td><span class="type" data-type="${esc(e.plover.event_type || "")}">${esc(e.plover.event_type || "—")}</span></td><td>${e.goldstein}</td>
      <td>${esc(e.date_status)}${e.negated ? " · ¬" : ""}${e.modality !== "actual" ? " · " + esc(e.modality) : ""}</td><td><code>${esc(e.rule)}</code></td></tr>`).join("")}</tbody></table>` : `<p class="muted">${esc(t("article.none"))}</p>`}`;
  for (const span of main.querySelectorAll("span.type")) span.style.borderColor = typeColor(span.dataset.type);
  const text = document.getElementById("text");
  const show = (m) => {
    const ks = m.dataset.events.split(",").map(Number);
    tip.textContent = ks.map((k) => `#${k + 1} ${eventSummary(r.events[k])}`).join("\n\n");
    const rect = m.getBoundingClientRect();
    tip.hidden = false;
    tip.style.top = `${window.scrollY + rect.bottom + 6}px`;
    tip.style.left = `${Math.max(8, Math.min(window.scrollX + rect.left, window.innerWidth - 440))}px`;
    for (const row of main.querySelectorAll("tr[data-event]")) row.classList.toggle("on", ks.includes(Number(row.dataset.event)));
  };
  const hide = () => {
    tip.hidden = true;
  };
  for (const m of text.querySelectorAll("mark.ev")) {
    m.addEventListener("mouseenter", () => show(m));
    m.addEventListener("focus", () => show(m));
    m.addEventListener("mouseleave", hide);
    m.addEventListener("blur", hide);
  }
}

// ---------- events table ----------

const EVENT_FILTERS = [
  ["from", "f.from", "date"], ["to", "f.to", "date"], ["actor", "f.actor", "text"], ["country", "f.country", "text", 'size="5"'],
  ["dyad", "f.dyad", "text", 'size="8" placeholder="LBY-TUR"'], ["undirected", "f.undirected", "checkbox"],
  ["type", "f.type", "select", PLOVER.map((p) => [p, p || "—"])], ["cameo", "f.cameo", "text", 'size="4"'],
  ["min_sources", "f.min_sources", "number", 'min="1" size="3"'],
];

async function pageEvents(params) {
  main.innerHTML = `<h1>${esc(t("nav.events"))}</h1>
    <form id="f" class="filters">${formFields(EVENT_FILTERS, params)}<button>${esc(t("f.apply"))}</button></form>
    <p class="downloads">${esc(t("events.download"))} <span id="dl"></span></p>
    <p class="muted">${esc(t("events.sort"))} <span id="count"></span></p>
    <table class="grid" id="events"><thead><tr>
      <th data-k="date">${esc(t("col.date"))}</th><th data-k="source">${esc(t("col.source"))}</th><th data-k="target">${esc(t("col.target"))}</th>
      <th data-k="cameo">${esc(t("col.cameo"))}</th><th data-k="plover">${esc(t("col.plover"))}</th><th data-k="goldstein">${esc(t("col.goldstein"))}</th>
      <th data-k="quad">${esc(t("col.quad"))}</th><th data-k="article">${esc(t("col.article"))}</th><th>${esc(t("col.evidence"))}</th></tr></thead><tbody></tbody></table>
    <button id="more" hidden>${esc(t("events.more"))}</button>`;
  document.getElementById("f").addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams("#/events", readForm(ev.target));
  });
  const filters = Object.fromEntries(Object.entries(params).filter(([k]) => EVENT_FILTERS.some(([n]) => n === k)));
  const qs = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  document.getElementById("dl").innerHTML = ["csv", "jsonl", "parquet"].map((f) => `<a class="button" download href="/api/events/export?format=${f}${qs ? "&" + qs : ""}">${f.toUpperCase()}</a>`).join(" ");
  let rows = [];
  let cursor = null;
  let total = 0;
  let sortKey = null;
  let sortDir = 1;
  const keyOf = {
    date: (s) => s.event.date || "~", source: (s) => (s.event.source ? s.event.source.name || "" : ""),
    target: (s) => (s.event.target ? s.event.target.name || "" : ""), cameo: (s) => s.event.cameo,
    plover: (s) => s.event.plover.event_type || "", goldstein: (s) => s.event.goldstein, quad: (s) => s.event.quad_class,
    article: (s) => s.event.article_id,
  };
  const tbody = main.querySelector("#events tbody");
  const render = () => {
    const shown = sortKey ? [...rows].sort((a, b) => {
      const x = keyOf[sortKey](a), y = keyOf[sortKey](b);
      return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
    }) : rows;
    tbody.innerHTML = shown.map((s) => {
      const e = s.event;
      return `<tr><td>${esc(e.date || "—")}</td><td>${actorLink(e.source)}</td><td>${actorLink(e.target)}</td><td>${esc(e.cameo)}</td>
        <td>${esc(e.plover.event_type || "—")}</td><td>${e.goldstein}</td><td title="${esc(quadName(e.quad_class))}">${e.quad_class}</td>
        <td><a href="#/article/${encodeURIComponent(e.article_id)}">${esc(e.article_id.slice(0, 12))}</a></td>
        <td class="evidence" dir="auto">${esc(e.evidence.sentence.slice(0, 120))}</td></tr>`;
    }).join("");
    document.getElementById("count").textContent = `${rows.length} ${t("events.shown")} ${total}`;
    document.getElementById("more").hidden = !cursor;
  };
  for (const th of main.querySelectorAll("#events th[data-k]")) {
    th.addEventListener("click", () => {
      sortDir = sortKey === th.dataset.k ? -sortDir : 1;
      sortKey = th.dataset.k;
      for (const o of main.querySelectorAll("#events th")) o.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
      render();
    });
  }
  const load = async () => {
    try {
      const r = await api("/api/events", { ...filters, limit: 200, cursor });
      rows = rows.concat(r.events);
      cursor = r.next_cursor;
      total = r.total;
      render();
    } catch (e) {
      showError(main, e);
    }
  };
  document.getElementById("more").addEventListener("click", load);
  await load();
}

// ---------- dyad ----------

async function pageDyad(params) {
  const p = { a: "LBY", b: "TUR", undirected: "true", by: "month", ...params };
  main.innerHTML = `<h1>${esc(t("dyad.title"))}</h1>
    <form id="f" class="filters">${formFields([["a", "dyad.a", "text", 'size="5"'], ["b", "dyad.b", "text", 'size="5"'], ["undirected", "f.undirected", "checkbox"],
      ["by", "f.by", "select", [["day", "day"], ["week", "week"], ["month", "month"]]], ["from", "f.from", "date"], ["to", "f.to", "date"]], p)}
      <button>${esc(t("f.apply"))}</button></form><div id="chart"></div><div id="quad"></div>`;
  document.getElementById("f").addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams("#/dyad", readForm(ev.target));
  });
  try {
    const r = await api("/api/dyad", { dyad: `${p.a}-${p.b}`, undirected: p.undirected, by: p.by, from: p.from, to: p.to });
    const chart = document.getElementById("chart");
    if (!r.series.length) chart.innerHTML = `<p class="muted">${esc(t("none"))}</p>`;
    else {
      chart.appendChild(barLineChart(r.series.map((s) => ({
        label: s.period, bars: s.quad, line: s.goldstein_mean,
        tip: `${s.period}: ${s.events} · Goldstein Σ ${s.goldstein_sum}, mean ${s.goldstein_mean} · Q1 ${s.quad[0]} Q2 ${s.quad[1]} Q3 ${s.quad[2]} Q4 ${s.quad[3]}`,
      })), { line: { range: [-10, 10] }, label: `${r.source}–${r.target}`, caption: `${r.source}${r.undirected ? "↔" : "→"}${r.target} · ${t("dyad.bars")} · ${t("dyad.line")}` }));
      chart.querySelector("svg").id = "dyad-chart";
    }
    document.getElementById("quad").innerHTML = `<h2>${esc(t("dyad.quad"))}</h2><table class="grid"><tbody>${r.quad.map((q) => `<tr><td><span class="swatch q${q.quad_class}"></span> ${esc(quadName(q.quad_class))}</td><td>${q.events}</td></tr>`).join("")}</tbody></table>
      <p class="muted">${r.events} ${esc(t("stats.events"))}; ${r.undated} ${esc(t("dyad.undated"))}. <a href="#/events?dyad=${encodeURIComponent(r.source + "-" + r.target)}&undirected=${r.undirected}">${esc(t("nav.events"))} →</a></p>`;
  } catch (e) {
    showError(main, e);
  }
}

// ---------- actor ----------

async function pageActor(id, params) {
  main.innerHTML = `<h1>${esc(t("nav.actors"))}</h1>
    <form id="f" class="searchbar"><input name="q" type="search" dir="auto" placeholder="${esc(t("actor.find"))}" value="${esc(params.q || "")}"><button>${esc(t("search.go"))}</button></form>
    <div id="found"></div><div id="actor"></div>`;
  document.getElementById("f").addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams("#/actor", { q: ev.target.q.value.trim() });
  });
  if (params.q || !id) {
    try {
      const r = await api("/api/actors", { q: params.q || "", limit: 100 });
      document.getElementById("found").innerHTML = `<ul class="found">${r.actors.map((a) => `<li><a href="#/actor/${encodeURIComponent(a.id)}">${esc(a.name)}</a> <span dir="rtl" lang="ar">${esc((a.names_ar || [])[0] || "")}</span> <small>${esc(a.kind)} ${esc(a.country || "")}</small></li>`).join("")}</ul>`;
    } catch (e) {
      showError(main, e);
    }
  }
  if (!id) return;
  const box = document.getElementById("actor");
  try {
    const r = await api("/api/actors/" + encodeURIComponent(id));
    const a = r.actor, p = r.profile;
    box.innerHTML = `<h2>${esc(a.name)} <span dir="rtl" lang="ar">${esc((a.names_ar || []).join(" · "))}</span></h2>
      <p class="meta">${esc(a.id)} · ${esc(a.kind)} ${a.country ? "· " + esc(a.country) : ""} · ${esc(t("col.as_source"))} ${p.as_source} · ${esc(t("col.as_target"))} ${p.as_target}
       ${a.country ? ` · <a href="#/network?country=${encodeURIComponent(a.country)}">${esc(t("nav.network"))}</a>` : ""}</p>
      ${a.roles.length ? `<h3>${esc(t("actor.roles"))}</h3><table class="grid" id="roles"><thead><tr><th>${esc(t("col.role"))}</th><th>${esc(t("col.country"))}</th><th>${esc(t("col.start"))}</th><th>${esc(t("col.end"))}</th></tr></thead><tbody>
        ${a.roles.map((x) => `<tr><td>${esc(x.role)}</td><td>${esc(x.country)} ${esc(x.sector)}</td><td>${esc(x.start || "…")}</td><td>${esc(x.end || "…")}</td></tr>`).join("")}</tbody></table>` : ""}
      <h3>${esc(t("actor.timeline"))}</h3><div id="timeline"></div>
      ${p.roles_in_events.length ? `<h3>${esc(t("actor.coded"))}</h3><table class="grid"><thead><tr><th>${esc(t("col.role"))}</th><th>${esc(t("col.first"))}</th><th>${esc(t("col.last"))}</th><th>${esc(t("col.events"))}</th></tr></thead><tbody>
        ${p.roles_in_events.map((x) => `<tr><td>${esc(x.role)}</td><td>${esc(x.first || "—")}</td><td>${esc(x.last || "—")}</td><td>${x.events}</td></tr>`).join("")}</tbody></table>` : ""}
      <h3>${esc(t("actor.partners"))}</h3><table class="grid" id="partners"><thead><tr><th>${esc(t("col.partner"))}</th><th>${esc(t("col.country"))}</th><th>${esc(t("col.events"))}</th><th>${esc(t("col.mean"))}</th></tr></thead><tbody>
        ${p.top_partners.map((x) => `<tr><td dir="auto">${x.key.startsWith("person:") ? `<a href="#/actor/${encodeURIComponent(x.key)}">${esc(x.name)}</a>` : esc(x.name)}</td><td>${esc(x.country || "")}</td><td>${x.events}</td><td>${x.goldstein_mean}</td></tr>`).join("")}</tbody></table>
      <h3>${esc(t("actor.events"))}</h3><table class="grid"><thead><tr><th>${esc(t("col.date"))}</th><th></th><th>${esc(t("col.source"))}</th><th>${esc(t("col.target"))}</th><th>${esc(t("col.cameo"))}</th><th>${esc(t("col.plover"))}</th><th>${esc(t("col.article"))}</th></tr></thead><tbody>
        ${r.events.map((x) => `<tr><td>${esc(x.event.date || "—")}</td><td>${x.as === "source" ? "→" : "←"}</td><td>${actorLink(x.event.source)}</td><td>${actorLink(x.event.target)}</td><td>${esc(x.event.cameo)}</td><td>${esc(x.event.plover.event_type || "—")}</td><td><a href="#/article/${encodeURIComponent(x.event.article_id)}">${esc(x.event.article_id.slice(0, 12))}</a></td></tr>`).join("")}</tbody></table>`;
    if (p.timeline.length) {
      document.getElementById("timeline").appendChild(barLineChart(p.timeline.map((m) => ({
        label: m.period, bars: [m.as_source, m.as_target], tip: `${m.period}: ${t("col.as_source")} ${m.as_source}, ${t("col.as_target")} ${m.as_target}`,
      })), { label: a.name, caption: `■ ${t("col.as_source")}  ■ ${t("col.as_target")}` }));
    }
  } catch (e) {
    showError(box, e);
  }
}

// ---------- network ----------

async function pageNetwork(params) {
  const p = { level: "country", ...params };
  main.innerHTML = `<h1>${esc(t("network.title"))}</h1>
    <form id="f" class="filters">${formFields([["from", "f.from", "date"], ["to", "f.to", "date"], ["country", "f.country", "text", 'size="5"'],
      ["type", "f.type", "select", PLOVER.map((x) => [x, x || "—"])], ["level", "f.level", "select", [["country", t("network.country")], ["actor", t("network.actor")]]]], p)}
      <button>${esc(t("f.apply"))}</button></form><div id="graph"></div><div id="legend" class="legend"></div>`;
  document.getElementById("f").addEventListener("submit", (ev) => {
    ev.preventDefault();
    setParams("#/network", readForm(ev.target));
  });
  try {
    const r = await api("/api/network", { from: p.from, to: p.to, country: p.country, type: p.type, level: p.level });
    const g = document.getElementById("graph");
    if (!r.edges.length) {
      g.innerHTML = `<p class="muted">${esc(t("network.none"))}</p>`;
      return;
    }
    g.appendChild(networkChart(r.nodes, r.edges, (n) => {
      location.hash = "#/actor/" + encodeURIComponent(p.level === "actor" ? n.id : "country:" + n.id);
    }));
    const types = [...new Set(r.edges.flatMap((e) => Object.keys(e.types)))].sort();
    const legend = document.getElementById("legend");
    legend.innerHTML = types.map((x) => `<span class="key" data-type="${esc(x)}">${esc(x)}</span>`).join(" ");
    for (const k of legend.querySelectorAll(".key")) k.style.borderColor = typeColor(k.dataset.type);
  } catch (e) {
    showError(main, e);
  }
}

// ---------- review ----------

function token() {
  try {
    return sessionStorage.getItem("rasid.token") || "";
  } catch (_) {
    return "";
  }
}

async function write(path, body) {
  const r = await fetch(path, {
    method: "POST", headers: { "content-type": "application/json", authorization: "Bearer " + token() },
    body: body ? JSON.stringify(body) : "",
  });
  const out = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new Error(out.error || r.statusText);
  return out;
}

async function pageReview() {
  main.innerHTML = `<h1>${esc(t("review.title"))}</h1><p class="muted">${esc(t("review.help"))}</p>
    <p><label>${esc(t("review.token"))} <input id="token" type="password" autocomplete="off" value="${esc(token())}"></label>
    <button id="recode">${esc(t("review.recode"))}</button> <span id="recoded" role="status"></span></p><div id="list">${esc(t("loading"))}</div>`;
  document.getElementById("token").addEventListener("change", (ev) => {
    try {
      sessionStorage.setItem("rasid.token", ev.target.value);
    } catch (_) {
      // Without storage the token is read from the field each time.
    }
  });
  document.getElementById("recode").addEventListener("click", async () => {
    const out = document.getElementById("recoded");
    out.textContent = t("loading");
    try {
      const r = await write("/api/recode");
      out.textContent = `${t("review.recoded")}: ${r.checked} · +${r.added} −${r.removed}`;
    } catch (e) {
      out.textContent = "";
      showError(out, e);
    }
  });
  const list = document.getElementById("list");
  try {
    const r = await api("/api/suggestions", { top: 50 });
    if (!r.suggestions.length) {
      list.innerHTML = `<p class="muted">${esc(t("review.none"))}</p>`;
      return;
    }
    list.innerHTML = `<table class="grid review"><thead><tr><th>${esc(t("col.name"))}</th><th>${esc(t("col.count"))}</th><th>${esc(t("col.examples"))}</th><th></th></tr></thead><tbody>
      ${r.suggestions.map((s, i) => `<tr><td dir="rtl" lang="ar"><b>${esc(s.name_ar)}</b><br><small>${esc(s.contexts.join(", "))}</small></td><td>${s.count}</td>
        <td class="evidence" dir="rtl" lang="ar">${s.examples.map((x) => `<p>${esc(x)}</p>`).join("")}</td>
        <td><form class="accept" data-i="${i}">
          <input name="id" value="${esc(s.id)}" size="14" aria-label="id"> <input name="name" value="${esc(s.name)}" size="14" aria-label="${esc(t("col.name"))}">
          <input name="country" placeholder="LBY" size="4" aria-label="${esc(t("col.country"))}"> <input name="sector" value="GOV" size="4" aria-label="sector">
          <input name="role" placeholder="${esc(t("col.role"))}" size="10" aria-label="${esc(t("col.role"))}"> <input name="start" type="date" aria-label="${esc(t("col.start"))}">
          <button>${esc(t("review.accept"))}</button> <span class="out" role="status"></span></form></td></tr>`).join("")}</tbody></table>`;
    for (const f of list.querySelectorAll("form.accept")) {
      f.addEventListener("submit", async (ev) => {
        ev.preventDefault();
        const s = r.suggestions[Number(f.dataset.i)];
        const v = readForm(f);
        const out = f.querySelector(".out");
        out.textContent = "";
        try {
          const res = await write("/api/suggestions/accept", { ...v, start: v.start || null, name_ar: s.name_ar });
          out.textContent = `${t("review.done")}: ${res.accepted}`;
        } catch (e) {
          showError(out, e);
        }
      });
    }
  } catch (e) {
    list.innerHTML = "";
    showError(list, e);
  }
}

// ---------- router ----------

async function route() {
  tip.hidden = true;
  const { parts, params } = parseHash();
  for (const a of document.querySelectorAll("#nav a")) {
    const target = a.getAttribute("href").replace(/^#\//, "").split("/")[0];
    a.classList.toggle("active", (parts[0] || "") === target);
  }
  switch (parts[0] || "") {
    case "article": return pageArticle(parts.slice(1).join("/"));
    case "events": return pageEvents(params);
    case "dyad": return pageDyad(params);
    case "actor": return pageActor(parts.slice(1).join("/"), params);
    case "network": return pageNetwork(params);
    case "review": return pageReview();
    default: return pageSearch(params);
  }
}

// body[data-ready] is "1" once the current page has drawn (the browser tests wait for it).
let generation = 0;
async function go() {
  const mine = ++generation;
  document.body.dataset.ready = "";
  try {
    await route();
  } finally {
    if (mine === generation) document.body.dataset.ready = "1";
  }
}

document.getElementById("lang").addEventListener("click", () => {
  toggleLang();
  document.body.dataset.lang = currentLang();
  go();
});
window.addEventListener("hashchange", go);
applyLang();
document.body.dataset.lang = currentLang();
go();
