// The reporter's workbench: one page over the Letopis API. Every state is the URL's query string,
// with the API's own parameter names (participant, type, status, from, to, place, country,
// include_undated) plus `view`, so a link shows the same selection to whoever opens it.
"use strict";

const API = "/api/v1";
const PAGE = 100;
const FILTERS = ["status", "from", "to", "place", "country"];
const VIEWS = ["timeline", "list", "graph"];
const TYPE_LABEL = {visit: "visit", meeting: "meeting", phone_call: "phone call", forum: "forum",
                    summit: "summit", signing: "signing"};

const $ = (id) => document.getElementById(id);
const state = {participants: [], labels: {}, view: "timeline", events: [], next: null, graph: null};

// ------------------------------------------------------------------ URL <-> form

function readUrl() {
  const p = new URLSearchParams(location.search);
  state.participants = p.getAll("participant").filter(Boolean);
  state.view = VIEWS.includes(p.get("view")) ? p.get("view") : "timeline";
  const types = new Set(p.getAll("type"));
  document.querySelectorAll('input[name="type"]').forEach((box) => { box.checked = types.has(box.value); });
  for (const name of FILTERS) $(name).value = p.get(name) || "";
  $("include_undated").checked = p.get("include_undated") === "true";
  const filtered = types.size || FILTERS.some((name) => p.get(name)) || p.get("include_undated");
  $("more-filters").open = Boolean(filtered) || window.matchMedia("(min-width: 761px)").matches;
}

function apiParams() {
  const p = new URLSearchParams();
  state.participants.forEach((v) => p.append("participant", v));
  document.querySelectorAll('input[name="type"]:checked').forEach((box) => p.append("type", box.value));
  for (const name of FILTERS) {
    const value = $(name).value.trim();
    if (value) p.set(name, value);
  }
  if ($("include_undated").checked) p.set("include_undated", "true");
  return p;
}

function pageParams() {
  const p = apiParams();
  if (state.view !== "timeline") p.set("view", state.view);
  return p;
}

function pushUrl() {
  const query = pageParams().toString();
  const url = query ? `/?${query}` : "/";
  if (url !== location.pathname + location.search) history.pushState(null, "", url);
}

// ------------------------------------------------------------------ fetching

class ApiError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

async function getJson(path, params) {
  const url = params ? `${path}?${params}` : path;
  let response;
  try {
    response = await fetch(url, {headers: {Accept: "application/json"}});
  } catch (err) {
    throw new ApiError({title: "Network error", detail: "The server cannot be reached. Is it running?"}, 0);
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

function showError(err) {
  const box = $("error");
  box.replaceChildren();
  const title = el("strong", {}, err.problem && err.problem.title ? `${err.problem.title}: ` : "Error: ");
  box.append(title, document.createTextNode(err.message));
  const options = (err.problem && (err.problem.suggestions || err.problem.candidates)) || [];
  if (options.length) {
    const line = el("p", {}, err.problem.suggestions ? "Did you mean: " : "Pick one: ");
    options.forEach((o) => {
      const b = el("button", {type: "button", class: "link", "data-person-id": o.id}, o.name);
      b.addEventListener("click", () => replaceParticipant(err.problem, o));
      line.append(b, document.createTextNode(" "));
    });
    box.append(line);
  }
  box.hidden = false;
}

function replaceParticipant(problem, option) {
  // The problem names the text that failed ("No person matches 'Путен'."); swap it for the pick.
  const bad = state.participants.find((p) => (problem.detail || "").includes(`'${p}'`));
  state.participants = state.participants.filter((p) => p !== bad && p !== option.id);
  state.participants.push(option.id);
  state.labels[option.id] = option.name;
  search();
}

// ------------------------------------------------------------------ the search

let loadSeq = 0;

async function load({append = false} = {}) {
  const seq = ++loadSeq; // a newer search supersedes this one: its answer, when late, is dropped
  $("error").hidden = true;
  const results = document.querySelector(".results");
  results.setAttribute("aria-busy", "true");
  $("status-line").textContent = "Loading…";
  updateExports();
  try {
    const params = apiParams();
    params.set("limit", String(PAGE));
    if (append && state.next) params.set("cursor", state.next);
    const page = await getJson(`${API}/events/detailed`, params);
    if (seq !== loadSeq) return;
    state.events = append ? state.events.concat(page.items) : page.items;
    state.next = page.next_cursor;
    if (!append) noteResolution(page);
    for (const r of page.resolved || []) state.labels[r.query] = r.person.name;
    renderChips();
    $("status-line").textContent = state.events.length
      ? `${state.events.length}${state.next ? "+" : ""} events`
      : "No events match these filters.";
    $("more").hidden = !state.next || state.view === "graph";
    renderTimeline();
    renderList();
    state.graph = null;
    if (state.view === "graph") await renderGraph();
  } catch (err) {
    if (seq !== loadSeq) return;
    state.events = [];
    renderTimeline();
    renderList();
    $("status-line").textContent = "";
    $("more").hidden = true;
    showError(err);
  } finally {
    if (seq === loadSeq) results.removeAttribute("aria-busy");
  }
}

function search() {
  pushUrl();
  load();
}

function noteResolution(page) {
  const notes = $("notes");
  notes.replaceChildren();
  for (const r of page.resolved || []) {
    if (!r.others.length) continue;
    notes.append(el("p", {class: "note"},
      `«${r.query}» taken as ${r.person.name} (${r.reason}); also matches: ` +
      r.others.map((o) => o.name).join(", ") + "."));
  }
  if (page.undated_left_out) {
    const p = el("p", {class: "note"}, `${page.undated_left_out} undated events are left out by the date range. `);
    const b = el("button", {type: "button", class: "link", id: "keep-undated"}, "Keep them");
    b.addEventListener("click", () => { $("include_undated").checked = true; search(); });
    p.append(b);
    notes.append(p);
  }
}

function updateExports() {
  const params = apiParams();
  const csv = new URLSearchParams(params); csv.set("format", "csv");
  const ics = new URLSearchParams(params); ics.set("format", "ics");
  $("export-csv").href = `${API}/events?${csv}`;
  $("export-ics").href = `${API}/events?${ics}`;
}

// ------------------------------------------------------------------ people: chips and suggestions

function renderChips() {
  const box = $("chips");
  box.replaceChildren();
  state.participants.forEach((p) => {
    const chip = el("span", {class: "chip", "data-participant": p}, state.labels[p] || p);
    const x = el("button", {type: "button", "aria-label": `Remove ${state.labels[p] || p}`}, "×");
    x.addEventListener("click", () => {
      state.participants = state.participants.filter((q) => q !== p);
      search();
    });
    chip.append(x);
    box.append(chip);
  });
}

let suggestTimer = null;
let suggestSeq = 0;
let active = -1;

function suggestions() { return [...$("person-suggestions").querySelectorAll('[role="option"]')]; }

function closeSuggestions() {
  $("person-suggestions").hidden = true;
  $("person-input").setAttribute("aria-expanded", "false");
  active = -1;
}

async function suggest(text) {
  const seq = ++suggestSeq;
  if (text.trim().length < 2) { closeSuggestions(); return; }
  let found;
  try {
    found = await getJson(`${API}/persons`, new URLSearchParams({q: text.trim(), limit: "8"}));
  } catch (err) {
    return; // suggestions are a convenience: a failed look-up leaves the box as it is
  }
  if (seq !== suggestSeq) return; // a later keystroke has its own answer
  const list = $("person-suggestions");
  list.replaceChildren();
  found.items.forEach((person, i) => {
    const item = el("li", {role: "option", id: `suggestion-${i}`, "data-person-id": person.id, tabindex: "-1"},
                    person.name);
    if (person.name_en && person.name_en !== person.name) item.append(el("small", {}, ` ${person.name_en}`));
    item.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(person); });
    list.append(item);
  });
  if (!found.items.length) list.append(el("li", {class: "empty"}, "No one by that name"));
  list.hidden = false;
  $("person-input").setAttribute("aria-expanded", "true");
}

function pick(person) {
  if (!state.participants.includes(person.id)) state.participants.push(person.id);
  state.labels[person.id] = person.name;
  $("person-input").value = "";
  closeSuggestions();
  renderChips();
  search();
}

function setActive(i) {
  const items = suggestions();
  if (!items.length) return;
  active = (i + items.length) % items.length;
  items.forEach((item, k) => item.setAttribute("aria-selected", k === active ? "true" : "false"));
  $("person-input").setAttribute("aria-activedescendant", items[active].id);
}

// ------------------------------------------------------------------ rendering helpers

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function when(e) {
  if (!e.start_text) return e.date_text ? `undated (“${e.date_text}”)` : "undated";
  const span = e.end_text && e.end_text !== e.start_text ? `${e.start_text} – ${e.end_text}` : e.start_text;
  return e.date_precision && e.date_precision !== "day" ? `${span} (${e.date_precision})` : span;
}

function where(e) {
  if (!e.place) return "";
  const country = e.place.country ? `, ${e.place.country.name}` : "";
  return e.place.name + country;
}

function topLevel(events) {
  // Parts (talks, signings) are drawn inside their visit when the visit is in the selection.
  const ids = new Set(events.map((e) => e.id));
  return events.filter((e) => !(e.parent && ids.has(e.parent.id)));
}

// ------------------------------------------------------------------ views

function setView(view, render = true) {
  state.view = view;
  for (const v of VIEWS) {
    const tab = $(`tab-${v}`);
    tab.setAttribute("aria-selected", v === view ? "true" : "false");
    tab.tabIndex = v === view ? 0 : -1;
    $(`view-${v}`).hidden = v !== view;
  }
  $("more").hidden = !state.next || view === "graph";
  const url = `/?${pageParams()}`.replace(/\?$/, "");
  if (url !== location.pathname + location.search) history.replaceState(null, "", url);
  if (view === "graph" && render) renderGraph().catch(showError);
}

// ------------------------------------------------------------------ wiring

function wire() {
  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const typed = $("person-input").value.trim();
    if (typed) { state.participants.push(typed); $("person-input").value = ""; closeSuggestions(); }
    search();
  });
  $("reset").addEventListener("click", () => {
    history.pushState(null, "", "/");
    readUrl();
    renderChips();
    load();
  });
  const input = $("person-input");
  input.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => suggest(input.value), 200);
  });
  input.addEventListener("keydown", (ev) => {
    const open = !$("person-suggestions").hidden;
    if (ev.key === "ArrowDown" && open) { ev.preventDefault(); setActive(active + 1); }
    else if (ev.key === "ArrowUp" && open) { ev.preventDefault(); setActive(active - 1); }
    else if (ev.key === "Escape") closeSuggestions();
    else if (ev.key === "Enter" && open && active >= 0) {
      ev.preventDefault();
      const item = suggestions()[active];
      pick({id: item.dataset.personId, name: item.firstChild.textContent});
    }
  });
  input.addEventListener("blur", () => setTimeout(closeSuggestions, 150));
  for (const v of VIEWS) $(`tab-${v}`).addEventListener("click", () => setView(v));
  document.querySelector('[role="tablist"]').addEventListener("keydown", (ev) => {
    const i = VIEWS.indexOf(state.view);
    if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") {
      const next = VIEWS[(i + (ev.key === "ArrowRight" ? 1 : VIEWS.length - 1)) % VIEWS.length];
      setView(next);
      $(`tab-${next}`).focus();
    }
  });
  $("more").addEventListener("click", () => load({append: true}));
  for (const name of ["place", "country"]) {
    $(name).addEventListener("input", () => placeOptions($(name).value));
  }
  window.addEventListener("popstate", () => { readUrl(); setView(state.view); load(); });
}

let placeTimer = null;
function placeOptions(text) {
  clearTimeout(placeTimer);
  placeTimer = setTimeout(async () => {
    if (text.trim().length < 2) return;
    try {
      const found = await getJson(`${API}/places`, new URLSearchParams({q: text.trim(), limit: "8"}));
      $("place-options").replaceChildren(...found.items.map((p) => el("option", {value: p.name},
        p.country ? `${p.kind}, ${p.country.name}` : p.kind)));
    } catch (err) { /* a convenience only */ }
  }, 200);
}

readUrl();
wire();
setView(state.view, false);
renderChips();
load();
