// The verification screen's entry point: checks the session, builds the views and starts the station.
import { t } from "../../i18n.js";
import { el, byId } from "../dom.js";
import { signedIn, start } from "../shell.js";
import { ImageCache } from "./images.js";
import { PageView } from "./page-view.js";
import { FieldList } from "./field-list.js";
import { FieldPanel } from "./field-panel.js";
import { KEYS } from "./keys.js";
import { Station } from "./station.js";

const EDITOR_KEYS = [{ label: "Space", hint: "verify.keys.space" }, { label: "1–9", hint: "verify.keys.numbers" }];

function keyHints() {
  byId("key-hints").replaceChildren(...KEYS.concat(EDITOR_KEYS).map(k => el("li", { dataset: { action: k.action || "" } },
    el("kbd", null, k.label), " ", t(k.hint))));
}

start(async () => {
  const session = await signedIn("verifier");
  keyHints();
  const params = new URLSearchParams(location.search);
  const filters = { template: params.get("template") || "", channel: params.get("channel") || "" };
  const images = new ImageCache();
  const views = {
    images,
    panel: new FieldPanel(images),
    pageView: new PageView(byId("page-pane"), images),
    fieldList: new FieldList(byId("field-list")),
  };
  const station = new Station(session, filters, views);
  await station.begin(params.get("id"));
});
