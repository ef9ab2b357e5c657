// The workbench's three views of the current selection (timeline, list, graph). Loaded before app.js,
// whose state and helpers (state, $, el, when, where, topLevel, getJson, search, setView) they use.
"use strict";

// ------------------------------------------------------------------ timeline view

const DAY = 86400000;

function renderTimeline() {
  const view = $("view-timeline");
  view.replaceChildren();
  const dated = state.events.filter((e) => e.start);
  const undated = state.events.filter((e) => !e.start);
  if (!state.events.length) { view.append(el("p", {class: "empty"}, "Nothing to show.")); return; }
  if (dated.length) {
    const starts = dated.map((e) => Date.parse(e.start));
    const ends = dated.map((e) => Date.parse(e.end || e.start) + DAY);
    const lo = Math.min(...starts), hi = Math.max(...ends);
    const first = new Date(lo).getUTCFullYear(), last = new Date(hi - 1).getUTCFullYear();
    const span = Math.max(hi - lo, DAY);
    const pct = (t) => ((t - lo) / span) * 100;
    const axis = el("div", {class: "axis", "aria-hidden": "true"});
    for (let y = first; y <= last + 1; y++) {
      const t = Date.UTC(y, 0, 1);
      if (t < lo || t > hi) continue;
      const tick = el("span", {class: "tick"}, String(y));
      tick.style.left = `${pct(t)}%`;
      axis.append(tick);
    }
    view.append(axis);
    const rows = el("ol", {class: "lanes"});
    for (const e of dated) {
      const row = el("li", {class: `lane type-${e.type}`, "data-event-id": e.id,
                            "data-precision": e.date_precision || "day"});
      const label = el("div", {class: "lane-label"});
      label.append(el("span", {class: "date"}, when(e)), el("span", {class: "title"}, e.title));
      const track = el("div", {class: "track"});
      const bar = el("span", {class: `bar precision-${e.date_precision || "day"}`,
                              title: `${when(e)} — ${e.title}`});
      const s = Date.parse(e.start), f = Date.parse(e.end || e.start) + DAY;
      bar.style.left = `${pct(s)}%`;
      bar.style.width = `${Math.max(pct(f) - pct(s), 0.6)}%`;
      track.append(bar);
      row.append(label, track);
      row.tabIndex = 0;
      row.addEventListener("click", () => showInList(e.id));
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") showInList(e.id); });
      rows.append(row);
    }
    view.append(rows);
    view.append(el("p", {class: "legend"},
      "A solid bar is a day or a run of days; a hatched bar is an event known only to its month, season or year."));
  }
  if (undated.length) {
    const box = el("div", {class: "undated"});
    box.append(el("h3", {}, "Undated"));
    const list = el("ul");
    undated.forEach((e) => list.append(el("li", {"data-event-id": e.id}, `${e.title} — ${when(e)}`)));
    box.append(list);
    view.append(box);
  }
}

function showInList(id) {
  setView("list");
  const card = document.querySelector(`#view-list [data-event-id="${CSS.escape(id)}"]`);
  if (card) { card.scrollIntoView({block: "start"}); card.focus(); }
}

// ------------------------------------------------------------------ list view

function eventCard(e, parts) {
  const card = el("article", {class: `event type-${e.type}`, "data-event-id": e.id, tabindex: "-1"});
  const head = el("header");
  head.append(el("span", {class: "date"}, when(e)), el("span", {class: "badge"}, TYPE_LABEL[e.type] || e.type),
              el("span", {class: `badge status-${e.status}`}, e.status));
  card.append(head, el("h3", {}, e.title));
  const facts = el("dl");
  if (e.place) facts.append(el("dt", {}, "Place"), el("dd", {class: "place"}, where(e)));
  if (e.participants.length) {
    facts.append(el("dt", {}, "Participants"));
    const dd = el("dd", {class: "participants"});
    e.participants.forEach((p, i) => {
      if (i) dd.append(document.createTextNode(", "));
      dd.append(el("span", {class: "person", "data-person-id": p.id}, p.name),
                el("span", {class: "role"}, ` (${p.role})`));
    });
    facts.append(dd);
  }
  if (e.date_text) facts.append(el("dt", {}, "As reported"), el("dd", {}, e.date_text));
  card.append(facts);
  if (e.sources && e.sources.length) {
    const sources = el("ul", {class: "sources"});
    for (const s of e.sources) {
      const item = el("li", {class: "source"});
      const title = s.url ? el("a", {href: s.url, rel: "noopener noreferrer", target: "_blank"}, s.title || s.id)
                          : el("span", {class: "source-title"}, s.title || s.id);
      const meta = [s.source, s.published].filter(Boolean).join(", ");
      item.append(title);
      if (meta) item.append(el("span", {class: "meta"}, ` — ${meta}`));
      item.append(el("blockquote", {}, s.evidence));
      sources.append(item);
    }
    const details = el("details", {open: ""});
    details.append(el("summary", {}, `Sources (${e.sources.length})`), sources);
    card.append(details);
  }
  // Parts in the selection are drawn in full; the visit's other parts (filtered out) as one line each.
  const shown = new Set(parts.map((p) => p.id));
  const others = (e.parts || []).filter((p) => !shown.has(p.id));
  if (parts.length || others.length) {
    const inner = el("div", {class: "parts"});
    inner.append(el("h4", {}, "Parts of this visit"));
    parts.forEach((p) => inner.append(eventCard(p, [])));
    if (others.length) {
      const brief = el("ul", {class: "brief-parts"});
      others.forEach((p) => brief.append(el("li", {"data-part-id": p.id},
        `${when(p)} · ${TYPE_LABEL[p.type] || p.type} · ${p.title}`)));
      inner.append(brief);
    }
    card.append(inner);
  }
  return card;
}

function renderList() {
  const view = $("view-list");
  view.replaceChildren();
  if (!state.events.length) { view.append(el("p", {class: "empty"}, "Nothing to show.")); return; }
  const byParent = new Map();
  for (const e of state.events) {
    if (e.parent) byParent.set(e.parent.id, (byParent.get(e.parent.id) || []).concat([e]));
  }
  for (const e of topLevel(state.events)) view.append(eventCard(e, byParent.get(e.id) || []));
}

// ------------------------------------------------------------------ graph view

// `/graph` gives events with their people and places; the view shows people only, an edge for each pair
// who took part in the same events, as wide as how often (the count is its label).
function whoMetWhom(elements) {
  const people = new Map(elements.nodes.filter((n) => n.data.kind === "person").map((n) => [n.data.id, n.data]));
  const byEvent = new Map();
  for (const e of elements.edges) {
    if (!people.has(e.data.source)) continue;
    byEvent.set(e.data.target, (byEvent.get(e.data.target) || new Set()).add(e.data.source));
  }
  const pairs = new Map();
  for (const members of byEvent.values()) {
    const list = [...members].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}|${list[j]}`;
        pairs.set(key, (pairs.get(key) || 0) + 1);
      }
    }
  }
  const degree = new Map();
  for (const [key, n] of pairs) key.split("|").forEach((id) => degree.set(id, (degree.get(id) || 0) + n));
  const nodes = [...people.values()].map((p) => ({
    data: {id: p.id, label: p.label, kind: "person", size: 18 + 6 * Math.sqrt(degree.get(p.id) || 0)},
    classes: state.participants.includes(p.id) ? "selected" : "",
  }));
  const edges = [...pairs].map(([key, n]) => {
    const [source, target] = key.split("|");
    return {data: {id: key, source, target, count: n, label: String(n), width: 1 + 2 * Math.log2(1 + n)}};
  });
  return [...nodes, ...edges];
}

async function renderGraph() {
  const box = $("graph");
  if (state.graph) return;
  box.replaceChildren();
  if (!state.participants.length) {
    box.append(el("p", {class: "empty"}, "Pick at least one person to see who met whom."));
    return;
  }
  if (typeof window.cytoscape !== "function") {
    box.append(el("p", {class: "empty"}, "The graph library is not installed (run `make web`)."));
    return;
  }
  const params = new URLSearchParams();
  state.participants.forEach((p) => params.append("participant", p));
  for (const name of ["from", "to"]) if ($(name).value.trim()) params.set(name, $(name).value.trim());
  const elements = await getJson(`${API}/graph`, params);
  state.graph = window.cytoscape({
    container: box,
    elements: whoMetWhom(elements),
    style: [
      {selector: "node", style: {label: "data(label)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 4,
                                 "background-color": "#1f4e79", width: "data(size)", height: "data(size)",
                                 "text-wrap": "wrap", "text-max-width": 140}},
      {selector: "node.selected", style: {"background-color": "#f2b134", "font-weight": "bold"}},
      {selector: "edge", style: {width: "data(width)", "line-color": "#9fb6cf", "curve-style": "bezier",
                                 label: "data(label)", "font-size": 10, color: "#5b6675",
                                 "text-background-color": "#fff", "text-background-opacity": 1}},
    ],
    // The people searched for in the middle, everyone they met on a ring around them.
    layout: {name: "concentric", padding: 40, minNodeSpacing: 60, animate: false,
             concentric: (node) => (node.hasClass("selected") ? 2 : 1), levelWidth: () => 1},
    maxZoom: 1.3, // a few people would otherwise be blown up to fill the box
  });
  state.graph.center();
  window.letopisGraph = state.graph;
  state.graph.on("tap", "node", (ev) => {
    const id = ev.target.id();
    state.labels[id] = ev.target.data("label");
    if (!state.participants.includes(id)) { state.participants.push(id); search(); }
  });
}
