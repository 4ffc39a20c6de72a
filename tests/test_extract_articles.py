"""End to end on short invented articles: context-typed names, passive voice,
funding rounds, nominalisations, coreference, hedges and relative dates."""

from pathlib import Path

import pytest

from alliancekg.graph.articles import parse_text, read_article
from alliancekg.graph.extract import extract

ARTICLES = Path(__file__).parent / "articles"


def facts(article):
    return {(f.relation, f.subject, f.object): f for f in extract(article).facts}


def make(body, published="June 14, 2024"):
    return parse_text(f"Test Headline\nBy the Test Desk\n{published}\n\n{body}\n", source="inline.txt")


@pytest.fixture(scope="module")
def quillon():
    return read_article(ARTICLES / "quillon-tenkai.txt")


@pytest.fixture(scope="module")
def marrow():
    return read_article(ARTICLES / "marrow-orbis.txt")


def test_funding_round_lead_and_participants(quillon):
    fs = facts(quillon)
    lead = fs[("invests_in", "Harbourline Capital", "Quillon Robotics")]
    assert (lead.amount, lead.currency) == (40e6, "EUR")  # the first currency stated
    assert lead.date == "2024-06-12"  # "on Wednesday", published Friday 14 June
    for backer in ("Ostrava Ventures", "Tenkai"):
        f = fs[("invests_in", backer, "Quillon Robotics")]
        assert f.amount is None  # the round's amount belongs to the lead
    assert ("based_in", "Quillon Robotics", "France") in fs  # "a Lyon-based start-up"
    assert ("based_in", "Tenkai", "Japan") in fs  # "The Osaka-based chipmaker Tenkai"


def test_passive_acquisition_and_background_investment(quillon):
    fs = facts(quillon)
    acq = fs[("acquires", "Pellucid Systems", "Brightwater Labs")]
    assert (acq.amount, acq.currency, acq.date) == (210e6, "USD", "2023-03")
    assert ("acquires", "Brightwater Labs", "Pellucid Systems") not in fs
    assert fs[("invests_in", "Pellucid Systems", "Quillon Robotics")].amount == 15e6


def test_products_and_availability(quillon):
    fs = facts(quillon)
    assert ("develops", "Tenkai", "Hikari") in fs
    assert ("develops", "Quillon Robotics", "Vesta-2") in fs  # "Quillon's flagship model, Vesta-2"
    assert ("develops", "Brightwater Labs", "Nimbus Cloud") in fs  # "the service from Brightwater Labs"
    assert ("available_on", "Vesta-2", "Nimbus Cloud") in fs
    assert ("available_on", "Hikari", "Nimbus Cloud") not in fs
    assert ("partners_with", "Tenkai", "Quillon Robotics") in fs  # "the start-up" resolved


def test_hedged_sentences_give_no_facts(quillon):
    fs = facts(quillon)
    assert not any(k[2] == "Sorrel Analytics" for k in fs)  # reportedly in talks
    assert ("acquires", "Tenkai", "Quillon Robotics") not in fs  # could
    assert not any(k[0] == "partners_with" and "Harbourline Capital" in k for k in fs)  # denied plans


def test_stake_nominalisation_and_anaphoric_amount(marrow):
    fs = facts(marrow)
    inv = fs[("invests_in", "Orbis Labs", "Marrow AI")]
    assert inv.stake == "minority"
    assert (inv.amount, inv.currency) == (2e9, "EUR")  # "The investment, worth EUR 2 billion"
    assert inv.date == "2024-09-20"
    tallis = fs[("invests_in", "Orbis Labs", "Tallis Bio")]  # "Orbis Labs' $300m investment in Tallis Bio"
    assert (tallis.amount, tallis.date) == (300e6, "2024-09")  # "last week"
    assert ("based_in", "Marrow AI", "Germany") in fs  # "the German AI startup"


def test_coreference_and_release(marrow):
    fs = facts(marrow)
    assert ("develops", "Marrow AI", "Kestrel") in fs
    assert ("partners_with", "Marrow AI", "Varga Inc") in fs  # "The company has also partnered with Varga Inc."
    assert ("develops", "Orbis Labs", "Lumen") in fs
    assert fs[("available_on", "Kestrel", "Lumen")].date == "2024-08"  # "last month"


def test_evidence_offsets_index_the_text(quillon, marrow):
    for art in (quillon, marrow):
        for f in extract(art).facts:
            ev = f.evidence
            assert art.text[ev.start:ev.end] == ev.text
            assert 0 < f.confidence <= 1


def test_short_article_passive_and_nominal():
    art = make(
        "Zephyrine Labs was acquired by the Seoul-based conglomerate Hanseo Group for $1.2bn last month. "
        "Hanseo Group's $50 million investment in Corvid Robotics closed in May."
    )
    fs = facts(art)
    acq = fs[("acquires", "Hanseo Group", "Zephyrine Labs")]
    assert (acq.amount, acq.date) == (1.2e9, "2024-05")
    assert fs[("invests_in", "Hanseo Group", "Corvid Robotics")].amount == 50e6
    assert ("based_in", "Hanseo Group", "South Korea") in fs


def test_short_article_backed_and_pronoun():
    art = make(
        "Talvi AI, a Helsinki-based start-up, said on Monday that it had partnered with Brindle Systems. "
        "It also released Lumo-3, a large language model. The Brindle Systems-backed Talvi AI was founded in 2021."
    )
    fs = facts(art)
    assert fs[("partners_with", "Talvi AI", "Brindle Systems")].date == "2024-06-10"
    assert ("develops", "Talvi AI", "Lumo-3") in fs
    assert ("invests_in", "Brindle Systems", "Talvi AI") in fs
    assert ("based_in", "Talvi AI", "Finland") in fs


def test_short_article_hypotheticals():
    art = make(
        "Marlow Robotics could acquire Pinecrest AI, analysts said. "
        "Pinecrest AI has denied that it is in talks to sell itself to Marlow Robotics. "
        "Marlow Robotics plans to invest $10 million in Ferrow Labs next year."
    )
    assert [f for f in extract(art).facts if f.relation in ("acquires", "invests_in", "partners_with")] == []


def test_gazetteer_names_and_wikidata():
    art = make("Microsoft has invested $13 billion in OpenAI, the maker of ChatGPT.")
    ex = extract(art)
    fs = {(f.relation, f.subject, f.object) for f in ex.facts}
    assert ("invests_in", "Microsoft", "OpenAI") in fs
    assert ("develops", "OpenAI", "ChatGPT") in fs
    assert ex.entity("Microsoft").wikidata == "Q2283"
    out = ex.to_facts_json()
    assert {"name": "Microsoft", "type": "Company", "aliases": [], "wikidata": "Q2283"} in out["entities"]


def test_html_article_offsets(tmp_path):
    html = (
        "<!DOCTYPE html><html><head><title>T</title></head><body><nav>Home</nav><article>"
        "<h1>Headline</h1><p class=\"byline\">By Desk <time>2024-05-02</time></p>"
        "<p>Tenkai&#x27;s partner Quillon Robotics, a Lyon-based start-up, was acquired by Harbourline Capital.</p>"
        "</article><aside>Related: Intel news</aside></body></html>"
    )
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    art = read_article(path)
    fs = extract(art).facts
    acq = [f for f in fs if f.relation == "acquires"]
    assert [(f.subject, f.object) for f in acq] == [("Harbourline Capital", "Quillon Robotics")]
    ev = acq[0].evidence
    assert art.text[ev.start:ev.end] == ev.text and "Tenkai's partner" in ev.text  # the reader decodes entities


def test_extraction_does_not_depend_on_the_hash_seed(tmp_path):
    """The same article gives the same output in every process (sets of names are never iterated in hash order)."""
    import subprocess
    import sys
    art = tmp_path / "a.txt"
    art.write_text("Nimbus ships AI\nBy the Test Desk\nJune 14, 2024\n\nNimbus Corp, a Dutch company, and Nimbus AI, a "
                   "start-up, both work on models. Nimbus AI Studio serves them. Nimbus Corp said Nimbus AI Studio is live.\n",
                   encoding="utf-8")
    outs = set()
    for seed in ("1", "2", "3", "4"):
        r = subprocess.run([sys.executable, "-m", "alliancekg.api.cli", "extract", "--format", "facts", str(art)],
                           capture_output=True, text=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed}, timeout=120)
        assert r.returncode == 0, r.stderr
        outs.add(r.stdout)
    assert len(outs) == 1
