"""Article readers on files written here: plain text, Markdown, HTML, JSON Lines, encodings, dates."""

from __future__ import annotations

import codecs
import json
import socket
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef

from alliancekg.graph.articles import Article, find_date, iter_articles, parse_date, read_article
from alliancekg.graph.errors import ArticleError
from alliancekg.graph.extract import extract
from alliancekg.graph.mapping import extraction_to_graph
from alliancekg.graph.readers.dates import publication_date
from alliancekg.graph.resolve import Minter
from alliancekg.ontology.terms import AKG, SCHEMA, XSD, ontology_path, shapes_path

HERE = Path(__file__).resolve().parent / "readers"

PLAIN = """Pellmore Ventures Backs Harrowgate Robotics

By Dara Venn
Published: 14.06.2024 | Updated: 15.06.2024

Pellmore Ventures has invested $12 million in Harrowgate Robotics, a Leeds-based maker of farm robots, the fund said on Friday.
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Readers must never fetch anything: any connection attempt fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- HTML -------------------------------------------------------------------
@pytest.fixture(scope="module")
def newsroom() -> Article:
    return read_article(HERE / "newsroom.html")


def test_html_metadata_from_json_ld_meta_and_canonical(newsroom):
    assert newsroom.format == "html" and newsroom.id == "newsroom"
    assert newsroom.title == "Veltrana Takes a Stake in Korvid Labs & Brings Lumen to Its Cloud"
    # the date as written in its own zone, the published one (not the modified one)
    assert newsroom.published == "2024-06-14"
    assert newsroom.meta["modified"] == "2024-06-16"
    assert newsroom.authors == ("Ilse Marwood", "Tomas Okafor")
    assert newsroom.author == "Ilse Marwood and Tomas Okafor"
    # rel=canonical wins over og:url (which carries a tracking parameter)
    assert newsroom.url == "https://circuit-review.example/deals/veltrana-korvid"


def test_html_main_text_without_scripts_navigation_ads_or_comments(newsroom):
    text = newsroom.text
    for kept in ("invested €40 million in Korvid Labs", "Lumen, is now available on Veltrana Cloud",
                 "Why speech?", "Voice is the next interface", "declined to comment on its valuation"):
        assert kept in text
    for dropped in ("Secret tracking paragraph", "trackerQueue", "do-not-read-me", "style text leaks", "Advertisement",
                    "Zephyrine", "Quasarine", "Related stories", "Pellmore buys", "Sign up", "Great news for Tallinn",
                    "Ostrivo", "All rights reserved", "Accept all", "Enable JavaScript", "cookies", "&amp;", "<p>"):
        assert dropped not in text, dropped


def test_html_text_is_laid_out_like_a_plain_text_article(newsroom):
    head, body = newsroom.text[: newsroom.body_start], newsroom.text[newsroom.body_start:]
    assert head == ("Veltrana Takes a Stake in Korvid Labs & Brings Lumen to Its Cloud\n"
                    "By Ilse Marwood and Tomas Okafor\n2024-06-14\n\n")
    assert body.startswith("Veltrana Systems, the Dutch cloud operator, invested")
    assert newsroom.title not in body  # the <h1> is not repeated in the body


def test_html_facts_resolve_relative_dates_against_the_page_date(newsroom):
    facts = {(f.relation, f.subject, f.object): f for f in extract(newsroom).facts}
    invest = facts[("invests_in", "Veltrana Systems", "Korvid Labs")]
    assert invest.date == "2024-05"  # "last month", in a page published 14 June 2024
    assert invest.amount == 40_000_000 and invest.currency == "EUR"
    # evidence offsets index the article's text, and the sentence reads as on the page
    ev = invest.evidence
    assert newsroom.text[ev.start:ev.end] == ev.text and ev.text.startswith("Veltrana Systems, the Dutch cloud operator")


def test_html_article_node_in_rdf_satisfies_the_shapes(newsroom):
    g = extraction_to_graph(newsroom, extract(newsroom), Minter())
    node = URIRef("https://w3id.org/alliancekg/article/newsroom")
    assert g.value(node, SCHEMA.headline) == Literal(newsroom.title)
    assert g.value(node, SCHEMA.datePublished) == Literal("2024-06-14", datatype=XSD.date)
    assert set(g.objects(node, SCHEMA.author)) == {Literal("Ilse Marwood"), Literal("Tomas Okafor")}
    assert g.value(node, SCHEMA.url) == Literal("https://circuit-review.example/deals/veltrana-korvid", datatype=XSD.anyURI)
    assert str(g.value(node, AKG.sourceFile)).endswith("newsroom.html")
    shapes = Graph().parse(str(shapes_path()), format="turtle")
    ontology = Graph().parse(str(ontology_path()), format="turtle")
    conforms, _, report = pyshacl.validate(g, shacl_graph=shapes, ont_graph=ontology)
    assert conforms, report


BROKEN = """<title>Quasarine buys Dastra Robotics</title>
<meta name=author content="Nell Ashby">
<body><div class=nav><a href=/>Home<a href=/deals>Deals</div>
<div class="content"><h1>Quasarine buys Dastra Robotics</h1>
<p>Quasarine Analytics has acquired Dastra Robotics, a Lisbon-based start-up, for $55 million, the companies said on Monday.
<p>The deal follows a partnership the two signed last year, and Dastra will keep its brand and its forty staff in Lisbon.
<script>var s = "</div><p>script paragraph should not appear</p>";</script>
<!-- <p>commented out paragraph should not appear</p> -->
<p class="meta">Published: 03.03.2025 | Updated: 04.03.2025</div></div></div>
<img src="http://127.0.0.1:9/pixel.gif"><link rel="stylesheet" href="http://127.0.0.1:9/s.css">
"""


def test_broken_html_is_read_without_its_script_or_comments(tmp_path):
    art = read_article(write(tmp_path, "broken.htm", BROKEN))
    assert art.title == "Quasarine buys Dastra Robotics"
    assert art.author == "Nell Ashby"
    assert art.published == "2025-03-03"  # the byline's Published, not its Updated
    assert "has acquired Dastra Robotics" in art.text and "forty staff" in art.text
    assert "script paragraph" not in art.text and "commented out" not in art.text and "Deals" not in art.text


def test_a_short_page_trafilatura_passes_over_still_gives_its_paragraph(tmp_path):
    page = ("<html lang='en-US'><head><title>Korvid hires</title></head><body><nav>Home | News</nav>"
            "<article><h1>Korvid hires</h1><p class='dateline'>06/07/2025</p>"
            "<p>Korvid Labs hired a new finance chief.</p></article><footer>Footer text</footer></body></html>")
    art = read_article(write(tmp_path, "short.html", page))
    assert art.text.endswith("Korvid Labs hired a new finance chief.\n")
    assert "Home" not in art.text and "Footer" not in art.text
    assert art.published == "2025-06-07"  # lang="en-US": an ambiguous slashed date is month-first


def test_html_with_xml_declaration_and_declared_legacy_charset(tmp_path):
    page = ('<?xml version="1.0" encoding="windows-1252"?>\n<html><head><meta charset="windows-1252">'
            "<title>Café Systèmes joins Veltrana</title><meta property='article:published_time' content='2024-11-05'></head>"
            "<body><p>Café Systèmes signed a partnership with Veltrana Systems, the two companies said on Tuesday in Lyon.</p>"
            "</body></html>")
    art = read_article(write(tmp_path, "legacy.html", page.encode("cp1252")))
    assert art.title == "Café Systèmes joins Veltrana" and art.published == "2024-11-05"
    assert "Café Systèmes signed a partnership" in art.text


def test_html_without_text_is_an_error_naming_the_file(tmp_path):
    path = write(tmp_path, "frame.html", "<html><head><script>location='x'</script></head><body><nav>Home</nav></body></html>")
    with pytest.raises(ArticleError, match=r"frame\.html: .*no (readable text|words)"):
        read_article(path)


# -- Markdown ---------------------------------------------------------------
def test_markdown_front_matter_and_syntax_stripped():
    art = read_article(HERE / "front-matter.md")
    assert art.format == "markdown"
    assert art.title == "Harrowgate Robotics Lands $12m From Pellmore Ventures"
    assert art.published == "2024-06-14"
    assert art.authors == ("Dara Venn", "Nell Ashby")
    assert art.url == "https://fieldnotes.example/2024/harrowgate-pellmore"
    text = art.text
    assert text.count(art.title) == 1 and text.startswith(art.title + "\n")
    # a wrapped paragraph is one line, links keep their text, emphasis goes
    assert ("Harrowgate Robotics, a Leeds-based maker of farm robots, said on Friday it had raised "
            "$12 million from Pellmore Ventures, in a round that closed last week.\n") in text
    assert "on farms in Kent. The robots run on Harrowgate OS." in text
    assert '"We waited for this one," said Harrowgate\'s founder.' in text
    for gone in ("**", "](", "https://pellmore", "![", "robot.jpg", "```", "code that must not", "editor's note",
                 "[^1]", "county in England", "title:", "canonical_url", "# "):
        assert gone not in text, gone


def test_markdown_header_lines_without_front_matter():
    art = read_article(HERE / "plain-header.md")
    assert art.title == "Ostrivo Capital Backs Dastra Robotics"
    assert art.author == "Mirela Pană"
    assert art.published == "2025-02-03"  # Published, not Updated; dotted dates are day-first
    assert art.text[art.body_start:].startswith("Ostrivo Capital has invested $8 million")


def test_markdown_facts_come_from_the_stripped_text():
    art = read_article(HERE / "front-matter.md")
    facts = extract(art).facts
    partner = [f for f in facts if f.relation == "partners_with"]
    assert partner and {partner[0].subject, partner[0].object} == {"Pellmore Ventures", "Harrowgate Robotics"}
    for f in facts:
        assert art.text[f.evidence.start:f.evidence.end] == f.evidence.text and "*" not in f.evidence.text


# -- JSON Lines -------------------------------------------------------------
def test_jsonl_gives_one_article_per_good_line_and_an_error_per_bad_line():
    path = HERE / "wire.jsonl"
    items = list(iter_articles(path))
    errors = [str(i) for i in items if isinstance(i, ArticleError)]
    arts = [i for i in items if isinstance(i, Article)]
    assert len(errors) == 2
    assert errors[0].startswith(f"{path}:2: not valid JSON") and '"title", "date", "url" and "text"' in errors[0]
    assert errors[1].startswith(f"{path}:5: no article text") and '"text"' in errors[1]
    assert [a.line for a in arts] == [1, 4, 6]
    assert [a.location for a in arts] == [f"{path}:1", f"{path}:4", f"{path}:6"]
    first, second, third = arts
    assert (first.id, first.title, first.published, first.author, first.url) == (
        "wire-example-quasarine-dastra", "Quasarine Analytics Buys Dastra Robotics", "2025-03-02", "Nell Ashby",
        "https://wire.example/quasarine-dastra")
    assert (second.id, second.title, second.published) == (
        "ostrivo-capital-backs-korvid-labs-2025-03-04", "Ostrivo Capital Backs Korvid Labs", "2025-03-04")
    assert second.text.endswith("the fund said on Tuesday.\n\nKorvid Labs was founded in 2021.\n")
    assert third.published == "2025-03-05" and third.authors == ("Dara Venn", "Ilse Marwood")
    # ids are stable: the same file read again gives the same ids
    assert [a.id for a in iter_articles(path) if isinstance(a, Article)] == [a.id for a in arts]


def test_jsonl_facts_use_each_lines_date():
    arts = [a for a in iter_articles(HERE / "wire.jsonl") if isinstance(a, Article)]
    partner = [f for f in extract(arts[2]).facts if f.relation == "partners_with"]
    assert partner and partner[0].date == "2025-02"  # "last month" in an article of 5 March 2025


def test_jsonl_repeated_article_titles_without_text_epoch_dates_and_utf16(tmp_path):
    lines = [
        {"id": "story-1", "title": "Korvid Labs opens Riga office", "date": 1718352000, "text": "Korvid Labs opened an office in Riga."},
        {"title": "Korvid Labs opens Riga office", "date": "2024-06-14", "url": "https://a.example/x?utm=1",
         "text": "Korvid Labs opened an office in Riga."},
        {"title": "Korvid Labs opens Riga office", "date": "2024-06-14", "url": "https://a.example/x",
         "text": "Korvid Labs opened an office in Riga."},
        {"text": "Ostrivo Capital Raises a Fund\nOstrivo Capital closed its third fund at $300 million.", "date": "yesterday"},
        ["not", "an", "object"],
    ]
    path = write(tmp_path, "feed.ndjson", "\ufeff" + "\n".join(json.dumps(x) for x in lines) + "\n")
    items = list(iter_articles(path))
    assert items[0].id == "story-1" and items[0].published == "2024-06-14"
    assert items[1].id == "a-example-x"
    assert isinstance(items[2], ArticleError) and "the same article as line 2" in str(items[2])
    assert isinstance(items[3], ArticleError) and "cannot read the date 'yesterday'" in str(items[3])
    assert isinstance(items[4], ArticleError) and f"{path}:5: a JSON list, not an object" in str(items[4])
    untitled = {"text": "Ostrivo Capital Raises a Fund\nOstrivo Capital closed its third fund at $300 million."}
    (art,) = iter_articles(write(tmp_path, "one.jsonl", json.dumps(untitled)))
    assert art.title == "Ostrivo Capital Raises a Fund" and art.text[art.body_start:].startswith("Ostrivo Capital closed")
    utf16 = write(tmp_path, "wide.jsonl", json.dumps(untitled).encode("utf-16"))
    with pytest.raises(ArticleError, match=r"wide\.jsonl: JSON Lines must be UTF-8.*convert it"):
        list(iter_articles(utf16))
    with pytest.raises(ArticleError, match=r"blank\.jsonl: the file is empty"):
        list(iter_articles(write(tmp_path, "blank.jsonl", "\n  \n")))


# -- plain text and encodings -----------------------------------------------
def test_plain_text_header_prefers_published_and_finds_the_author(tmp_path):
    art = read_article(write(tmp_path, "pellmore.txt", PLAIN))
    assert (art.title, art.author, art.published, art.format) == (
        "Pellmore Ventures Backs Harrowgate Robotics", "Dara Venn", "2024-06-14", "text")
    assert art.text == PLAIN  # plain text is read as it is: offsets index the file


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_with_and_without_byte_order_mark(tmp_path, encoding):
    raw = PLAIN.replace("Dara Venn", "Mirela Pană").encode(encoding)
    if encoding == "utf-16":
        assert raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    art = read_article(write(tmp_path, "wide.txt", raw))
    assert art.author == "Mirela Pană" and art.text.startswith("Pellmore Ventures Backs") and art.published == "2024-06-14"


@pytest.mark.parametrize("name,content,message", [
    ("latin1.txt", "Caf\xe9 Syst\xe8mes\n\nnews".encode("latin-1"),
     r"latin1\.txt: not valid UTF-8 at byte 3 \(line 1, 0xe9\); convert it to UTF-8"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3", r"report\.txt: this is a PDF document, not an article"),
    ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00", r"photo\.md: this is a PNG image"),
    ("blob.txt", b"abc\x00def\x00", r"blob\.txt: looks like a binary file"),
    ("empty.md", b"", r"empty\.md: the file is empty"),
    ("spaces.html", b"  \n\t\n", r"spaces\.html: the file is empty"),
    ("garbage.txt", b"\xff\xfe\x00garbage", r"garbage\.txt: holds no words"),
])
def test_bad_files_get_clear_errors(tmp_path, name, content, message):
    with pytest.raises(ArticleError, match=message):
        list(iter_articles(write(tmp_path, name, content)))


def test_unknown_suffix_says_what_is_accepted(tmp_path):
    with pytest.raises(ArticleError, match=r"deck\.pptx: unknown kind of file \.pptx; articles are .*\.html.*\.jsonl"):
        list(iter_articles(write(tmp_path, "deck.pptx", b"PK\x03\x04")))


def test_a_generic_file_name_takes_its_folders_name(tmp_path):
    path = write(tmp_path, "veltrana-korvid/index.html", (HERE / "newsroom.html").read_text(encoding="utf-8"))
    assert read_article(path).id == "veltrana-korvid"


# -- dates ------------------------------------------------------------------
@pytest.mark.parametrize("value,iso", [
    ("2024-06-14", "2024-06-14"),
    ("2024-06-14T09:00:00+02:00", "2024-06-14"),
    ("2024-06-14T23:30:00-05:00", "2024-06-14"),  # the date as written, not converted to UTC
    ("2024-06-14T09:00:00.123Z", "2024-06-14"),
    ("20240614", "2024-06-14"),
    ("June 14, 2024", "2024-06-14"),
    ("14 June 2024", "2024-06-14"),
    ("Jun. 14, 2024", "2024-06-14"),
    ("Sept. 5, 2024", "2024-09-05"),
    ("Friday 14 June 2024 09:00 GMT", "2024-06-14"),
    ("Fri, 14 Jun 2024 09:00:00 GMT", "2024-06-14"),
    ("Friday, June 14th, 2024", "2024-06-14"),
    ("the 14th of June, 2024", "2024-06-14"),
    ("2024/06/14", "2024-06-14"),
    ("Published: 14.06.2024", "2024-06-14"),
    ("14/06/2024", "2024-06-14"),
    ("06/14/2024", "2024-06-14"),  # a number over 12 decides
    ("05/06/2024", "2024-06-05"),  # ambiguous: day-first
    ("14.06.24", "2024-06-14"),
    ("June 2024", None),  # not a full date
    ("iOS 18.2 ships", None),
    ("31/02/2024", None),
    ("", None),
])
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_month_first_only_when_asked_and_never_for_dots():
    assert parse_date("05/06/2024", month_first=True) == "2024-05-06"
    assert parse_date("05.06.2024", month_first=True) == "2024-06-05"


@pytest.mark.parametrize("lines,iso", [
    (["Updated June 20, 2024", "Published June 14, 2024"], "2024-06-14"),
    (["Last updated: 2024-06-20 | First published: 2024-06-14"], "2024-06-14"),
    (["By Dara Venn", "June 14, 2024"], "2024-06-14"),
    (["Updated 20 June 2024"], "2024-06-20"),  # only an update: better than nothing
    (["By Dara Venn"], None),
])
def test_publication_date_prefers_published(lines, iso):
    assert publication_date(lines) == iso


def test_find_date_is_the_first_date_in_text():
    assert find_date("Founded 3 March 2019; raised money on 2024-06-14.") == "2019-03-03"
