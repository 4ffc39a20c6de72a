"""Names typed by context, with invented companies: none of these is in the gazetteer."""

import pytest

from alliancekg.graph.articles import parse_text
from alliancekg.graph.extract import extract
from alliancekg.graph.extract.entities import find_mentions, find_unknown
from alliancekg.graph.extract.gazetteer import load_gazetteer


def article(body, published="June 14, 2024"):
    return parse_text(f"Test Headline\nBy the Test Desk\n{published}\n\n{body}\n", source="inline.txt")


def facts(body, published="June 14, 2024"):
    return {(f.relation, f.subject, f.object): f for f in extract(article(body, published)).facts}


def types(body):
    return {e.name: e.type for e in extract(article(body)).entities}


def unknown(sentence):
    gaz = load_gazetteer()
    known = find_mentions(sentence, 0, len(sentence), gaz)
    return [(m.name, m.type) for m in find_unknown(sentence, 0, len(sentence), known, frozenset())]


def test_roles_type_names_nothing_else_types():
    fs = facts("Brightwell Compute has invested $25 million in Ostrava Vision.")
    inv = fs[("invests_in", "Brightwell Compute", "Ostrava Vision")]
    assert (inv.amount, inv.currency) == (25e6, "USD")
    assert types("Brightwell Compute has invested $25 million in Ostrava Vision.") == {
        "Brightwell Compute": "Company", "Ostrava Vision": "Company"}


@pytest.mark.parametrize(
    "body, name, typ",
    [
        ("Quarrel, a Paris-based start-up, partnered with Velmont.", "Quarrel", "Company"),
        ("The chipmaker Tenzo partnered with Velmont.", "Tenzo", "Company"),
        ("Velmont Inc. partnered with Tenzo Labs.", "Velmont Inc", "Company"),
        ("Velmont released Orrery-2, a large language model, on Monday.", "Orrery-2", "Product"),
        ("Velmont's Halyard assistant is available on Quayside Cloud, the service from Tenzo Labs.", "Halyard", "Product"),
        ("Marrin Labs, a London developer, launched a chatbot called Sable.", "Sable", "Product"),
        # "AI" before a product noun describes it; an "its ..." apposition makes a product; "AI" after an owner is a name's
        ("Tessary, which sells its Blackrun and Holloway AI accelerators, raised $90 million.", "Holloway", "Product"),
        ("Orvane Labs launched Tessel AI, its coding assistant, in May.", "Tessel AI", "Product"),
        ("Kestrel Systems will pair Quarrel's agent with its AI Flow Conductor.", "AI Flow Conductor", "Product"),
        ("Orvane Labs launched Quill AI, an assistant that drafts contracts, in May.", "Quill AI", "Product"),
        ("Tessary AI, a Lisbon start-up building agents for ports, raised a seed round.", "Tessary AI", "Company"),
        # a number glued to a known company's name is its product (a year is not)
        ("Hailo showed its Hailo-8 accelerator in May.", "Hailo-8", "Product"),
        # a date that ends in a year, with no comma, does not swallow the name after it
        ("In November 2023 Velmont Health signed a licensing agreement with Tenzo Labs.", "Velmont Health", "Company"),
    ],
)
def test_context_types(body, name, typ):
    assert types(body).get(name) == typ


def test_a_product_and_its_platform_by_their_roles():
    fs = facts("Nakhra is available through Quayside Cloud. Velmont Systems built Nakhra.")
    assert ("available_on", "Nakhra", "Quayside Cloud") in fs
    assert ("develops", "Velmont Systems", "Nakhra") in fs


def test_people_dates_places_and_amounts_are_not_names():
    assert unknown('"We are ready," said Jane Roe, the firm\'s chief executive.') == [("Jane Roe", "Person")]
    assert unknown("TORONTO -- Velmont said it had raised money.") == [("Velmont", "Unknown")]
    assert ("Tartu", "Unknown") not in unknown("Velmont will build a data centre near Tartu.")
    assert unknown("Velmont raised EUR 70m on Monday.") == [("Velmont", "Unknown")]
    assert unknown("Its Arabic-language model is new.") == []
    assert unknown("Velmont, a Quernby-based start-up, grew.") == [("Quernby", "Place")]  # a place in no gazetteer


def test_a_person_named_once_is_no_company_anywhere():
    fs = facts("Noor Haddad, Velmont's chief executive, joined Tenzo Labs. Tenzo Labs has partnered with Velmont.")
    assert not any("Noor Haddad" in k for k in fs)
    assert ("partners_with", "Tenzo Labs", "Velmont") in fs


def test_known_company_followed_by_a_new_word_is_a_new_name():
    fs = facts("Siemens Healthineers partnered with Velmont Labs. LG Energy Solution's $150 million investment in Copperline Systems closed.")
    assert ("partners_with", "Siemens Healthineers", "Velmont Labs") in fs
    assert ("invests_in", "LG Energy Solution", "Copperline Systems") in fs


def test_short_names_join_their_long_name():
    fs = facts("Gannet Vision, a Leeds-based start-up, raised money. Gannet's imaging model, Tern, is sold through Harbour Cloud.")
    assert ("develops", "Gannet Vision", "Tern") in fs
    assert ("based_in", "Gannet Vision", "United Kingdom") in fs


def test_a_place_inside_a_company_name():
    fs = facts("Quillon raised $40 million in a round led by Harbourline Capital, with Ostrava Ventures among the backers.")
    assert ("invests_in", "Ostrava Ventures", "Quillon") in fs


def test_sentence_initial_words_are_names_only_through_a_longer_name():
    fs = facts("Galloway Tech bought Kronholm Data in 2021. Separately, Velmont raised money. "
               "Galloway, which also owns Fjell AI, is growing.")
    assert not any("Separately" in k for k in fs)
    assert ("acquires", "Galloway Tech", "Kronholm Data") in fs


def test_model_codes_and_point_releases_extend_a_known_product():
    from alliancekg.graph.articles import parse_text
    from alliancekg.graph.extract import extract
    art = parse_text("Test Headline\nBy the Test Desk\nJune 14, 2024\n\nDeepSeek released DeepSeek R1 in January. Moonshot AI "
                     "released Kimi K2. OpenAI made GPT-4.1 available on Azure.\n", source="inline.txt")
    names = {e.name for e in extract(art).entities if e.type == "Product"}
    assert {"DeepSeek-R1", "Kimi K2", "GPT-4.1"} <= names
    assert not any(n.endswith("R1 R1") for n in names)


def test_cities_no_gazetteer_entry_names_give_their_country_and_only_in_a_places_position():
    from alliancekg.graph.extract.places import city_country

    assert city_country("Augsburg") == "Germany"
    assert city_country("Eindhoven") == "Netherlands"  # GeoNames' "The Netherlands", the gazetteer's name
    assert city_country("Quillonbridge") is None
    # a city's name where no place stands ("Esslingen Robotics") is a name, not a place
    assert ("based_in", "Esslingen Robotics", "Germany") not in facts("Esslingen Robotics raised $5 million from Orvane Capital.")
    assert ("based_in", "Tessel", "Germany") in facts("Tessel, the Esslingen-based automation group, raised $5 million from Orvane Capital.")


def test_the_city_table_is_kept_on_disk_between_runs_and_a_bad_cache_is_built_again(tmp_path, monkeypatch):
    """Building the table takes most of a command's start-up, so it is written once to the cache folder and read back the
    same; a cache file that is damaged is built again and rewritten, and a folder that cannot be written fails nothing."""
    from alliancekg.graph.extract import places

    monkeypatch.setenv("ALLIANCEKG_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "cities-0123456789abcdef.json").write_text("{}", encoding="utf-8")  # another version's table
    built = places._city_table.__wrapped__()  # no file of this version yet: built, and written; the other one removed
    files = list((tmp_path / "cache").glob("cities-*.json"))
    assert len(files) == 1 and not list((tmp_path / "cache").glob("*.tmp"))
    assert places._city_table.__wrapped__() == built == places._build_city_table()  # read back: the same table
    assert built["Augsburg"] == ("Germany",) and built["Hamilton"][0] == "Canada"
    files[0].write_text('{"Augsburg": ["Fr', encoding="utf-8")  # cut off mid-write by some other program
    assert places._city_table.__wrapped__() == built
    assert places._city_table.__wrapped__() == built and files[0].read_text(encoding="utf-8").startswith("{")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("ALLIANCEKG_CACHE_DIR", str(tmp_path / "file" / "cache"))  # a file where the folder should be
    assert places._city_table.__wrapped__() == built


def test_every_headquarters_is_a_place_the_extractor_reads_in_the_companys_own_country():
    """A gazetteer "hq" serves only to resolve "the Wolfsburg-based group": a city the extractor cannot read as a
    place, or one whose most populous namesake lies in another country, would never match, or match the wrong one."""
    import json
    from pathlib import Path

    from alliancekg.graph.extract import gazetteer
    from alliancekg.graph.extract.places import city_country

    data = json.loads((Path(gazetteer.__file__).with_name("data") / "gazetteer.json").read_text(encoding="utf-8"))

    def place_country(city):
        return data["places"].get(city) or city_country(city)

    bad = [(e["name"], e["hq"]) for e in data["companies"] if e.get("hq")
           and (place_country(e["hq"]) is None or place_country(e["hq"]) != e.get("country", place_country(e["hq"])))]
    assert not bad
    assert sum(1 for e in data["companies"] if e.get("hq")) > 900


def test_a_city_description_resolves_to_the_company_based_there():
    # Klarna's headquarters are in the gazetteer; the last sentence's subject is not the Stockholm-based group
    fs = facts("Klarna invested in Orvane AI in 2023. This week Tessel Capital led a $40 million round in Orvane AI. "
               "The Stockholm-based group has backed three start-ups this year.")
    assert ("based_in", "Klarna", "Sweden") in fs and ("based_in", "Tessel Capital", "Sweden") not in fs
    # a state is no city: Anthropic's headquarters (San Francisco) do not rule out "the California company"
    fs = facts("Tessel Capital invested in Orvane AI in 2023. This week Anthropic signed a deal with Orvane AI. "
               "The California company has backed three start-ups this year.")
    assert ("based_in", "Anthropic", "United States") in fs and ("based_in", "Orvane AI", "United States") not in fs


def test_the_product_noun_gate_covers_every_product_noun():
    """The product rules run only when the sentence holds a product noun: each noun the patterns accept must pass
    the cheap test, else a rule would silently stop finding "its Quorra accelerators"."""
    import re

    from alliancekg.graph.extract.entities import _PNOUN_WORDS, _PRODUCT_RULES, PRODUCT_NOUN_LIST
    from alliancekg.graph.extract.textprep import has_any

    nouns = [n.replace("?", "") for n in PRODUCT_NOUN_LIST.split("|")]
    nouns += ["platforms", "services", "apps", "chatbots", "assistants", "models", "chips", "clouds", "processors", "engines",
              "operating system"]
    for noun in nouns:
        assert has_any(noun.lower(), _PNOUN_WORDS), noun
    the_product = _PRODUCT_RULES[2][0].pattern
    listed = re.search(r"\(\?:(platform\|[^)]*)\)s\?", the_product).group(1).split("|")
    assert all(has_any(n, _PNOUN_WORDS) for n in listed)
    for body in ("Its Quorra accelerators ship in May.", "Tenkai's flagship chip, Hikari, ships in May.",
                 "Staff use the Verdane assistant daily.", "Corvane released Skylark GPUs."):
        assert any(m.type == "Product" for m in find_mentions(body, 0, len(body), load_gazetteer())), body


def test_the_scanning_forms_of_the_name_patterns_match_what_their_plain_forms_do(written_texts):
    """Patterns led by a character class (so that re scans for their first letter in C) against their plain forms,
    on every sentence written for the tests and on edge cases of the first letter."""
    import re

    from alliancekg.graph.extract import coref
    from alliancekg.graph.extract.entities import _CAPWORD, _REGION_TAIL, _RX_MID_CAP, _RX_NAME, _RX_SUFFIX, _SUFFIX, _SUFFIX_MORE, _UP, NAME

    plain = [
        (re.compile(NAME), _RX_NAME),
        (re.compile(r"\b(?P<name>" + _CAPWORD + r"(?:\s+(?:" + _CAPWORD + r"|of|&|de)(?=\s)){0,5}?\s+(?:" + _SUFFIX + r")\b"
                    + _SUFFIX_MORE + _REGION_TAIL + r")\.?"), _RX_SUFFIX),
        (re.compile(r"\b(?:it|its|It|Its)\b(?!['’]s\b)"), coref._PRON),
        (re.compile(coref._DEF.pattern.replace("[Tt](?<!\\w[Tt])he", "\\b[Tt]he", 1)), coref._DEF),
        (re.compile(r"(?<![:.]\d\d)(?<=[\w,;)\"”’]) ([" + _UP + r"][\w&-]*)"), _RX_MID_CAP),
    ]
    texts = ["3M Health and 7B Labs", "x3M Health", "$5M Capital", "ABC Labs and DEF Capital", "Ülemiste Labs, É, A",
             "Ontario Teachers' Pension Plan Holdings", "Its unit; it's its own; Item, bit, It", "the company and The firm's",
             "09:18 Nordvik said; at 9.18 Fjordly, \"Quote\" Orbis and ) Tenkai"]
    for t in written_texts:
        texts.extend(t.splitlines())
    for old, pair in plain:
        for new in (pair.uni, pair.asc):  # the ASCII form too (run only on texts where it reads alike: test_extract_plainre.py)
            assert old.pattern != new.pattern
            for t in texts if new is pair.uni else [t for t in texts if t.isascii()]:
                assert [(m.span(), m.groups()) for m in old.finditer(t)] == [(m.span(), m.groups()) for m in new.finditer(t)], (
                    new.pattern[:40], t)


def _products(sentence):
    gaz = load_gazetteer()
    return {m.name for m in find_mentions(sentence, 0, len(sentence), gaz) if m.type == "Product"}


def test_products_named_in_lists_after_tool_nouns_and_when_called_something():
    assert {"Esmora", "Diffkit", "Molvane"} <= _products("Tessel packages models such as Esmora, Diffkit and Molvane, and runs on Azure.")
    assert {"Document Intelligence", "Knowledge Scout"} <= _products(
        "Its best-known products, the document-processing tool Document Intelligence and the search tool Knowledge Scout, found customers.")
    assert "Foldlink" in _products("That product, called Foldlink, is an optical chiplet.")
    assert "F13" in _products("Tessel counts the state among its clients, through a tool for civil servants called F13.")
    assert {"Rosettix", "Ardiffusion"} <= _products("The lab produces the Rosettix models and the Ardiffusion design tool.")
    assert "Edgewise" in _products("The division oversees the Edgewise browser.")
    # companies listed after a non-product noun stay companies
    assert not _products("Tessel works with partners such as Orvane Labs and Kestrel Capital.")


def test_more_given_names_make_angels_people_not_investing_companies():
    fs = facts("Orvane Bio launched with a $142 million seed round led by Kestrel Capital, alongside investors Nat Friedman and "
               "Elad Gil, with Tessel Ventures also participating.")
    assert ("invests_in", "Kestrel Capital", "Orvane Bio") in fs and ("invests_in", "Tessel Ventures", "Orvane Bio") in fs
    assert not [k for k in fs if k[1] in ("Nat Friedman", "Elad Gil")]


def test_products_after_a_capitalised_determiner_and_names_that_begin_with_ai():
    fs = facts("Tessel Photonics was founded in 2020. Its XT1600 optical engine moves 1.6 terabits per second.")
    assert ("develops", "Tessel Photonics", "XT1600") in fs
    assert ("develops", "Kestrel Writer", "AI Studio") in facts("Vela 4 is available through AI Studio, Kestrel Writer's development platform.")
    assert ("develops", "Orvane", "AI Playground") in facts("Orvane said the models can be tried in its browser-based AI Playground.")
    assert ("develops", "Parsel Consulting", "AI Toolkit") in facts("Parsel Consulting launched AI Toolkit, a service for building custom models.")
    assert ("develops", "Quillon Tech", "AI Force") in facts("Quillon Tech markets AI Force, its platform for automating software engineering.")
    # "AI" that only describes the name after it is no part of it
    assert ("partners_with", "Tessel", "Orvane Labs") in facts("AI start-up Tessel signed a partnership with Orvane Labs.")
    assert ("develops", "Tessel Robotics", "Orra") in facts("The money will help Tessel Robotics finish its Orra humanoid.")
    # a power plant's reactor is no product of its operator
    assert not [k for k in facts("Kestrel signed a deal to buy power from Orvane Energy's restarted Tessel Point reactor.") if k[0] == "develops"]


def test_the_company_noun_gate_covers_every_company_noun():
    """`_RX_DESC_BEFORE` runs only when the sentence holds a company noun: each noun it accepts must pass the cheap test."""
    from alliancekg.graph.extract.entities import _CNOUN_WORDS, COMPANY_NOUN_LIST
    from alliancekg.graph.extract.textprep import has_any

    nouns = [n.replace("?", "") for n in COMPANY_NOUN_LIST.split("|")] + ["start-ups", "startups", "chip maker"]
    for noun in nouns:
        assert has_any(noun.lower() + " ", _CNOUN_WORDS), noun  # the pattern wants a space after the noun ("rival " is no "rivals")
    assert ("based_in", "Tenkai", "Japan") in facts("The Japanese chipmaker Tenkai raised $5 million from Orvane Capital.")


@pytest.mark.parametrize("body, key", [
    ("Corvexa's Sentinel 3 agent joins the Salesforce AgentExchange marketplace this week.", ("develops", "Corvexa", "Sentinel 3")),
    ("Corvanta's alliance with Capgemini has produced 30 enterprise deployments.", ("partners_with", "Corvanta", "Capgemini")),
])
def test_a_name_opening_its_sentence_with_a_companys_possessive_is_a_name(body, key):
    """A single unfamiliar word opening a sentence is a name only with a cue; a possessive only companies take is one."""
    assert key in facts(body)


def test_a_possessive_opening_a_sentence_is_no_name_without_a_companys_noun():
    """'Monday's announcement', 'Altman's comments': no company."""
    got = types("Monday's announcement surprised analysts. Altman's comments drew criticism. Brisk Labs raised $5 million from Index Ventures.")
    assert "Monday" not in got and "Altman" not in got


def test_a_wire_services_tag_is_no_company():
    """'SAN FRANCISCO--(BUSINESS WIRE)--Kestrel, ..., today announced that its models ...': 'its' is Kestrel's."""
    got = facts("SAN FRANCISCO--(BUSINESS WIRE)--Kestrel, the enterprise AI platform, today announced that its large language models "
                "Vela X5 and Vela X4 are generally available in Amazon Bedrock.")
    assert ("develops", "Kestrel", "Vela X5") in got
    assert not any("BUSINESS WIRE" in (s, o) for _, s, o in got)


def test_a_whole_number_release_joins_a_known_products_name():
    """'Mistral Medium 3' is the third Mistral Medium, wherever the name ends: before a comma, 'model' or 'on'."""
    got = facts("Mistral AI released Mistral Medium 3 on Wednesday. Its Mistral Small 3 model is available on Amazon Bedrock.")
    assert ("available_on", "Mistral Small 3", "Amazon Bedrock") in got
    assert ("develops", "Mistral AI", "Mistral Medium 3") in got


def test_a_licence_and_a_firms_speaker_are_no_products():
    """'under the Apache 2.0 licence' names a licence; 'Orvane Capital's Mira Patel said' a person."""
    got = facts("Mistral Small 3.1, which it released in March under the Apache 2.0 licence and which can be downloaded from Hugging Face, "
                "is open. Orvane Capital's Mira Patel said the firm backed Kestrel because of its voice data.")
    assert ("available_on", "Mistral Small 3.1", "Hugging Face") in got
    assert not any(x in ("Apache 2.0", "Mira Patel") for _, s, o in got for x in (s, o))


def test_a_known_models_hyphenated_version_and_variant():
    """'GLM-4.5', 'GLM-3 Turbo', 'Hunyuan-standard': a model the gazetteer knows, with a version or variant after a hyphen."""
    from alliancekg.graph.articles import parse_text
    from alliancekg.graph.extract import extract
    art = parse_text("T\nBy A\nJune 3, 2025\n\nZhipu said its GLM-4.5 and GLM-4.6 models are available on Hugging Face. Zhipu cut the price "
                     "of its GLM-3 Turbo model, and Tencent cut the price of its Hunyuan-standard model, up 15-20% this year.\n", source="t.txt")
    names = {e.name for e in extract(art).entities if e.type == "Product"}
    assert {"GLM-4.5", "GLM-4.6", "GLM-3 Turbo", "Hunyuan-standard"} <= names, names


def test_the_facts_json_names_a_known_entity_as_the_article_does_and_the_graph_keeps_its_canonical_name():
    art = parse_text("Test\nBy Desk\nJune 2, 2025\n\nOrvane Labs said its Vela model is now available on Cortex AI, and Alibaba "
                     "invested $50 million in Orvane Labs.\n", source="x.txt")
    ex = extract(art)
    assert {(f.relation, f.subject, f.object) for f in ex.facts} >= {
        ("available_on", "Vela", "Snowflake Cortex AI"), ("invests_in", "Alibaba Group", "Orvane Labs")}
    out = ex.to_facts_json()
    assert {(f["relation"], f["subject"], f["object"]) for f in out["facts"]} >= {
        ("available_on", "Vela", "Cortex AI"), ("invests_in", "Alibaba", "Orvane Labs")}
    alibaba = next(e for e in out["entities"] if e["name"] == "Alibaba")
    assert "Alibaba Group" in alibaba["aliases"] and alibaba["wikidata"]
    # both names in one article: the canonical one, the other an alias
    art = parse_text("Test\nBy Desk\nJune 2, 2025\n\nAlibaba Group invested $50 million in Orvane Labs. "
                     "Alibaba's cloud unit will also host its models.\n", source="y.txt")
    out = extract(art).to_facts_json()
    assert ("invests_in", "Alibaba Group", "Orvane Labs") in {(f["relation"], f["subject"], f["object"]) for f in out["facts"]}


@pytest.mark.parametrize("word, text", [
    ("Galen", "Galen said"), ("Galen", "Galen Vision"), ("Galen", "the Galen\nVision"), ("Galen", "Galeno and Galen."),
    ("Galen", "xGalen y"), ("Co", "Co-op"), ("Character.AI", "Character.AI's"), ("Character.AI", "Character.AIs"),
    ("Über", "Über Alles"), ("Über", "Über alles"), ("Lab", "Lab lab Lab"), ("Galen", "Galen,  and"), ("Galen", ""),
])
def test_a_short_name_standing_alone_is_found_as_the_word_pattern_finds_it(word, text):
    import re

    from alliancekg.graph.extract.pipeline import _alone
    assert _alone(word, text) == bool(re.search(r"\b" + re.escape(word) + r"\b(?!\s+[A-Z])", text))


def test_a_models_tier_after_a_space_is_another_model():
    art = parse_text("T\nBy A\nJune 3, 2025\n\nOrvane Labs said OpenAI's GPT-4o mini and Stability AI's Stable Diffusion XL are available on "
                     "Amazon Bedrock, next to GPT-4o.\n", source="t.txt")
    facts = {(f.relation, f.subject, f.object) for f in extract(art).facts}
    assert {("develops", "OpenAI", "GPT-4o mini"), ("available_on", "GPT-4o mini", "Amazon Bedrock"),
            ("develops", "Stability AI", "Stable Diffusion XL")} <= facts, sorted(facts)
    assert ("develops", "OpenAI", "GPT-4o") in facts, sorted(facts)  # the model without the tier is still itself


def test_a_known_company_followed_by_a_country_is_its_national_arm():
    art = parse_text("T\nBy A\nJune 3, 2025\n\nOpenAI set up a Korean subsidiary, OpenAI Korea, in May. Kestrel Labs raised $5 million "
                     "from Accel India.\n", source="t.txt")  # (not "Sequoia Capital India": Peak XV Partners' former name, an alias)
    ex = extract(art)
    facts = {(f.relation, f.subject, f.object) for f in ex.facts}
    assert ("invests_in", "Accel India", "Kestrel Labs") in facts, sorted(facts)
    assert {"OpenAI Korea", "Accel India"} <= {e.name for e in ex.entities if e.type == "Company"}
    assert not any(e.type == "Country" and e.name == "India" for e in ex.entities)


def test_a_new_name_followed_by_a_country_is_one_name():
    got = {(f.relation, f.subject, f.object) for f in extract(article(
        "Havas UK signed a commercial agreement with Kestrel Labs. Telkom Indonesia signed a deal with Orvane Cloud.")).facts}
    assert ("partners_with", "Havas UK", "Kestrel Labs") in got and ("partners_with", "Telkom Indonesia", "Orvane Cloud") in got, sorted(got)
    got = {(f.relation, f.subject, f.object) for f in extract(article("Orvane Labs, a Paris start-up, said Japan's Kestrel Group invested.")).facts}
    assert ("based_in", "Orvane Labs", "France") in got and ("based_in", "Kestrel Group", "Japan") in got, sorted(got)


def _triples(body):
    return {(f.relation, f.subject, f.object) for f in extract(article(body)).facts}


def test_a_programming_interface_named_after_a_company_or_a_model_is_a_product():
    got = _triples("OpenAI opened the OpenAI API to banks, and Meta released the Llama API for developers.")
    assert {("develops", "OpenAI", "OpenAI API"), ("develops", "Meta", "Llama API")} <= got, sorted(got)
    assert ("develops", "Meta", "Llama") not in got  # the interface, not the model, is what the sentence names


def test_a_release_of_a_known_name_is_another_product():
    got = _triples("xAI published the weights of Grok-1 and later previewed Grok-1.5. Ideogram released Ideogram 3.0 in March, "
                   "and Suno launched Suno v3. Nvidia sold GB200 NVL72 racks to Orvane Cloud.")
    assert {("develops", "xAI", "Grok-1"), ("develops", "xAI", "Grok-1.5"), ("develops", "Ideogram", "Ideogram 3.0"),
            ("develops", "Suno", "Suno v3"), ("develops", "Nvidia", "GB200 NVL72")} <= got, sorted(got)
    assert not any(o in ("Grok", "GB200") for _r, _s, o in got), sorted(got)
    got = _triples("Shares of Kestrel Systems rose 3.5% to 86,000 won on Thursday.")
    assert not any(r == "develops" for r, _s, _o in got), sorted(got)  # a share move is no release


def test_a_release_written_after_an_alias_keeps_the_written_name():
    got = _triples("Lightricks released the first LTX Video model in November, and in May it published LTXV-13B, a larger version.")
    assert ("develops", "Lightricks", "LTXV-13B") in got, sorted(got)


def test_a_company_of_the_owners_family_may_be_credited_with_its_product():
    # the gazetteer says Alibaba Cloud makes Qwen2.5 and AWS makes Trainium2; writers credit the parent just as often
    got = _triples("Orvane Labs built its assistant on Alibaba's Qwen2.5 and trains it on Amazon's Trainium2 chips.")
    assert {("develops", "Alibaba Group", "Qwen2.5"), ("develops", "Amazon", "Trainium2")} <= got, sorted(got)  # the graph's canonical names
    from alliancekg.graph.extract.entities import same_family
    assert same_family("Alibaba Cloud", "Alibaba") and same_family("Google DeepMind", "Google")
    assert not same_family("China Mobile", "China Telecom") and not same_family("Microsoft", "Nuance")


def test_a_release_numbered_with_a_v_stays_in_the_products_name():
    got = _triples("Vellum Audio released Chorus v2 in May, and Kestrel Labs launched Orvane Voice v3 on Monday.")
    assert {("develops", "Vellum Audio", "Chorus v2"), ("develops", "Kestrel Labs", "Orvane Voice v3")} <= got, sorted(got)


def test_an_acronym_may_start_a_products_name():
    got = _triples("Tessel Telecom launched its GPU Kestrel service in April. Marlo Cloud launched GPU Zephyr, a GPU cloud platform, in May.")
    assert {("develops", "Tessel Telecom", "GPU Kestrel"), ("develops", "Marlo Cloud", "GPU Zephyr")} <= got, sorted(got)


def test_a_firm_named_with_a_number_first():
    got = _triples("1517 Fund and 1789 Capital invested in Lambda Labs, and the round included 01 Advisors. It raised 100 million.")
    assert {("invests_in", f, "Lambda Labs") for f in ("1517 Fund", "1789 Capital", "01 Advisors")} <= got, sorted(got)
    assert not any(s in ("Fund", "Capital", "Advisors") for _r, s, _o in got), sorted(got)


def test_the_social_network_x_and_the_letter_x_in_other_names():
    art = article("xAI merged with X in March. Tesla sells the Model X. Grok is available to X Premium users. Kestrel Labs makes X-ray scanners.")
    ex = extract(art)
    got = {(f.relation, f.subject, f.object) for f in ex.facts}
    assert ("acquires", "xAI", "X Corp") in got, sorted(got)
    assert sum(1 for e in ex.entities if e.name == "X Corp") == 1 and not any(f.object == "X Corp" and f.subject == "Tesla" for f in ex.facts)


def test_a_known_company_is_shown_by_its_full_written_name_not_by_a_description():
    # "Dell Technologies" is the gazetteer's Dell with a name's word added; "Azure cloud" is Azure with a description
    ex = extract(article("Frontenac Compute buys servers from Dell Technologies under a multi-year agreement. "
                         "Darwinbox runs its platform on Microsoft's Azure cloud."))
    shown = {e["name"]: e["aliases"] for e in ex.to_facts_json()["entities"]}
    assert "Dell Technologies" in shown and "Dell" in shown["Dell Technologies"], shown  # the canonical name stays an alias
    assert "Azure" in shown and "Azure cloud" not in shown, shown
    ex = extract(article("Dassault Systèmes has taken over Nuvola, a Toulouse simulation start-up. Dassault did not say what it paid."))
    shown = {e["name"] for e in ex.to_facts_json()["entities"]}
    assert "Dassault Systèmes" in shown and "Dassault Systemes" not in shown, shown  # written two ways, never as the gazetteer's name


def test_an_edition_of_a_known_product_for_an_audience_is_named_whole():
    got = _triples("Anthropic launched Claude for Financial Services on Tuesday. Orvane built a tool on Claude for Amazon customers.")
    assert ("develops", "Anthropic", "Claude for Financial Services") in got, sorted(got)
    assert not any("Amazon" in o for _r, _s, o in got if o), sorted(got)  # "for" a company's customers is no edition


def test_capitalised_words_after_a_known_product_make_an_edition_of_its_makers():
    got = _triples("Adobe released Firefly Image 2 in October. Microsoft said its servers use Azure Boost to offload networking.")
    assert {("develops", "Adobe", "Firefly Image 2"), ("develops", "Microsoft", "Azure Boost")} <= got, sorted(got)
    got = _triples('"Wrappers either became platforms," said Gemma Whitlock, a partner at Harrow Lane Capital, which backed Google.')
    assert not any(r == "develops" for r, _s, _o in got), sorted(got)  # a person whose first name is a product's


def test_a_subsidiary_or_parent_the_gazetteer_knows_may_be_credited_with_a_product():
    # the gazetteer says Microsoft makes DAX Copilot and Nuance belongs to Microsoft; a venture arm makes nothing
    got = _triples("Mercy Health will roll out Nuance's DAX Copilot to its doctors.")
    assert ("develops", "Nuance", "DAX Copilot") in got, sorted(got)
    from alliancekg.graph.extract.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    assert gaz.get("Google").parent == "Alphabet" and "Nuance" in gaz.get("DAX Copilot").family
    assert not any(e.type == "Product" and "NVentures" in e.family for e in gaz.entries.values())


def test_a_known_product_is_credited_to_its_owner_only_near_a_mention_of_the_owner():
    # the gazetteer says Microsoft makes Azure; an article that names Microsoft in its first paragraph and Azure only
    # in another company's story, seven sentences on, does not say Microsoft made it
    filler = " ".join(f"Kestrel Labs hired {n} engineers in its {c} office." for n, c in
                      (("twelve", "Lyon"), ("nine", "Porto"), ("six", "Ghent"), ("five", "Turin"), ("four", "Bergen"), ("three", "Basel")))
    far = _triples(f"Microsoft reported higher revenue on Tuesday. {filler} Kestrel Labs also runs its Vela model on Azure.")
    near = _triples("Microsoft reported higher revenue on Tuesday. Kestrel Labs runs its Vela model on Azure.")
    assert ("develops", "Microsoft", "Azure") in near, sorted(near)
    assert ("develops", "Microsoft", "Azure") not in far and ("develops", "Kestrel Labs", "Vela") in far, sorted(far)


def test_facebook_is_metas_app_not_another_name_for_meta():
    # since 2021 "Facebook" in deal news is the app; the company is Meta
    got = _triples("Meta put its assistant, Meta AI, into the search bars of its Facebook, Instagram and WhatsApp apps.")
    assert ("develops", "Meta", "Facebook") in got and ("develops", "Meta", "Instagram") in got, sorted(got)


@pytest.mark.parametrize("body, subject", [
    ("State Bank of India invested $5 million in Korvalt AI.", "State Bank of India"),  # an institution named by its place
    ("National Bank of Ostrava backed Tillgrow AI.", "National Bank of Ostrava"),
    ("Central Ohio Power Cooperative signed a supply agreement with Gridwise Labs.", "Central Ohio Power Cooperative"),
    ("Southern Texas Edison partnered with Pelora AI.", "Southern Texas Edison"),  # a region's word before a place
    ("Brenmoor Farmers Cooperative invested $2 million in Qirano Labs.", "Brenmoor Farmers Cooperative"),
])
def test_a_name_keeps_a_first_word_that_alone_is_no_name(body, subject):
    assert subject in {f[1] for f in facts(body)}, sorted(facts(body))


def test_a_region_or_rank_word_before_a_common_noun_stays_out_of_names():
    fs = facts("Central Bank officials praised Orvane Systems, which partnered with Halvard Labs. "
               "Western investors backed Kestrel Robotics.")
    assert ("partners_with", "Orvane Systems", "Halvard Labs") in fs
    assert not any("Central" in k[1] or "Western" in k[1] for k in fs), sorted(fs)


@pytest.mark.parametrize("body", [
    "Kestrel Games has unveiled an AI-powered teammate for its battle royale hit.",
    "Orvane Pay launched an AI-based fraud tool for small merchants.",
    "Brenlow Data sells a GPU-optimised stack and a Llama-compatible API.",
])
def test_a_capitalised_compound_adjective_is_no_name(body):
    got = types(body)
    assert not [n for n in got if "-" in n], got


def test_the_company_is_never_a_regulator_named_before_it():
    got = facts("Nvidia's acquisitions have drawn scrutiny. The European Commission has been sent questions by competitors. "
                "The company's largest acquisition remains Kestrel Networks, the Israeli networking company it bought for $6.9 billion in 2020.")
    assert not [k for k in got if k[1] == "European Commission"], sorted(got)


def test_a_two_place_dateline_with_abbreviated_states_names_no_company():
    got = facts("RALEIGH, N.C. and VILNIUS, Lithuania -- Brenlow Identity, a provider of identity software, today announced it has "
                "agreed to acquire Quillon, a Vilnius-based start-up.\n\nSUNNYVALE, Calif. - Kestrel Design said it will absorb Orvane "
                "Simulation, which it agreed in 2024 to buy.", published="March 3, 2025")
    assert ("acquires", "Brenlow Identity", "Quillon") in got, sorted(got)
    assert ("acquires", "Kestrel Design", "Orvane Simulation") in got, sorted(got)
    assert not [k for k in got if k[1] in ("RALEIGH", "VILNIUS", "SUNNYVALE")], sorted(got)


@pytest.mark.parametrize("body, name", [
    ("Tessel Insurance has agreed to buy Next Insurance, an online insurer.", "Next Insurance"),
    ("In November 2022 Orvane Group bought Beyond Sports, a Dutch start-up.", "Beyond Sports"),
])
def test_a_word_that_opens_sentences_opens_a_name_in_mid_sentence(body, name):
    assert name in types(body), types(body)


def test_next_year_at_a_sentence_start_is_no_name():
    got = types("Kestrel Labs bought Orvane Systems in 2024. Next Year, the company said, it will buy more.")
    assert not [n for n in got if n.startswith("Next")], got


def test_a_question_heading_does_not_glue_its_auxiliary_to_the_name():
    got = types("Does Kestrel Capital already own part of Orvane Labs?\n\nYes. Kestrel Capital invested $40 million in Orvane Labs in 2023.")
    assert "Kestrel Capital" in got and not [n for n in got if n.startswith(("Does ", "Has "))], got


def test_a_dateline_of_two_short_city_names_names_no_company():
    got = facts("PUNE and HYDERABAD, India - Kestrel Mahindra said today that it has signed a definitive agreement to acquire "
                "Vakya AI, a Hyderabad start-up.")
    assert ("acquires", "Kestrel Mahindra", "Vakya AI") in got, sorted(got)
    assert not [k for k in got if k[1] in ("PUNE", "HYDERABAD")], sorted(got)


@pytest.mark.parametrize("body, person", [
    ("Kestrel Music was founded in 2018 by Savage, a British music-technology executive, and Pettersson, a Swedish data scientist.",
     "Pettersson"),
    ("Kestrel Bomb started in 2013 as a blog written by Ted Knutson, an American analyst living in Britain.", "Ted Knutson"),
])
def test_a_name_its_apposition_gives_a_persons_role_is_a_person(body, person):
    got = facts(body)
    assert not [k for k in got if person in (k[1], k[2])], sorted(got)


def test_a_spokesperson_who_speaks_after_a_company_leaves_it_a_company():
    got = facts("Kestrel Toys signed a partnership with Orvane AI in June. Orvane AI is not taking a stake in Kestrel Toys, "
                "a spokesperson said.")
    assert ("partners_with", "Kestrel Toys", "Orvane AI") in got or ("partners_with", "Orvane AI", "Kestrel Toys") in got, sorted(got)


@pytest.mark.parametrize("body, key", [
    ("Kestrel Group has acquired iFit, the Utah fitness company, for $20 million.", ("acquires", "Kestrel Group", "iFit")),
    ("Orvane Ventures led a $5 million round in nCino, the Wilmington bank-software company.", ("invests_in", "Orvane Ventures", "nCino")),
    ("byFounders led a $5 million round in Kestrel Labs.", ("invests_in", "byFounders", "Kestrel Labs")),
    ("Kestrel Group signed a partnership with airBaltic in May.", ("partners_with", "Kestrel Group", "airBaltic")),
])
def test_a_name_that_opens_with_small_letters_keeps_them(body, key):
    got = facts(body)
    assert key in got, sorted(got)
    assert not [k for k in got if k[2] in ("Fit", "Cino", "Founders", "Baltic") or k[1] in ("Founders", "Baltic")], sorted(got)


def test_a_wire_tag_after_a_dateline_of_several_words_is_no_company():
    got = facts("ROCHESTER, New York (Wire) - Kestrel Payroll Inc said on Tuesday it had agreed to buy Orvane HCM for about $4.1 billion.")
    assert ("acquires", "Kestrel Payroll Inc", "Orvane HCM") in got, sorted(got)
    assert not [k for k in got if "Wire" in k[1]], sorted(got)


@pytest.mark.parametrize("body, key", [
    ("Africa Investment Fund led the round in Kestrel Pay.", ("invests_in", "Africa Investment Fund", "Kestrel Pay")),
    ("Asia Vital Components bought Kestrel Cooling in May.", ("acquires", "Asia Vital Components", "Kestrel Cooling")),
    ("Africa Data Centres is wholly owned by Kestrel Technologies.", ("invests_in", "Kestrel Technologies", "Africa Data Centres")),
    ("Kestrel Finance Corporation invested $300 million in Africa Data Centres.", ("invests_in", "Kestrel Finance Corporation", "Africa Data Centres")),
    # a region after a preposition stays a region
    ("In Africa Kestrel Pay signed a partnership with Orvane Systems.", ("partners_with", "Kestrel Pay", "Orvane Systems")),
])
def test_a_region_that_opens_a_company_name_stays_in_it(body, key):
    got = facts(body)
    assert key in got, sorted(got)


def test_a_pronouns_contraction_is_no_company():
    got = types("Kestrel AI raised $10 million. We've also worked with Orvane University since 2022 on models that read floor plans.")
    assert not [n for n in got if n.startswith("We")], got


def test_our_product_names_a_product():
    got = types("What does Kestrel AI do? Insurers ask drivers to photograph a damaged car. Our product, Kestrel Inspect, looks at "
                "those pictures. We also signed a partnership with Orvane Cloud last autumn.")
    assert got.get("Kestrel Inspect") == "Product", got


@pytest.mark.parametrize("body, key", [
    ("Kestrel AI raised $30 million in a round led by the U.S. Orvane Fund.", ("invests_in", "U.S. Orvane Fund", "Kestrel AI")),
    ("J.R. Kestrel Transport, the Arkansas trucking group, invested $10 million in Orvane Loads.",
     ("invests_in", "J.R. Kestrel Transport", "Orvane Loads")),
])
def test_a_name_that_opens_with_initials_keeps_them(body, key):
    got = facts(body)
    assert key in got, sorted(got)


def test_a_name_that_opens_with_initials_is_not_split_in_two():
    got = facts("K.T. Orvane, based in Eden Prairie, Minnesota, sold its freight unit to Kestrel Logistics.")
    assert not [k for k in got if k[1] in ("K.T", "Orvane") or k[2] in ("K.T", "Orvane")], sorted(got)
    assert ("based_in", "K.T. Orvane", "United States") in got, sorted(got)


@pytest.mark.parametrize("body, key", [
    ("Kestrel AI raised £6.5 million in a seed round led by Northern Orvane, the investor set up by three universities.",
     ("invests_in", "Northern Orvane", "Kestrel AI")),
    ("Southern Kestrel Ventures led a $5 million round in Orvane Labs.", ("invests_in", "Southern Kestrel Ventures", "Orvane Labs")),
])
def test_a_compass_word_that_opens_an_unknown_name_stays_in_it(body, key):
    got = facts(body)
    assert key in got, sorted(got)


def test_a_compass_word_before_a_place_or_a_time_names_nothing():
    got = types("Kestrel AI expanded into Northern Europe and Central Asia. Its results came at 9am Eastern Time on Monday.")
    assert not [n for n in got if n.split()[0] in ("Northern", "Central", "Eastern")], got


def test_a_sentences_subject_that_she_or_he_takes_up_is_a_person_not_the_start_up():
    got = facts("Ximena Orvane spent eight years running contact centres before she co-founded Kestrel Voz, a Mexico City company "
                "that builds voice agents. Last Tuesday the start-up said it had raised 190 million pesos in a Series A round led by "
                "Tessel Ventures.")
    assert ("invests_in", "Tessel Ventures", "Kestrel Voz") in got, sorted(got)
    assert not [k for k in got if "Ximena" in k[1] or "Ximena" in k[2]], sorted(got)


def test_a_capitalised_title_before_a_persons_name_is_neither_a_company_nor_part_of_one():
    got = facts("Kestrel Chips raised $1.1 billion, Kestrel Chips Chief Executive Andrew Orvane said. Tiger Tessel and Quill Capital "
                "joined as new investors. Sarah Brenlow, Chief Executive Officer of Marrow Data, said: \"We agreed to buy Lumen AI.\"")
    assert not [k for k in got if "Executive" in k[1] or "Executive" in k[2] or "Officer" in k[1]], sorted(got)
    assert ("acquires", "Marrow Data", "Lumen AI") in got, sorted(got)


@pytest.mark.parametrize("body, present", [
    ("Tessel Labs signed a research agreement with the Kestrel University of Science and Technology last year.",
     ("partners_with", "Tessel Labs", "Kestrel University of Science and Technology")),
    ("The Kestrel Generative AI Research and Development Centre released Tessel V1 in March.",
     ("develops", "Kestrel Generative AI Research and Development Centre", "Tessel V1")),
    ("Orvane Vision signed a research agreement with National Kestrel University in May.",
     ("partners_with", "Orvane Vision", "National Kestrel University")),
])
def test_and_inside_an_institutions_name_and_national_before_a_university(body, present):
    got = facts(body)
    assert present in got or (present[0], present[2], present[1]) in got, sorted(got)


@pytest.mark.parametrize("body, present", [
    ("Tessel Labs signed a research agreement with Orvane Children's Hospital in May.", ("partners_with", "Tessel Labs", "Orvane Children's Hospital")),
    ("Tessel Labs signed a research agreement with University College Dublin in May.", ("partners_with", "Tessel Labs", "University College Dublin")),
    ("Science Foundation Ireland invested 5 million euros in Tessel Labs.", ("invests_in", "Science Foundation Ireland", "Tessel Labs")),
    ("Tessel Labs has run a research collaboration with the University of Kestrel Boulder since 2023.",
     ("partners_with", "Tessel Labs", "University of Kestrel Boulder")),
    ("Kestrel State-owned Capital Investment invested 200 million yuan in Tessel Labs.",
     ("invests_in", "Kestrel State-owned Capital Investment", "Tessel Labs")),
    ("Tessel Labs signed a licensing deal with 300 Entertainment in May.", ("partners_with", "Tessel Labs", "300 Entertainment")),
    ("Tessel Labs raised R60 million in a round led by 4Di Capital, the Cape Town venture firm.", ("invests_in", "4Di Capital", "Tessel Labs")),
    ("Tessel Code, a Dubai start-up, raised $9 million in a seed round led by Global Ventures, the Dubai-based venture firm.",
     ("invests_in", "Global Ventures", "Tessel Code")),
    ("Kestrel Mining highlighted its stake in Global Tessel Enrichment, the venture it owns with Orvane Systems.",
     ("invests_in", "Kestrel Mining", "Global Tessel Enrichment")),
])
def test_possessives_colleges_countries_and_numbers_inside_names(body, present):
    got = facts(body)
    assert present in got or (present[0], present[2], present[1]) in got, sorted(got)


def test_a_short_first_word_a_surname_a_heading_and_a_product_apposition_are_read_as_such():
    # the company named first is what its first word alone names, and the products named after it are its own
    got = facts("Orvane has agreed to buy Tessel Vision, a Lyon start-up, for 90 million euros. Tessel Gaze is a driver-monitoring "
                "model, and Tessel Cabin detects children left in cars. Tessel Gaze has been offered through Kestrel's Ride platform "
                "since 2024. Orvane and Tessel are not strangers. Tessel raised a 2 million euro seed round in 2020 led by Brisa Ventures.")
    assert ("acquires", "Orvane", "Tessel Vision") in got, sorted(got)
    assert ("invests_in", "Brisa Ventures", "Tessel Vision") in got, sorted(got)
    assert ("develops", "Tessel Vision", "Tessel Gaze") in got, sorted(got)
    # a two-letter surname named with a first name before is a person's
    got = facts("Chief executive David Lu said Tessel Lidar signed a supply deal with Orvane Motors. Asked about volumes, Lu said "
                "design wins with Kestrel Auto and Brisa Cars were ramping.")
    assert not [k for k in got if k[1] == "Lu" or k[2] == "Lu"], sorted(got)
    # a heading in capitals is no name, and "the company's core product" makes a product
    got = facts("Tessel Analytics, the company's core product, has been available on AWS Marketplace since 2021.\n\n"
                "DEALS AND PARTNERS\n\nTessel, the San Francisco-based company, signed a deal with Orvane Cloud.")
    assert ("available_on", "Tessel Analytics", "AWS Marketplace") in got, sorted(got)
    assert not [k for k in got if "DEALS" in k[1] or "DEALS" in k[2]], sorted(got)


def test_a_city_before_its_state_and_a_site_is_no_product():
    got = facts("Tessel Robotics has been testing the robot at its Brackley, Kentucky, plant since June. Orvane said the money would go "
                "toward expanding manufacturing at its Hayward, Calif., plant.")
    assert not [k for k in got if k[0] == "develops"], sorted(got)


def test_more_company_nouns_describe_a_company_after_its_place():
    got = facts("Tessel Acoustics signed an integration agreement with Orvane Naval, the Vlissingen shipbuilder, last year.")
    assert ("based_in", "Orvane Naval", "Netherlands") in got, sorted(got)
    assert not [k for k in got if "Vlissingen" in k[1] or "Vlissingen" in k[2]], sorted(got)


def test_a_rival_named_with_its_demonym_and_a_place_glued_to_a_known_name():
    got = facts("A report said Orvane had also approached Spanish rival Kestrel Rides. Rival Tessel Credit, the Italian credit-bureau "
                "group, runs its own analytics business.")
    assert ("based_in", "Kestrel Rides", "Spain") in got and ("based_in", "Tessel Credit", "Italy") in got, sorted(got)
    # the text's "London-based" wins over the gazetteer's country; "the London-based Alphabet company" is another company's place
    got = facts("London-based ElevenLabs raised $180 million in January. Tessel Bio, the London-based Alphabet company, signed a "
                "research agreement with Orvane Pharma.")
    assert ("based_in", "ElevenLabs", "United Kingdom") in got, sorted(got)
    assert ("based_in", "Alphabet", "United Kingdom") not in got, sorted(got)


def test_a_role_at_a_firm_in_an_apposition_makes_a_person():
    got = facts("Tessel Labs raised $5 million from Orvane Capital. Mira Dask, a partner at a consulting firm in Porto, said the terms "
                "were in line with recent deals. Mira Dask, a partner at a consulting firm in Porto, has backed Tessel Labs since 2023.")
    assert ("invests_in", "Orvane Capital", "Tessel Labs") in got, sorted(got)
    assert not [k for k in got if "Mira Dask" in (k[1], k[2])], sorted(got)


@pytest.mark.parametrize("body, present, absent", [
    # a city between an article's modifiers and a company noun is where the company is, not a company
    ("In April Tessel Analytics acquired Orvane Data, a three-person Stellenbosch company that cleans inverter data.",
     [("acquires", "Tessel Analytics", "Orvane Data"), ("based_in", "Orvane Data", "South Africa")],
     [("acquires", "Tessel Analytics", "Stellenbosch")]),
    # countries beyond the largest economies, and their demonyms
    ("Orvane Copper, the Zambian miner, signed a partnership with Tessel Labs, a Yerevan start-up, to map copper deposits in Namibia.",
     [("based_in", "Orvane Copper", "Zambia"), ("based_in", "Tessel Labs", "Armenia")], []),
    ("Tessel Grid, a Montevideo-based start-up, has built matching for Armenian, Georgian and Russian names.",
     [("based_in", "Tessel Grid", "Uruguay")], [("develops", "Tessel Grid", "Armenian")]),
])
def test_a_city_before_a_company_noun_and_more_countries(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present, absent", [
    # a city, its state and a company noun after an article: a place ("a Napa, California start-up"); Georgia's cities are American
    ("Tessel Farm Corp has agreed to buy Orvane Robotics, a Napa, California start-up whose machines prune vines.",
     [("acquires", "Tessel Farm Corp", "Orvane Robotics"), ("based_in", "Orvane Robotics", "United States")],
     [("acquires", "Tessel Farm Corp", "Napa")]),
    ("Kestrel Tractors, the Duluth, Georgia-based maker of tractors, signed a partnership with Orvane Labs in May.",
     [("based_in", "Kestrel Tractors", "United States")], []),
])
def test_a_city_and_its_state_before_a_company_noun(body, present, absent):
    _present_and_absent(body, present, absent)


@pytest.mark.parametrize("body, present", [
    # a description naming a city and its state or country between commas: "the Cambridge, England, drug-discovery company"
    ("Tessel Bio, the Cambridge, England, drug-discovery company, raised a $60 million Series B in March led by Kestrel Ventures.",
     [("based_in", "Tessel Bio", "United Kingdom"), ("invests_in", "Kestrel Ventures", "Tessel Bio")]),
    ("Orvane Systems bought Tessel Robotics, the Somerville, Massachusetts, start-up, for $90 million in 2023.",
     [("based_in", "Tessel Robotics", "United States"), ("acquires", "Orvane Systems", "Tessel Robotics")]),
])
def test_a_description_with_a_city_and_its_state_between_commas(body, present):
    _present_and_absent(body, present, [])


def test_a_language_is_no_product_and_no_company():
    got = facts("Tessel Labs fine-tunes its models on Marathi and Telugu banking conversations. Kestrel Labs built Kestrel-8B for Quechua "
                "and Aymara speakers, and Orvane AI sells a Bahasa Indonesia assistant.")
    assert not [k for k in got if {"Marathi", "Telugu", "Quechua", "Aymara", "Bahasa Indonesia"} & {k[1], k[2]}], sorted(got)
    assert ("develops", "Kestrel Labs", "Kestrel-8B") in got, sorted(got)


def _present_and_absent(body, present, absent):
    got = facts(body)
    for f in present:
        assert f in got, (f, sorted(got))
    for f in absent:
        assert f not in got, (f, sorted(got))


def test_a_public_body_named_for_several_things_is_one_name():
    text = ("Test\nBy the Desk\nJune 3, 2024\n\nKestrel Hydro signed an agreement with the Department of Water, Land and Forestry "
            "to map leaks. The Oskarvik Institute for Snow and Avalanche Research also worked with Kestrel Hydro.\n")
    names = {e.name for e in extract(parse_text(text, source="inline.txt")).entities}
    assert "Department of Water, Land and Forestry" in names, names
    assert "Oskarvik Institute for Snow and Avalanche Research" in names, names
    assert not {"Land", "Forestry", "Avalanche Research"} & names, names


def test_a_name_opening_with_a_central_european_capital_is_whole():
    text = ("Test\nBy the Desk\nJune 3, 2024\n\nŁomża Robotics raised $5 million from Kestrel Capital. Kestrel Capital also invested in "
            "Šumava Vision, a Prague start-up. Its product, Żuraw Flow, has been sold on the Atlassian Marketplace since April.\n")
    names = {e.name for e in extract(parse_text(text, source="inline.txt")).entities}
    assert {"Łomża Robotics", "Šumava Vision", "Żuraw Flow"} <= names, names
    assert not {"Robotics", "Vision", "Flow"} & names, names


@pytest.mark.parametrize("name, person", [
    ("Elad Marsh", True), ("Daniel Varga", True), ("Mary Farms", False), ("Jordan Company", False), ("Kestrel Robotics", False),
])
def test_a_name_shaped_like_a_persons_unless_a_business_word_ends_it(name, person):
    from alliancekg.graph.extract.entities import looks_like_person

    assert looks_like_person(name) is person
