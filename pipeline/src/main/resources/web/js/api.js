// The JSON API (see API-CONTRACT.md): one fetch wrapper that sends the session's CSRF token on
// every mutating request and turns error answers into ApiError.
import { t, bilingual } from "../i18n.js";

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || "http_" + status);
    this.status = status;
    this.code = (body && body.error) || null;
    this.body = body || {};
  }

  /** A sentence for a person, in the page's language. */
  describe() {
    if (this.code === "claimed") return t("errors.claimed", this.body.user || "?");
    const known = this.code && t("errors." + this.code);
    if (known && known !== "errors." + this.code) return known;
    return bilingual(this.body.message) || t("errors.unknown");
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

/** The header that authorises a mutating request made outside api() (e.g. a keepalive fetch). */
export function csrfHeader() {
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
}

/** Calls the API; resolves to the parsed JSON (null for an empty answer), rejects with ApiError. */
export async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { error: "network" });
  }
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch (e) { json = { error: "unknown" }; }
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return response.status === 204 ? null : json;
}

export const get = path => api("GET", path);
export const post = (path, body) => api("POST", path, body === undefined ? {} : body);
export const put = (path, body) => api("PUT", path, body);
export const patch = (path, body) => api("PATCH", path, body);

/** Encodes each part of a path ("documents", id, "fields", name). */
export function path(...parts) {
  return "/api/" + parts.map(p => encodeURIComponent(String(p))).join("/");
}

export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v) q.set(k, v); });
  const s = q.toString();
  return s ? "?" + s : "";
}
