"""Headless-Chromium tests of the network view, with every network request blocked.

The page is written to tmp_path and opened from a file:// URL; CDP
``Network.setBlockedURLs(["*"])`` blocks any fetch it might still try, and the
performance log is checked for requests to anything but the page itself.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import networkx as nx
import pytest

from alliancekg.viz import render_network

EX = "http://example.org/alliancekg/entity/"
HOSTILE = ["<img src=x onerror=alert(1)>", '"><script>alert(1)</script>', "Acme href Corp"]

pytestmark = pytest.mark.browser

def sample_graph() -> nx.MultiDiGraph:
    """The Microsoft / Mistral AI alliance from the seed article, plus context."""
    G = nx.MultiDiGraph()
    nodes = [
        ("microsoft", "Microsoft", "Company"), ("mistral", "Mistral AI", "Company"),
        ("openai", "OpenAI", "Company"), ("large", "Mistral Large", "Product"),
        ("lechat", "Le Chat", "Product"), ("azure", "Azure", "Product"),
        ("france", "France", "Country"), ("usa", "United States", "Country"),
    ]
    for key, label, ntype in nodes:
        G.add_node(EX + key, label=label, type=ntype, iri=EX + key)
    edges = [
        ("microsoft", "mistral", dict(relation="invests_in", amount=15e6, currency="EUR", date="2024-02-26",
                                      evidence="Microsoft made an initial investment of €15 million in Mistral AI.")),
        ("microsoft", "mistral", dict(relation="partners_with", date="2024-02-26")),
        ("microsoft", "openai", dict(relation="invests_in", amount=13e9, currency="USD", date="2023-01-23")),
        ("mistral", "large", dict(relation="develops")),
        ("mistral", "lechat", dict(relation="develops")),
        ("large", "azure", dict(relation="available_on")),
        ("microsoft", "azure", dict(relation="develops")),
        ("mistral", "france", dict(relation="based_in")),
        ("microsoft", "usa", dict(relation="based_in")),
        ("openai", "usa", dict(relation="based_in")),
    ]
    for u, v, attrs in edges:
        G.add_edge(EX + u, EX + v, article="Microsoft Sets Sights on Mistral AI", **attrs)
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """Sample graph plus companies whose names try to inject markup and script."""
    G = sample_graph()
    for i, name in enumerate(HOSTILE):
        G.add_node(f"{EX}hostile{i}", label=name, type="Company")
        G.add_edge(f"{EX}hostile{i}", EX + "mistral", relation="partners_with",
                   evidence=f"{name} partners with <b>Mistral</b> href=javascript:alert(2)", article=name)
    return G


@pytest.fixture
def browser(chromium):
    """Headless Chromium that blocks all network requests and traps dialogs (tests/conftest.py)."""
    return chromium()


def open_graph(driver, tmp_path: Path, G: nx.Graph, name: str = "view.html", **kwargs) -> None:
    """Render G to a file in tmp_path, open it and wait until the network is drawn."""
    page = tmp_path / name
    page.write_text(render_network(G, **kwargs), encoding="utf-8")
    driver.get_log("performance")  # drain: start-up tab requests are not ours
    driver.get(page.as_uri())
    deadline = time.monotonic() + 30
    while not driver.execute_script("return window.akgReady === true"):
        assert time.monotonic() < deadline, "network never became ready"
        time.sleep(0.1)


def severe_console_entries(driver) -> list[dict]:
    """SEVERE browser-console entries (errors, CSP violations, blocked loads)."""
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def requested_urls(driver) -> list[str]:
    """URLs of every request the page started, from the CDP performance log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def assert_no_dialogs(driver) -> None:
    """No alert/confirm/prompt was called, and no native dialog is open."""
    from selenium.common.exceptions import NoAlertPresentException

    assert driver.execute_script("return window.__akgDialogs") == []
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - property access raises when no alert


def hover_node(driver, node_id: str) -> str:
    """Move the real mouse over a node and return the tooltip's text."""
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("window.akgNetwork.stopSimulation();")
    x, y, w, h = driver.execute_script(
        """const net = window.akgNetwork, id = arguments[0];
           const p = net.canvasToDOM(net.getPositions([id])[id]);
           const c = document.querySelector('#akg-network canvas');
           return [p.x, p.y, c.clientWidth, c.clientHeight];""", node_id)
    canvas = driver.find_element("css selector", "#akg-network canvas")
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).perform()
    deadline = time.monotonic() + 5
    while True:
        tooltip = driver.execute_script(
            """const t = document.querySelector('div.vis-tooltip');
               return t && t.style.visibility === 'visible'
                 ? {text: t.innerText, tags: Array.from(t.children, c => c.tagName)} : null;""")
        if tooltip or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert tooltip, f"no tooltip for {node_id}"
    # Plain text: innerText only turns "\n" into <br>, nothing is parsed as markup.
    assert set(tooltip["tags"]) <= {"BR"}
    return tooltip["text"]


def test_dialog_trap_works(browser, tmp_path):
    """Sanity check of the harness: a real alert() call is caught by the trap."""
    open_graph(browser, tmp_path, sample_graph())
    browser.execute_script("alert('probe')")
    assert browser.execute_script("return window.__akgDialogs") == ["alert:probe"]


def test_renders_offline(browser, tmp_path):
    G = sample_graph()
    open_graph(browser, tmp_path, G, title="Sample alliance")
    assert browser.find_elements("css selector", "#akg-network canvas")
    assert browser.execute_script("return window.akgNetwork.body.data.nodes.length") == G.number_of_nodes()
    assert browser.execute_script("return window.akgNetwork.body.data.edges.length") == G.number_of_edges()
    assert browser.title == "Sample alliance"
    assert severe_console_entries(browser) == []
    page = (tmp_path / "view.html").as_uri()
    assert [u for u in requested_urls(browser) if u != page] == []
    assert_no_dialogs(browser)


def test_hostile_names_execute_nothing(browser, tmp_path):
    G = hostile_graph()
    open_graph(browser, tmp_path, G, title=HOSTILE[1], entity_url=lambda iri: "/entity?iri=" + iri)
    assert browser.execute_script("return window.akgNetwork.body.data.nodes.length") == G.number_of_nodes()
    assert browser.title == HOSTILE[1]  # shown as text
    assert browser.find_element("id", "akg-title").text == HOSTILE[1]
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.execute_script("return document.scripts.length") == 3
    for i, name in enumerate(HOSTILE):
        text = hover_node(browser, f"{EX}hostile{i}")
        assert text.splitlines()[0] == name
    edge_title = browser.execute_script(
        "return window.akgNetwork.body.data.edges.get({filter: e => e.from === arguments[0]})[0].title",
        f"{EX}hostile2")
    assert "href=javascript:alert(2)" in edge_title
    assert_no_dialogs(browser)
    assert severe_console_entries(browser) == []


def test_search_focuses_node(browser, tmp_path):
    from selenium.webdriver.common.keys import Keys

    open_graph(browser, tmp_path, hostile_graph())
    assert browser.execute_script("return window.akgFindNode('mistral large')") == EX + "large"
    assert browser.execute_script("return window.akgNetwork.getSelectedNodes()") == [EX + "large"]
    box = browser.find_element("id", "akg-search")
    box.send_keys("acme href", Keys.ENTER)
    assert browser.execute_script("return window.akgNetwork.getSelectedNodes()") == [EX + "hostile2"]
    box.clear()
    box.send_keys("no such company", Keys.ENTER)
    assert browser.find_element("id", "akg-search-status").text == "No match"
    assert_no_dialogs(browser)


def test_large_graph_is_capped_and_static(browser, tmp_path):
    G = nx.barabasi_albert_graph(120, 2, seed=3)
    G = nx.relabel_nodes(G, {n: f"{EX}n{n}" for n in G})
    nx.set_node_attributes(G, {n: {"label": n.rsplit("/", 1)[1], "type": "Company"} for n in G})
    nx.set_edge_attributes(G, "partners_with", "relation")
    open_graph(browser, tmp_path, G, max_nodes=80, physics_threshold=50)
    assert browser.execute_script("return window.akgNetwork.body.data.nodes.length") == 80
    assert "40 more not shown" in browser.find_element("id", "akg-banner").text
    assert browser.execute_script("return window.akgNetwork.physics.physicsEnabled") is False
    assert severe_console_entries(browser) == []


# ---------------------------------------------------------------- views served from a real store

HOSTILE_TTL = """@prefix akg: <https://w3id.org/alliancekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix c: <https://w3id.org/alliancekg/company/> .
c:img a akg:Company ; rdfs:label "<img src=x onerror=alert(1)>" ; akg:investsIn c:quillon-robotics .
c:script a akg:Company ; rdfs:label '"><script>alert(1)</script>' ; akg:acquired c:quillon-robotics .
c:href a akg:Company ; rdfs:label "Acme href Corp" ; akg:partnerOf c:quillon-robotics .
c:quillon-robotics a akg:Company ; rdfs:label "Quillon Robotics" ; akg:partnerOf c:href .
c:far a akg:Company ; rdfs:label "Farrow Ventures" ; akg:investsIn c:img .
"""


@pytest.fixture
def served(memory_store):
    """The real app over a store holding companies with hostile names."""
    from fastapi.testclient import TestClient

    from alliancekg.api.app import create_app
    from alliancekg.api.settings import Settings

    memory_store.load_rdf(HOSTILE_TTL.encode("utf-8"), "turtle", "https://w3id.org/alliancekg/graph/hostile.ttl")
    with TestClient(create_app(Settings(store="memory"), store=memory_store)) as client:
        yield client


def open_served(driver, tmp_path: Path, client, params: dict) -> dict:
    """Fetch /view with params from the app, open it from a file, wait until drawn; return /view's JSON."""
    r = client.get("/view", params=params)
    assert r.status_code == 200
    page = tmp_path / "served.html"
    page.write_text(r.text, encoding="utf-8")
    driver.get(page.as_uri())
    deadline = time.monotonic() + 30
    while not driver.execute_script("return window.akgReady === true"):
        assert time.monotonic() < deadline, "network never became ready"
        time.sleep(0.1)
    return client.get("/view", params={**params, "format": "json"}).json()


def test_served_ego_view_with_hostile_names(browser, tmp_path, served):
    data = open_served(browser, tmp_path, served, {"center": "Quillon Robotics", "depth": "1"})
    drawn = browser.execute_script("return window.akgNetwork.body.data.nodes.length")
    assert drawn == len(data["nodes"]) == 4  # quillon and its three neighbours, not Farrow (two steps away)
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.execute_script("return document.scripts.length") == 3
    text = hover_node(browser, "https://w3id.org/alliancekg/company/img")
    assert text.splitlines()[0] == "<img src=x onerror=alert(1)>"
    text = hover_node(browser, "https://w3id.org/alliancekg/company/href")
    assert text.splitlines()[0] == "Acme href Corp"
    assert browser.execute_script("return window.akgFindNode('acme href')") == "https://w3id.org/alliancekg/company/href"
    assert browser.find_element("id", "akg-description").text.startswith("Quillon Robotics and everything within 1 step")
    assert_no_dialogs(browser)
    assert severe_console_entries(browser) == []


def test_served_capped_view_offers_drilldown(browser, tmp_path, served):
    data = open_served(browser, tmp_path, served, {"limit": "2"})
    assert browser.execute_script("return window.akgNetwork.body.data.nodes.length") == 2 == len(data["nodes"])
    banner = browser.find_element("id", "akg-banner").text
    assert "3 more not shown" in banner
    links = browser.find_elements("css selector", "#akg-drilldown a")
    assert links and all("/view?center=" in a.get_attribute("href") for a in links)
    assert len(links) >= 2
    form = browser.find_element("id", "akg-form")
    assert form.find_element("name", "limit").get_attribute("value") == "2"
    submitted = browser.execute_script("""
        const f = document.getElementById('akg-form');
        f.elements.center.value = 'Quillon Robotics';
        f.addEventListener('submit', e => e.preventDefault());  // runs after the page's own handler
        f.requestSubmit();
        return [...new FormData(f).entries()];""")
    assert submitted == [["center", "Quillon Robotics"], ["limit", "2"]]  # empty fields and defaults left out
    assert_no_dialogs(browser)
    assert severe_console_entries(browser) == []


def test_capped_large_view_draws_without_physics(browser, tmp_path):
    G = nx.barabasi_albert_graph(1700, 1, seed=5)
    G = nx.relabel_nodes(G, {n: f"{EX}n{n}" for n in G})
    nx.set_node_attributes(G, {n: {"label": "Company " + n.rsplit("n", 1)[1], "type": "Company"} for n in G})
    nx.set_edge_attributes(G, "invests_in", "relation")
    open_graph(browser, tmp_path, G, max_nodes=1500)
    assert browser.execute_script("return window.akgNetwork.body.data.nodes.length") == 1500
    assert browser.execute_script("return window.akgNetwork.physics.physicsEnabled") is False
    assert "200 more not shown" in browser.find_element("id", "akg-banner").text
    assert severe_console_entries(browser) == []


def test_clicking_an_entity_opens_its_page(browser, tmp_path, served):
    from selenium.webdriver.common.action_chains import ActionChains

    open_served(browser, tmp_path, served, {"center": "Farrow Ventures"})
    iri = "https://w3id.org/alliancekg/company/far"
    browser.execute_script("window.akgNetwork.stopSimulation();")
    x, y, w, h = browser.execute_script(
        """const net = window.akgNetwork, p = net.canvasToDOM(net.getPositions([arguments[0]])[arguments[0]]);
           const c = document.querySelector('#akg-network canvas');
           return [p.x, p.y, c.clientWidth, c.clientHeight];""", iri)
    browser.get_log("performance")  # drain
    canvas = browser.find_element("css selector", "#akg-network canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).click().perform()
    deadline = time.monotonic() + 5
    while not any(u.endswith("/company/far") for u in requested_urls(browser)):
        assert time.monotonic() < deadline, "clicking the node opened nothing"
        time.sleep(0.1)
    assert_no_dialogs(browser)
