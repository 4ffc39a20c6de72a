"""Security on a real `alliancekg serve` over a store filled by the real
ingest from hostile articles (text, HTML, JSON Lines) and an RDF file whose
names try to inject markup and script: every HTML page in a real Chromium
executes nothing of it; writes need the token; SERVICE and LOAD never reach
this machine; no route reads a file outside its folder; CORS never allows
credentials; every answer carries the security headers.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
from urllib.parse import quote

import httpx
import pytest

from .conftest import alliancekg_command, start_server

TOKEN = "security-token-for-tests"
BASE = "https://w3id.org/alliancekg/"
AKG = BASE + "ontology#"

HOSTILE_TEXT = """<script>alert("title")</script> Harlow href Systems backs Quimby Robotics

By <img src=x onerror=alert('byline')>
June 3, 2025

Harlow Systems has invested $12 million in Quimby Robotics, a Lisbon-based start-up <img src=x onerror=alert(1)>, see <a href="javascript:alert(3)">href</a>.
Quimby Robotics and Vessel Dynamics agreed a partnership "><script>alert(2)</script> javascript:alert(4).
Quimby's model Qubit-9 is available on Vessel Cloud. Harlow Systems acquired Tilde Analytics for $40 million.
"""
HOSTILE_HTML = """<!doctype html><html lang="en"><head><title>&lt;img src=x onerror=alert(5)&gt; Ostrander Labs buys Pike Vision</title>
<meta name="author" content="&lt;img src=x onerror=alert(7)&gt;">
<link rel="canonical" href="javascript:alert(8)">
<script>alert(9)</script></head>
<body onload="alert(10)"><article><h1>&lt;img src=x onerror=alert(5)&gt; Ostrander Labs buys Pike Vision</h1>
<p><time datetime="2025-06-04">June 4, 2025</time></p>
<p>Ostrander Labs has acquired Pike Vision, a Graz-based start-up, for $30 million &lt;script&gt;alert(11)&lt;/script&gt; href.</p>
<p><a href="javascript:alert(12)">Ostrander Labs</a> and Pike Vision agreed a partnership. <img src=x onerror="alert(13)"></p>
</article></body></html>
"""
HOSTILE_JSONL = json.dumps({
    "title": '"><script>alert(14)</script> Nimbrel Compute backs Orla Data', "date": "2025-06-05",
    "url": "javascript:alert(15)", "author": "<img src=x onerror=alert(16)>",
    "text": "Nimbrel Compute has invested $7 million in Orla Data, a Porto-based start-up. <svg onload=alert(17)> href javascript:alert(18)",
}) + "\n"
HOSTILE_TTL = """@prefix akg: <https://w3id.org/alliancekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix c: <https://w3id.org/alliancekg/company/> .
@prefix p: <https://w3id.org/alliancekg/product/> .
c:evil-img a akg:Company ; rdfs:label "<img src=x onerror=alert(19)>" ; akg:investsIn c:evil-script ;
    schema:url "javascript:alert(20)" ; owl:sameAs <javascript:alert(21)> ; akg:basedIn <https://w3id.org/alliancekg/country/evil-land> ;
    akg:partnerOf <https://w3id.org/alliancekg//evil.example/steal> .
c:evil-script a akg:Company ; rdfs:label "\\"><script>alert(22)</script>" ; akg:partnerOf c:evil-href .
c:evil-href a akg:Company ; rdfs:label "javascript:alert(23) href" ; akg:develops p:evil-product .
p:evil-product a akg:Product ; rdfs:label "<iframe src=javascript:alert(24)>" .
<https://w3id.org/alliancekg/country/evil-land> a akg:Country ; rdfs:label "<body onload=alert(25)>" .
<https://w3id.org/alliancekg//evil.example/steal> a akg:Company ; rdfs:label "Offsite Link Corp" .
"""
NAMES = ["<img src=x onerror=alert(19)>", '"><script>alert(22)</script>', "javascript:alert(23) href"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import subprocess

    root = tmp_path_factory.mktemp("security")
    inbox = root / "hostile"
    inbox.mkdir()
    (inbox / "hostile-text.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (inbox / "hostile-page.html").write_text(HOSTILE_HTML, encoding="utf-8")
    (inbox / "hostile-feed.jsonl").write_text(HOSTILE_JSONL, encoding="utf-8")
    (inbox / "hostile-links.ttl").write_text(HOSTILE_TTL, encoding="utf-8")
    r = subprocess.run([*alliancekg_command(), "ingest", "--store", str(root / "store"), str(inbox)],
                       capture_output=True, text=True, env={**os.environ, "ALLIANCEKG_STORE": ""})
    assert r.returncode == 0, r.stderr
    live = start_server(root / "store", env={"ALLIANCEKG_WRITE_TOKEN": TOKEN})
    yield live.base
    live.stop()


def _one(base: str, sparql: str) -> list[str]:
    r = httpx.get(base + "/sparql", params={"query": sparql}, timeout=30)
    assert r.status_code == 200, r.text
    return [b["x"]["value"] for b in r.json()["results"]["bindings"]]


def _path(iri: str) -> str:
    return "/" + quote(iri[len(BASE):], safe="/%:@!$&'()*+,;=-._~")


def html_pages(base: str) -> list[str]:
    """Every kind of HTML page the server has, found in its own data."""
    pages = ["/", "/sparql", "/ontology", "/docs", "/view", "/view?center=evil-img", "/view?center=harlow-systems&depth=2",
             "/view?path_from=evil-img&path_to=evil-href", "/company/evil-img", "/company/evil-script", "/company/evil-href",
             "/product/evil-product", "/country/evil-land", "/graph/hostile-links-ttl", "/company/%3Cscript%3Ealert(1)%3C/script%3E"]
    for cls in ("Investment", "Acquisition", "Partnership", "Availability", "Article", "Assertion"):
        found = _one(base, f"SELECT DISTINCT ?x WHERE {{ ?x a <{AKG}{cls}> }} ORDER BY ?x")
        assert found, cls
        pages += [_path(x) for x in found if x.startswith(BASE)][:3 if cls == "Article" else 1]
    agents = _one(base, "SELECT DISTINCT ?x WHERE { ?x a <http://www.w3.org/ns/prov#SoftwareAgent> }")
    pages += [_path(x) for x in agents if x.startswith(BASE)][:1]
    return pages


CHECK_PAGE = r"""
const bad = [];
for (const el of document.querySelectorAll('*')) {
  for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(el.tagName + ' has ' + a.name);
  if (/^(IFRAME|OBJECT|EMBED|FRAME)$/.test(el.tagName)) bad.push('a ' + el.tagName + ' element');
}
const inline = Array.from(document.scripts).filter(s => !s.src && !/json/i.test(s.type));
// the network view has its two own scripts (allowed by hash in its CSP), the API docs theirs; other pages none
const allowed = location.pathname === '/view' ? 2 : location.pathname === '/docs' ? 1 : 0;
if (inline.length !== allowed) bad.push(inline.length + ' inline scripts, expected ' + allowed);
for (const s of document.scripts) {
  if (s.src && new URL(s.src).origin !== location.origin) bad.push('a script from ' + s.src);
  if (/json/i.test(s.type)) { try { JSON.parse(s.textContent); } catch (e) { bad.push('a data block that is no JSON'); } }
}
for (const el of document.querySelectorAll('[href],[src],[action],[formaction],[xlink\\:href]')) {
  for (const n of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
    const v = el.getAttribute(n);
    if (!v) continue;
    const harmless = (el.tagName === 'IMG' && /^data:image\//.test(v)) || (el.tagName === 'LINK' && el.rel === 'icon' && v === 'data:,');
    if (/^\s*(javascript|vbscript|data):/i.test(v) && !harmless) bad.push(el.tagName + ' ' + n + '=' + v);
    if (el.tagName === 'A' && n === 'href' && !/^[a-z][a-z0-9+.-]*:/i.test(v.trim())) {
      const target = new URL(v, location.href);
      if (target.origin !== location.origin) bad.push('a relative link leaving this site: ' + v);
    }
  }
}
for (const a of document.querySelectorAll('a[href]')) {
  const p = new URL(a.getAttribute('href'), location.href).protocol;
  if (p !== 'http:' && p !== 'https:') bad.push('a link with protocol ' + p);
}
return bad;
"""


def _wait_ready(driver, path: str) -> None:
    deadline = time.monotonic() + 30
    while driver.execute_script("return document.readyState") != "complete":
        assert time.monotonic() < deadline, path
        time.sleep(0.05)
    if path.startswith("/view"):
        while not driver.execute_script("return window.akgReady === true"):
            assert time.monotonic() < deadline, f"{path}: the network was not drawn"
            time.sleep(0.1)
    if path == "/docs":
        while not driver.execute_script("return !!document.querySelector('.swagger-ui .info')"):
            assert time.monotonic() < deadline, "the API docs did not render"
            time.sleep(0.1)


def _assert_clean(driver, path: str) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    assert driver.execute_script("return window.__akgDialogs") == [], path
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - raises when no native dialog is open
    assert driver.execute_script(CHECK_PAGE) == [], path
    severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"
              and "favicon" not in e["message"] and not (path.startswith("/company/%3C") and " 404 " in e["message"])]
    assert severe == [], (path, severe)


@pytest.mark.browser
def test_every_html_page_executes_nothing_of_the_hostile_data(server, chromium):
    driver = chromium(block_all_but=server)
    pages = html_pages(server)
    assert len(pages) == 24, pages
    for path in pages:
        driver.get(server + path)
        _wait_ready(driver, path)
        _assert_clean(driver, path)
    # the names are shown, as text
    for path, name in (("/company/evil-img", NAMES[0]), ("/company/evil-script", NAMES[1]), ("/company/evil-href", NAMES[2]),
                       ("/product/evil-product", "<iframe src=javascript:alert(24)>"), ("/country/evil-land", "<body onload=alert(25)>")):
        driver.get(server + path)
        assert driver.find_element("tag name", "h1").text == name, path
    driver.get(server + "/company/evil-img")
    text = driver.find_element("tag name", "body").text
    assert NAMES[1] in text and "Offsite Link Corp" in text


@pytest.mark.browser
def test_the_query_page_draws_hostile_results_as_text(server, chromium):
    from selenium.webdriver.common.by import By

    driver = chromium(block_all_but=server)
    driver.get(server + "/sparql")
    _wait_ready(driver, "/sparql")
    box = driver.find_element(By.ID, "akg-query-text")
    box.clear()
    box.send_keys("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?label ?o WHERE { ?s rdfs:label ?label . "
                  "OPTIONAL { ?s ?p ?o FILTER(isIRI(?o)) } } ORDER BY ?label")
    driver.find_element(By.CSS_SELECTOR, "#akg-query button, #akg-query [type=submit]").click()
    deadline = time.monotonic() + 30
    while not driver.execute_script("return document.querySelectorAll('#akg-results td').length > 0"):
        assert time.monotonic() < deadline, driver.find_element(By.ID, "akg-status").text
        time.sleep(0.1)
    cells = driver.execute_script("return Array.from(document.querySelectorAll('#akg-results td'), td => td.textContent)")
    for name in NAMES:
        assert name in cells
    assert "javascript:alert(21)" in cells  # the IRI, as text and no link
    _assert_clean(driver, "/sparql with results")


# -- writes ------------------------------------------------------------------------
WRITES = [
    ("POST", "/sparql", {"Content-Type": "application/sparql-update"},
     b"INSERT DATA { GRAPH <https://example.org/w> { <https://example.org/a> <https://example.org/b> 'c' } }"),
    ("POST", "/update", {"Content-Type": "application/x-www-form-urlencoded"},
     b"update=INSERT+DATA+%7B+GRAPH+%3Chttps%3A%2F%2Fexample.org%2Fw%3E+%7B+%3Chttps%3A%2F%2Fexample.org%2Fa%3E+%3Chttps%3A%2F%2Fexample.org%2Fb%3E+%27c%27+%7D+%7D"),
    ("PUT", "/store?graph=https://example.org/w", {"Content-Type": "text/turtle"}, b"<https://example.org/a> <https://example.org/b> 'c' ."),
    ("POST", "/store?graph=https://example.org/w", {"Content-Type": "text/turtle"}, b"<https://example.org/a> <https://example.org/b> 'c' ."),
    ("POST", "/store", {"Content-Type": "text/turtle"}, b"<https://example.org/a> <https://example.org/b> 'c' ."),
    ("DELETE", "/store?graph=https://w3id.org/alliancekg/graph/hostile-links-ttl", {}, b""),
]
BAD_CREDENTIALS = [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer"},
                   {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
                   {"Cookie": f"token={TOKEN}"}, {"X-Write-Token": TOKEN}]


def test_writes_without_the_right_token_or_by_get_are_refused(server):
    count = lambda: httpx.get(server + "/health", timeout=30).json()["quads"]  # noqa: E731
    before = count()
    with httpx.Client(base_url=server, timeout=30) as c:
        for method, path, headers, body in WRITES:
            for creds in BAD_CREDENTIALS:
                r = c.request(method, path, headers={**headers, **creds}, content=body)
                assert r.status_code == 401, (method, path, creds, r.status_code, r.text)
                assert r.json()["message"] and r.headers["www-authenticate"].startswith("Bearer")
            r = c.request(method, path + ("&" if "?" in path else "?") + f"access_token={TOKEN}", headers=headers, content=body)
            assert r.status_code == 401, (method, path, "token in the URL")
        for params in ({"update": "DROP ALL"}, {"update": "CLEAR ALL", "access_token": TOKEN}):
            r = c.get("/sparql", params=params, headers={"Authorization": f"Bearer {TOKEN}"})
            assert r.status_code == 405 and r.json()["message"]
            r = c.get("/update", params=params, headers={"Authorization": f"Bearer {TOKEN}"})
            assert r.status_code == 405
        r = c.get("/store", params={"graph": "https://example.org/w", "update": "DROP ALL"})
        assert r.status_code == 404  # a read, of a graph that does not exist: nothing was written
    assert count() == before


# -- SERVICE and LOAD never reach this machine ------------------------------------------
class Listener:
    """A TCP listener on loopback that records every connection."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self.stop = True
        self.thread.join(timeout=2)
        self.sock.close()


def test_service_and_load_never_reach_loopback_link_local_or_files(server):
    listener = Listener()
    port = listener.port
    targets = [f"http://127.0.0.1:{port}/sparql", f"http://localhost:{port}/", f"http://[::1]:{port}/",
               f"http://127.1:{port}/", f"http://2130706433:{port}/", f"http://0x7f000001:{port}/", f"http://0177.0.0.1:{port}/",
               f"http://[::ffff:127.0.0.1]:{port}/", f"http://127.0.0.1.nip.io:{port}/", f"HTTP://127.0.0.1:{port}/",
               "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "file:///etc/passwd", "file:/etc/passwd",
               f"http://0.0.0.0:{port}/", "http://metadata.google.internal/"]
    try:
        with httpx.Client(base_url=server, timeout=30) as c:
            for target in targets:
                for q in (f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
                          f"SELECT * WHERE {{ SERVICE SILENT <{target}> {{ ?s ?p ?o }} }}",
                          f"BASE <{target}> SELECT * WHERE {{ SERVICE <> {{ ?s ?p ?o }} }}"):
                    r = c.get("/sparql", params={"query": q})
                    assert r.status_code in (400, 403), (q, r.status_code, r.text)
                for u in (f"LOAD <{target}>", f"LOAD SILENT <{target}> INTO GRAPH <https://example.org/l>"):
                    r = c.post("/update", content=u, headers={"Content-Type": "application/sparql-update",
                                                               "Authorization": f"Bearer {TOKEN}"})
                    assert r.status_code in (400, 403), (u, r.status_code, r.text)
        time.sleep(0.5)
        assert listener.hits == 0
    finally:
        listener.close()


# -- path traversal --------------------------------------------------------------------
def test_no_route_reads_outside_its_folder(server):
    host, port = server.split("//")[1].split(":")
    secret = b"root:"
    for path in ("/static/akg/../../../../etc/passwd", "/static/akg/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                 "/static/akg/..%2f..%2f..%2fetc%2fpasswd", "/static/akg/%252e%252e%252fetc%252fpasswd",
                 "/static/swagger/../../../../etc/passwd", "/static/swagger/..%2f..%2f..%2f..%2fetc%2fpasswd",
                 "/static/akg/..%5c..%5c..%5cetc%5cpasswd", "/static/akg/query.js%00.html", "/static/akg//etc/passwd",
                 "/static/akg/%2fetc%2fpasswd", "/ontology.ttl/..%2f..%2fpyproject.toml", "/shapes.ttl%2f..%2f..%2fREADME.md",
                 "/graph/..%2f..%2f..%2fetc%2fpasswd", "/article/%2e%2e%2f%2e%2e%2fseeds%2fseed-microsoft-mistral.txt",
                 "/docs/../../etc/passwd", "/view/../../etc/passwd", "/.well-known/../../etc/passwd", "//etc/passwd",
                 "/static/akg/../../api/settings.py", "/static/akg/%2e%2e/templates/base.html"):
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        conn.close()
        assert response.status in (400, 404), (path, response.status)
        assert secret not in body and b"[project]" not in body and b"dataclass" not in body and b"{%" not in body, path


# -- CORS and headers ---------------------------------------------------------------------
ORIGINS = ["https://evil.example", "null", "http://127.0.0.1:1", "https://w3id.org"]


def test_cors_never_allows_credentials(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        for origin in ORIGINS:
            for method, path in (("GET", "/sparql?query=ASK%7B%7D"), ("GET", "/company/evil-img"), ("GET", "/view?format=json"),
                                 ("GET", "/health"), ("POST", "/sparql"), ("GET", "/no/such/page")):
                r = c.request(method, path, headers={"Origin": origin, "Cookie": "session=1"},
                              data={"query": "ASK {}"} if method == "POST" else None)
                assert "access-control-allow-credentials" not in r.headers, (origin, path)
                assert r.headers.get("access-control-allow-origin") in ("*", None), (origin, path)
            for method in ("PUT", "POST", "DELETE"):
                r = c.options("/store", headers={"Origin": origin, "Access-Control-Request-Method": method,
                                                 "Access-Control-Request-Headers": "authorization, content-type"})
                assert "access-control-allow-credentials" not in r.headers
                assert r.headers.get("access-control-allow-origin") in ("*", None)


def test_security_headers_on_every_route_error_and_file(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        answers = [c.get(p, headers={"Accept": a}) for p, a in (
            ("/", "text/html"), ("/sparql", "text/html"), ("/sparql", "text/turtle"), ("/sparql?query=ASK%7B%7D", "*/*"),
            ("/view", "text/html"), ("/view?format=json", "*/*"), ("/view?format=gexf", "*/*"), ("/docs", "text/html"),
            ("/openapi.json", "*/*"), ("/health", "*/*"), ("/.well-known/void", "*/*"), ("/ontology", "text/html"),
            ("/ontology", "text/turtle"), ("/ontology.ttl", "*/*"), ("/shapes.ttl", "*/*"), ("/store?default", "*/*"),
            ("/static/akg/query.js", "*/*"), ("/static/swagger/swagger-ui.css", "*/*"), ("/company/evil-img", "text/html"),
            ("/company/evil-img", "text/turtle"), ("/analytics/rankings", "*/*"),
            ("/company/nobody", "text/html"), ("/company/nobody", "text/turtle"), ("/no/such/page", "text/html"),
            ("/sparql?query=SELECT", "*/*"), ("/sparql?query=ASK%7B%7D", "image/png"), ("/view?depth=9", "text/html"),
            ("/static/akg/nothing.js", "*/*"))]
        answers += [c.patch("/sparql"), c.post("/sparql", content=b"x", headers={"Content-Type": "image/png"}),
                    c.put("/store?graph=https://example.org/x", content=b"x", headers={"Content-Type": "text/turtle"}),
                    c.post("/sparql", content=b"x" * (1024 * 1024 + 1), headers={"Content-Type": "application/sparql-query"})]
        statuses = set()
        for r in answers:
            where = (r.request.method, str(r.request.url), r.status_code)
            statuses.add(r.status_code)
            assert r.headers.get("x-content-type-options") == "nosniff", where
            assert r.headers.get("referrer-policy") == "no-referrer", where
            if r.headers.get("content-type", "").startswith("text/html"):
                csp = r.headers.get("content-security-policy", "")
                assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp, where
                scripts = csp.split("script-src")[1].split(";")[0] if "script-src" in csp else ""
                assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, where
        assert {200, 400, 401, 404, 405, 406, 413, 415} <= statuses, statuses


def test_write_token_is_never_echoed_or_logged_in_answers(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        for r in (c.get("/sparql", headers={"Accept": "text/html"}), c.get("/sparql", headers={"Accept": "text/turtle"}),
                  c.get("/"), c.get("/openapi.json"), c.get("/health"),
                  c.post("/update", content=b"DROP ALL", headers={"Content-Type": "application/sparql-update",
                                                                  "Authorization": "Bearer wrong"})):
            assert TOKEN not in r.text

