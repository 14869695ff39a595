// The verifier's queue: documents waiting, oldest first, with filters; "start" claims the oldest.
import { t, formatTime } from "../../i18n.js";
import { get, post, query } from "../api.js";
import { el, byId, chip, flash, table } from "../dom.js";
import { signedIn, start } from "../shell.js";

const REFRESH_MS = 10000;
const params = new URLSearchParams(location.search);
const filters = { template: params.get("template") || "", channel: params.get("channel") || "" };

/** The verification screen for a document, carrying the filters so the next document matches them. */
function verifyUrl(documentId) {
  return "/verify.html" + query({ id: documentId, template: filters.template, channel: filters.channel });
}

function fillSelect(select, values, selected, labelOf) {
  const options = [el("option", { value: "" }, t("queue.all"))];
  [...new Set(values.filter(Boolean))].sort().forEach(v =>
    options.push(el("option", { value: v, selected: v === selected }, labelOf(v))));
  select.replaceChildren(...options);
  select.value = selected;
}

function row(item) {
  const lease = item.lease ? item.lease.user + " (" + formatTime(item.lease.expiresAt) + ")" : "";
  const open = el("a", { href: "/verify.html?id=" + encodeURIComponent(item.documentId) }, t("queue.open"));
  return [
    formatTime(item.receivedAt),
    item.template ? item.title || item.template : chip("unidentified", t("queue.unidentified")),
    item.channel, item.source, String(item.openFields),
    item.overdue ? chip("overdue", t("queue.overdue")) : "",
    lease, open,
  ];
}

async function render(templates) {
  const items = await get("/api/queue" + query(filters));
  fillSelect(byId("filter-template"), templates.concat(items.map(i => i.template)), filters.template, v => v);
  const list = byId("queue");
  if (!items.length) {
    list.replaceChildren(el("p", { className: "empty" }, t("queue.empty")));
    return;
  }
  list.replaceChildren(table([t("queue.received"), t("queue.template"), t("queue.channel"), t("queue.source"),
    t("queue.openFields"), t("queue.overdue"), t("queue.lease"), ""], items, row, "queue"));
  [...list.querySelectorAll("tbody tr")].forEach((tr, i) => {
    tr.dataset.documentId = items[i].documentId;
    if (items[i].overdue) tr.classList.add("overdue");
    if (items[i].lease) tr.classList.add("leased");
  });
}

async function startNext() {
  try {
    const claim = await post("/api/queue/next" + query(filters));
    if (claim) location.href = verifyUrl(claim.documentId);
    else flash(t("queue.none"));
  } catch (e) {
    flash(e.describe(), "error");
  }
}

function onFilterChange() {
  filters.template = byId("filter-template").value;
  filters.channel = byId("filter-channel").value;
  history.replaceState(null, "", location.pathname + query(filters));
}

start(async () => {
  await signedIn("verifier");
  const [channels, templates] = await Promise.all([
    get("/api/channels").catch(() => []),
    get("/api/templates").catch(() => []),
  ]);
  const templateIds = templates.map(x => x.id || x.template || x);
  fillSelect(byId("filter-channel"), channels.map(c => c.channel), filters.channel, v => v);
  for (const id of ["filter-template", "filter-channel"]) {
    byId(id).addEventListener("change", () => { onFilterChange(); render(templateIds); });
  }
  byId("start").addEventListener("click", startNext);
  byId("start").focus();
  await render(templateIds);
  setInterval(() => render(templateIds).catch(() => {}), REFRESH_MS);
});
