/* AllianceKG network view: reads the JSON data block, draws it with
 * vis-network and wires the search box and entity links. Static file: no
 * server-side values are interpolated here (its CSP hash stays fixed). All
 * text goes into the DOM with textContent / value, never innerHTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("akg-data").textContent);
  var container = document.getElementById("akg-network");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.akgNetwork = network;
  window.akgReady = false;

  function markReady() {
    window.akgReady = true;
    document.body.setAttribute("data-akg-ready", "1");
  }
  if (data.meta.physics && data.nodes.length > 0) {
    network.once("stabilizationIterationsDone", markReady);
  } else {
    network.once("afterDrawing", markReady);
  }

  /* Only http(s) or same-protocol (relative) targets are followed. */
  function safeHref(raw) {
    if (typeof raw !== "string" || raw === "") { return null; }
    try {
      var url = new URL(raw, document.baseURI);
      if (url.protocol === "http:" || url.protocol === "https:") { return url.href; }
      if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw) && url.protocol === window.location.protocol) {
        return url.href;
      }
    } catch (e) { /* invalid URL: ignore */ }
    return null;
  }

  network.on("click", function (params) {
    if (params.nodes.length !== 1) { return; }
    var node = nodes.get(params.nodes[0]);
    var href = node && safeHref(node.url);
    if (href) { window.location.assign(href); }
  });
  network.on("hoverNode", function (params) {
    var node = nodes.get(params.node);
    container.style.cursor = node && node.url ? "pointer" : "default";
  });
  network.on("blurNode", function () { container.style.cursor = "default"; });

  /* ---- search ---- */
  var input = document.getElementById("akg-search");
  var status = document.getElementById("akg-search-status");
  var datalist = document.getElementById("akg-labels");
  var labels = data.nodes.map(function (n) { return { id: n.id, label: String(n.label) }; });
  labels.sort(function (a, b) { return a.label.localeCompare(b.label); });
  labels.forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    datalist.appendChild(option);
  });

  /* Exact (case-insensitive) label match first, then prefix, then substring. */
  function findNode(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return null; }
    var tests = [
      function (l) { return l === q; },
      function (l) { return l.indexOf(q) === 0; },
      function (l) { return l.indexOf(q) !== -1; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < labels.length; i++) {
        if (tests[t](labels[i].label.toLowerCase())) { return labels[i].id; }
      }
    }
    return null;
  }

  function focusNode(query) {
    var id = findNode(query);
    if (id === null) {
      status.textContent = "No match";
      return null;
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    return id;
  }
  window.akgFindNode = focusNode;

  /* The view form: leave empty fields and defaults out of the URL, so a shared link stays short. */
  var viewForm = document.getElementById("akg-form");
  if (viewForm) {
    viewForm.addEventListener("submit", function () {
      var defaults = { depth: "1", size_by: "degree" };
      Array.prototype.forEach.call(viewForm.elements, function (el) {
        if (!el.name) { return; }
        if (el.value === "" || defaults[el.name] === el.value) { el.disabled = true; }
      });
    });
  }

  document.getElementById("akg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    focusNode(input.value);
  });
})();
