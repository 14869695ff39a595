// The document page: the record's fields (value, confidence, status, reasons) beside the page images.
async function load() {
  const id = new URLSearchParams(location.search).get("id");
  const response = await fetch("/api/documents/" + encodeURIComponent(id));
  if (!response.ok) {
    document.getElementById("summary").textContent = (await response.json()).error;
    return;
  }
  const d = await response.json();
  document.getElementById("doc-title").textContent = d.title || d.template || t("unknownTemplate");
  const summary = document.getElementById("summary");
  summary.append(
    el("p", t("source") + ": " + d.source + " / " + t("channel") + ": " + d.channel),
    el("span", stateLabel(d.status), "state state-" + d.status));
  const body = document.querySelector("#fields tbody");
  d.fields.forEach(f => body.append(fieldRow(f)));
  const pages = document.getElementById("pages");
  d.page_images.forEach(p => {
    const img = el("img");
    img.src = p.url;
    img.alt = "page " + (p.page_no + 1);
    pages.append(img);
  });
}

function fieldRow(f) {
  const row = document.createElement("tr");
  row.insertCell().textContent = f.label || f.name;
  const value = row.insertCell();
  value.textContent = formatValue(f.value);
  if (f.masked) {
    value.className = "masked";
    value.append(el("div", t("masked"), "empty"));
  }
  row.insertCell().textContent = f.confidence.toFixed(2);
  row.insertCell().append(el("span", stateLabel(f.status), "state state-" + f.status));
  row.insertCell().textContent = f.reasons.join(", ");
  const crop = row.insertCell();
  if (f.crop_url) {
    const img = el("img", null, "crop");
    img.src = f.crop_url;
    img.alt = f.name;
    crop.append(img);
  }
  return row;
}

function formatValue(v) {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.join("、");
  if (typeof v === "boolean") return v ? "✓" : "✗";
  return String(v);
}

document.addEventListener("DOMContentLoaded", load);
