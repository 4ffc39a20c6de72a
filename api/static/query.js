// The query page: runs the query with fetch() and draws the answer with
// textContent only (article text never becomes markup).
"use strict";
(function () {
  const form = document.getElementById("akg-query");
  const text = document.getElementById("akg-query-text");
  const format = document.getElementById("akg-format");
  const status = document.getElementById("akg-status");
  const out = document.getElementById("akg-results");
  const examples = document.getElementById("akg-examples");
  const base = form.dataset.base || "";

  examples.addEventListener("change", function () {
    const tpl = document.querySelector('template.akg-example[data-index="' + examples.value + '"]');
    if (tpl) text.value = tpl.content.textContent || tpl.innerHTML;
  });

  function link(iri) {
    const a = document.createElement("a");
    a.textContent = iri;
    // (a rest starting with "/" would make "//host/...", a link to another site)
    if (base && iri.startsWith(base) && !iri.slice(base.length).startsWith("/")) a.href = "/" + iri.slice(base.length);
    else if (/^https?:\/\//i.test(iri)) a.href = iri;
    else return document.createTextNode(iri);
    return a;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") td.appendChild(link(term.value));
    else {
      td.textContent = term.value;
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
      else if (term.datatype) td.title = term.datatype;
    }
    return td;
  }

  function table(json) {
    out.replaceChildren();
    if (typeof json.boolean === "boolean") {
      const p = document.createElement("p");
      p.textContent = "ASK: " + json.boolean;
      out.appendChild(p);
      return 1;
    }
    const vars = json.head.vars || [];
    const t = document.createElement("table");
    const head = t.createTHead().insertRow();
    for (const v of vars) { const th = document.createElement("th"); th.textContent = "?" + v; head.appendChild(th); }
    const body = t.createTBody();
    for (const b of json.results.bindings) {
      const row = body.insertRow();
      for (const v of vars) row.appendChild(cell(b[v]));
    }
    out.appendChild(t);
    return json.results.bindings.length;
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    const params = new URLSearchParams({ query: text.value });
    const fmt = format.value;
    if (fmt) params.set("format", fmt);
    status.textContent = "Running…";
    out.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
        body: params.toString(),
      });
      const ms = Math.round(performance.now() - started);
      const type = response.headers.get("content-type") || "";
      if (!response.ok) {
        let message = response.statusText;
        try { message = (await response.json()).message || message; } catch (e) { /* not JSON */ }
        status.textContent = "Error " + response.status + ": " + message;
        return;
      }
      if (type.startsWith("application/sparql-results+json")) {
        const n = table(await response.json());
        status.textContent = n + " result" + (n === 1 ? "" : "s") + " in " + ms + " ms";
      } else {
        const pre = document.createElement("pre");
        pre.textContent = await response.text();
        out.appendChild(pre);
        status.textContent = type.split(";")[0] + " in " + ms + " ms";
      }
    } catch (e) {
      status.textContent = "The server could not be reached: " + e;
    }
  });
  window.akgQueryReady = true;
})();
