// Small SVG charts drawn by hand (no library): a bar + line chart for series and a
// force-directed network. Both return an <svg> element.

const NS = "http://www.w3.org/2000/svg";

function el(name, attrs = {}, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function titled(e, text) {
  e.appendChild(el("title", {}, text));
  return e;
}

/**
 * Bars (counts, one or two stacked series) and an optional line (a value per period with
 * its own axis, e.g. mean Goldstein in -10..10).
 * points: [{label, bars: [n, ...], line: number|null, tip: string}]
 */
export function barLineChart(points, opts = {}) {
  const W = 760, H = 300, L = 48, R = 48, T = 16, B = 56;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img",
    "aria-label": opts.label || "chart", "data-points": points.length });
  const n = Math.max(points.length, 1);
  const maxBar = Math.max(1, ...points.map((p) => p.bars.reduce((a, b) => a + b, 0)));
  const bw = (W - L - R) / n;
  const y = (v) => T + (H - T - B) * (1 - v / maxBar);
  const colors = opts.colors || ["#1d6f5f", "#c8793a", "#5a6fb0", "#b04a5a"];
  // Axes.
  svg.appendChild(el("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
  svg.appendChild(el("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
  svg.appendChild(el("text", { x: L - 6, y: T + 4, "text-anchor": "end", class: "tick" }, maxBar));
  svg.appendChild(el("text", { x: L - 6, y: H - B, "text-anchor": "end", class: "tick" }, 0));
  const every = Math.ceil(n / 12);
  points.forEach((p, i) => {
    let acc = 0;
    p.bars.forEach((v, k) => {
      if (!v) return;
      const r = el("rect", {
        x: L + i * bw + bw * 0.15, width: Math.max(bw * 0.7, 1),
        y: y(acc + v), height: y(acc) - y(acc + v), fill: colors[k % colors.length], class: "bar",
      });
      svg.appendChild(titled(r, p.tip || `${p.label}: ${v}`));
      acc += v;
    });
    if (i % every === 0) {
      svg.appendChild(el("text", {
        x: L + i * bw + bw / 2, y: H - B + 16, "text-anchor": "middle", class: "tick",
      }, p.label));
    }
  });
  if (opts.line) {
    const [lo, hi] = opts.line.range || [-10, 10];
    const ly = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
    svg.appendChild(el("line", { x1: W - R, y1: T, x2: W - R, y2: H - B, class: "axis" }));
    svg.appendChild(el("text", { x: W - R + 6, y: T + 4, class: "tick" }, hi));
    svg.appendChild(el("text", { x: W - R + 6, y: H - B, class: "tick" }, lo));
    svg.appendChild(el("line", { x1: L, y1: ly(0), x2: W - R, y2: ly(0), class: "zero" }));
    const pts = points
      .map((p, i) => (p.line === null || p.line === undefined ? null : [L + i * bw + bw / 2, ly(p.line)]))
      .filter(Boolean);
    if (pts.length > 1) {
      svg.appendChild(el("polyline", { points: pts.map((q) => q.join(",")).join(" "), class: "line" }));
    }
    points.forEach((p, i) => {
      if (p.line === null || p.line === undefined) return;
      const c = el("circle", { cx: L + i * bw + bw / 2, cy: ly(p.line), r: 4, class: "dot" });
      svg.appendChild(titled(c, `${p.label}: ${p.line}`));
    });
  }
  if (opts.caption) {
    svg.appendChild(el("text", { x: L, y: H - 8, class: "caption" }, opts.caption));
  }
  return svg;
}

const TYPE_COLORS = {
  AGREE: "#2a9d8f", CONSULT: "#457b9d", SUPPORT: "#52b788", CONCEDE: "#8ab17d", COOPERATE: "#40916c",
  AID: "#74c69d", RETREAT: "#b5838d", REQUEST: "#6d6875", ACCUSE: "#e76f51", REJECT: "#f4a261",
  THREATEN: "#d62828", PROTEST: "#e09f3e", SANCTION: "#9e2a2b", MOBILIZE: "#bc4749",
  COERCE: "#780000", ASSAULT: "#540b0e",
};

export function typeColor(t) {
  return TYPE_COLORS[t] || "#888";
}

/**
 * A directed network: nodes [{id, label, events}], edges [{source, target, weight, types}].
 * Laid out by a few hundred steps of a simple force simulation (deterministic start).
 */
export function networkChart(nodes, edges, onClick) {
  const W = 760, H = 520;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", role: "img",
    "aria-label": "network", "data-nodes": nodes.length, "data-edges": edges.length });
  const defs = el("defs");
  const marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5,
    markerUnits: "userSpaceOnUse", markerWidth: 10, markerHeight: 10, orient: "auto-start-reverse" });
  marker.appendChild(el("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  const idx = new Map(nodes.map((n, i) => [n.id, i]));
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(nodes.length, 1);
    return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a), vx: 0, vy: 0 };
  });
  const links = edges
    .map((e) => ({ s: idx.get(e.source), t: idx.get(e.target), e }))
    .filter((l) => l.s !== undefined && l.t !== undefined);
  for (let step = 0; step < 300; step++) {
    const k = 1 - step / 300;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 100);
        const f = 4000 / d2;
        pos[i].vx += dx * f / Math.sqrt(d2); pos[i].vy += dy * f / Math.sqrt(d2);
        pos[j].vx -= dx * f / Math.sqrt(d2); pos[j].vy -= dy * f / Math.sqrt(d2);
      }
    }
    for (const l of links) {
      const a = pos[l.s], b = pos[l.t];
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d - 120) * 0.02;
      a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
    }
    for (const p of pos) {
      p.vx += (W / 2 - p.x) * 0.005; p.vy += (H / 2 - p.y) * 0.005;
      p.x = Math.min(W - 40, Math.max(40, p.x + p.vx * k));
      p.y = Math.min(H - 30, Math.max(30, p.y + p.vy * k));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const radius = (n) => 6 + (10 * n.events) / maxN;
  for (const l of links) {
    const a = pos[l.s];
    const dx = pos[l.t].x - a.x, dy = pos[l.t].y - a.y;
    const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
    const back = Math.min(radius(nodes[l.t]) + 2, d / 2);
    const b = { x: pos[l.t].x - (dx / d) * back, y: pos[l.t].y - (dy / d) * back };
    const main = Object.entries(l.e.types).sort((x, y) => y[1] - x[1])[0];
    const line = el("line", {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", stroke: typeColor(main ? main[0] : ""),
      "stroke-width": 1 + (4 * l.e.weight) / maxW, "marker-end": "url(#arrow)",
    });
    const types = Object.entries(l.e.types).map(([k, v]) => `${k} ${v}`).join(", ");
    svg.appendChild(titled(line, `${l.e.source} → ${l.e.target}: ${l.e.weight} (${types}); Goldstein ${l.e.goldstein_mean}`));
  }
  nodes.forEach((n, i) => {
    const g = el("g", { class: "node", transform: `translate(${pos[i].x},${pos[i].y})`, "data-id": n.id });
    g.appendChild(titled(el("circle", { r: radius(n) }), `${n.label}: ${n.events}`));
    g.appendChild(el("text", { y: -radius(n) - 4, "text-anchor": "middle" }, n.label));
    if (onClick) g.addEventListener("click", () => onClick(n));
    svg.appendChild(g);
  });
  return svg;
}
