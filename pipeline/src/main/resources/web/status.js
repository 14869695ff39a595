// The status page: per channel, today's drops with their state, counts, and the error folder.
const REFRESH_MS = 5000;

function dateParam() {
  return new URLSearchParams(location.search).get("date") || "";
}

async function refresh() {
  const query = new URLSearchParams();
  if (dateParam()) query.set("date", dateParam());
  const channel = new URLSearchParams(location.search).get("channel");
  if (channel) query.set("channel", channel);
  const response = await fetch("/api/scans?" + query.toString());
  const data = await response.json();
  document.getElementById("date").value = data.date;
  const main = document.getElementById("channels");
  main.replaceChildren(...data.channels.map(renderChannel));
  document.getElementById("updated").textContent = new Date().toLocaleTimeString(LANG);
}

function renderChannel(channel) {
  const section = el("section", null, "channel");
  const h2 = el("h2", channel.name);
  h2.append(el("small", t("folder") + ": " + channel.folder));
  section.append(h2);
  const counts = el("ul", null, "counts");
  Object.entries(channel.counts).forEach(([state, n]) => counts.append(el("li", stateLabel(state) + " " + n)));
  section.append(counts);
  section.append(channel.scans.length ? scanTable(channel.scans) : el("p", t("noFiles"), "empty"));
  section.append(el("h3", t("errorFolder")));
  section.append(channel.error_files.length ? errorList(channel.error_files) : el("p", t("noErrors"), "empty"));
  return section;
}

function scanTable(scans) {
  const table = el("table");
  const head = table.createTHead().insertRow();
  ["scanNo", "time", "file", "state", "documents", "reason"].forEach(k => head.append(el("th", t(k))));
  const body = table.createTBody();
  scans.forEach(s => {
    const row = body.insertRow();
    row.insertCell().textContent = s.id;
    row.insertCell().append(el("span", new Date(s.received_at).toLocaleTimeString(LANG), "time"));
    row.insertCell().textContent = s.file;
    row.insertCell().append(el("span", stateLabel(s.outcome), "state state-" + s.outcome));
    const docs = row.insertCell();
    s.documents.forEach(d => {
      const a = el("a", (d.title || d.template || t("unknownTemplate")) + " (" + stateLabel(d.status) + ")");
      a.href = "/document.html?id=" + encodeURIComponent(d.id);
      docs.append(a, el("br"));
    });
    const reason = row.insertCell();
    if (s.duplicate_of) reason.append(el("div", t("duplicateOf", s.duplicate_of)));
    if (s.reason) reason.append(el("div", s.reason[LANG], "reason"));
  });
  return table;
}

function errorList(files) {
  const table = el("table");
  const head = table.createTHead().insertRow();
  ["file", "reason"].forEach(k => head.append(el("th", t(k))));
  const body = table.createTBody();
  files.forEach(f => {
    const row = body.insertRow();
    row.insertCell().textContent = f.file;
    row.insertCell().append(el("span", f.reason ? f.reason[LANG] : "-", "reason"));
  });
  return table;
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("date").addEventListener("change", e => {
    const url = new URL(location.href);
    url.searchParams.set("date", e.target.value);
    location.href = url.toString();
  });
  refresh();
  setInterval(refresh, REFRESH_MS);
});
