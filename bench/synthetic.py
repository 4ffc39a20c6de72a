"""A synthetic alliance graph in the project's ontology, of any size.

Invented companies (power-law deal activity: a few hubs make most deals),
products, countries and deals (investments with amounts, acquisitions,
partnerships), each stated by an invented article with an evidence sentence,
written as N-Quads shaped like the ingest pipeline's output (IRIs minted by
:class:`alliancekg.graph.resolve.Minter`; one named graph per article).

    python -m bench.synthetic --companies 10000 -o synthetic.nq
    python -m bench.synthetic --companies 10000 --store data/synthetic   # load into a store

From code::

    from bench.synthetic import load_synthetic
    load_synthetic(store, companies=10_000, seed=7)   # -> SyntheticStats
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from alliancekg.graph.resolve import Minter

__all__ = ["SyntheticStats", "synthetic_quads", "synthetic_nquads", "load_synthetic", "company_name",
           "companies_for_triples", "write_nquads", "BENCH_ROUNDS"]

AKG = "https://w3id.org/alliancekg/ontology#"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"

_HEADS = ("Vant", "Quil", "Nor", "Pell", "Tenk", "Marr", "Orb", "Zel", "Kov", "Lum", "Brav", "Cald", "Dex", "Eph",
          "Fyr", "Gal", "Hal", "Ist", "Jor", "Kel", "Lyr", "Mav", "Nex", "Oss", "Pry", "Qua", "Rav", "Syl", "Tor", "Umb")
_TAILS = ("ora", "ion", "vale", "ucid", "ai", "ow", "is", "ix", "en", "ara", "eth", "ium", "yx", "on", "ent", "ova")
_KINDS = ("Labs", "Systems", "AI", "Robotics", "Capital", "Ventures", "Cloud", "Data", "Dynamics", "Semiconductors")
_PRODUCTS = ("Model", "Cloud", "Chat", "Studio", "Engine", "Chip", "Assistant", "Platform")
_COUNTRIES = ("France", "Germany", "United States", "United Kingdom", "Canada", "Japan", "South Korea", "India",
              "Israel", "Sweden", "Netherlands", "Switzerland", "Singapore", "China", "Brazil", "Spain")
_CURRENCIES = ("USD", "USD", "USD", "EUR", "EUR", "GBP")


@dataclass(frozen=True)
class SyntheticStats:
    companies: int
    products: int
    deals: int
    articles: int
    quads: int


def company_name(i: int) -> str:
    """The invented name of company ``i`` (unique for every i)."""
    n = len(_HEADS) * len(_TAILS)
    stem = _HEADS[i % len(_HEADS)] + _TAILS[(i // len(_HEADS)) % len(_TAILS)]
    kind = _KINDS[(i // n) % len(_KINDS)]
    serial = i // (n * len(_KINDS))
    return f"{stem} {kind}" + (f" {serial + 1}" if serial else "")


def _lit(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _typed(value: str, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def _date(rng: random.Random) -> tuple[str, str]:
    """A random deal date at a random precision: (lexical, xsd type)."""
    year = rng.randint(2012, 2025)
    month = rng.randint(1, 12)
    roll = rng.random()
    if roll < 0.2:
        return str(year), "gYear"
    if roll < 0.6:
        return f"{year}-{month:02d}", "gYearMonth"
    return f"{year}-{month:02d}-{rng.randint(1, 28):02d}", "date"


def synthetic_quads(companies: int, seed: int = 7, minter: Minter | None = None,
                    facts_per_article: int = 6, funding_rounds: float = 0.0) -> Iterator[str]:
    """N-Quads lines of a synthetic store with ``companies`` companies.

    ``funding_rounds`` (a fraction of ``companies``) adds funding rounds: one
    company raising money from 2-5 investors on one date, reported together
    by one article (one Investment per investor, the round's amount on the
    lead's).  The default 0 keeps the graphs earlier figures were measured on."""
    rng = random.Random(seed)
    m = minter or Minter()
    names = [company_name(i) for i in range(companies)]
    iris = [str(m.entity("Company", n)) for n in names]
    n_products = max(1, companies // 4)
    products = [f"{names[i % companies].split()[0]} {_PRODUCTS[i % len(_PRODUCTS)]}" for i in range(n_products)]
    product_iris = [str(m.entity("Product", p)) for p in products]
    country_iris = [str(m.entity("Country", c)) for c in _COUNTRIES]

    def hub() -> int:  # power law: low indices are the busy investors
        return min(companies - 1, int(rng.paretovariate(1.1)) - 1 + (rng.randrange(companies) if rng.random() < 0.25 else 0))

    facts: list[tuple[str, int, int, str | None, float | None, str | None]] = []
    for i in range(companies):
        facts.append(("based_in", i, rng.randrange(len(_COUNTRIES)), None, None, None))
    for p in range(n_products):
        facts.append(("develops", p % companies, p, None, None, None))
        if p > 20 and rng.random() < 0.3:
            facts.append(("available_on", p, rng.randrange(min(20, n_products)), None, None, None))
    for _ in range(int(companies * 1.3)):
        a, b = hub(), rng.randrange(companies)
        if a != b:
            date, _t = _date(rng)
            amount = float(rng.choice((1, 2, 5, 10, 15, 20, 40, 100, 250, 1000, 4000))) * 1e6 if rng.random() < 0.75 else None
            facts.append(("invests_in", a, b, date, amount, rng.choice(_CURRENCIES) if amount else None))
    for _ in range(int(companies * 0.1)):
        a, b = hub(), rng.randrange(companies)
        if a != b:
            facts.append(("acquires", a, b, _date(rng)[0], float(rng.randint(10, 900)) * 1e6, "USD"))
    for _ in range(int(companies * 0.6)):
        a, b = hub(), rng.randrange(companies)
        if a != b:
            facts.append(("partners_with", a, b, _date(rng)[0], None, None))
    rng.shuffle(facts)
    chunks = [facts[i:i + facts_per_article] for i in range(0, len(facts), facts_per_article)]
    if funding_rounds:
        rr = random.Random(seed + 1)  # its own stream: the other facts stay as they were
        for _ in range(int(companies * funding_rounds)):
            investee = rr.randrange(companies)
            investors = list(dict.fromkeys(min(companies - 1, int(rr.paretovariate(1.1)) - 1) for _ in range(rr.randint(2, 5))))
            date = f"{rr.randint(2012, 2025)}-{rr.randint(1, 12):02d}-{rr.randint(1, 28):02d}"
            amount = float(rr.choice((5, 12, 30, 80, 150, 400, 1000))) * 1e6
            currency = rr.choice(_CURRENCIES)
            round_facts = [("invests_in", a, investee, date, amount if k == 0 else None, currency if k == 0 else None)
                           for k, a in enumerate(investors) if a != investee]
            if round_facts:
                chunks.insert(rr.randrange(len(chunks) + 1), round_facts)

    specs = {  # relation -> (shortcut, event class, subject role, object role, subject kind, object kind)
        "invests_in": ("investsIn", "Investment", "investor", "investee", "c", "c"),
        "acquires": ("acquired", "Acquisition", "acquirer", "target", "c", "c"),
        "partners_with": ("partnerOf", "Partnership", "partner", "partner", "c", "c"),
        "develops": ("develops", None, None, None, "c", "p"),
        "available_on": ("availableOn", "Availability", "product", "platform", "p", "p"),
        "based_in": ("basedIn", None, None, None, "c", "k"),
    }
    kinds = {"c": (iris, names, "Company"), "p": (product_iris, products, "Product"),
             "k": (country_iris, list(_COUNTRIES), "Country")}
    for number, chunk in enumerate(chunks):
        start = number * facts_per_article  # article numbers as before rounds existed
        art_id = f"synthetic-{number}"
        art = str(m.article(art_id))
        g = f"<{art}>"
        first = chunk[0]
        published = first[3] if first[3] and len(first[3]) == 10 else f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        s_kind = specs[first[0]][4]
        headline = f"{kinds[s_kind][1][first[1]]}: news of the week {start // facts_per_article}"
        yield f"<{art}> <{RDF}type> <{AKG}Article> {g} ."
        yield f"<{art}> <{SCHEMA}headline> {_lit(headline)} {g} ."
        yield f"<{art}> <{SCHEMA}datePublished> {_typed(published, 'date')} {g} ."
        seen: set[str] = set()
        offset = 0
        for relation, si, oi, date, amount, currency in chunk:
            shortcut, event_cls, s_role, o_role, sk, ok = specs[relation]
            s_iris, s_names, s_type = kinds[sk]
            o_iris, o_names, o_type = kinds[ok]
            s, o, sn, on = s_iris[si], o_iris[oi], s_names[si], o_names[oi]
            for node, name, type_ in ((s, sn, s_type), (o, on, o_type)):
                if node not in seen:
                    seen.add(node)
                    yield f"<{node}> <{RDF}type> <{AKG}{type_}> {g} ."
                    yield f"<{node}> <{RDFS}label> {_lit(name)} {g} ."
            yield f"<{s}> <{AKG}{shortcut}> <{o}> {g} ."
            if relation == "partners_with":
                yield f"<{o}> <{AKG}{shortcut}> <{s}> {g} ."
            money = f" for {amount / 1e6:g} million {currency}" if amount else ""
            sentence = f"{sn} {relation.replace('_', ' ')} {on}{money}{', in ' + date if date else ''}."
            assertion = str(m.assertion(art_id, relation, sn, on, offset))
            offset += len(sentence) + 1
            a = f"<{assertion}>"
            yield f"{a} <{RDF}type> <{AKG}Assertion> {g} ."
            yield f"{a} <{RDF}subject> <{s}> {g} ."
            yield f"{a} <{RDF}predicate> <{AKG}{shortcut}> {g} ."
            yield f"{a} <{RDF}object> <{o}> {g} ."
            yield f"{a} <{AKG}evidenceText> {_lit(sentence)} {g} ."
            yield f"{a} <{PROV}wasDerivedFrom> <{art}> {g} ."
            if event_cls:
                event = str(m.event(relation, sn, on, date))
                e = f"<{event}>"
                yield f"{a} <{AKG}describesEvent> {e} {g} ."
                yield f"{e} <{RDF}type> <{AKG}{event_cls}> {g} ."
                yield f"{e} <{AKG}{s_role}> <{s}> {g} ."
                yield f"{e} <{AKG}{o_role}> <{o}> {g} ."
                yield f"{e} <{PROV}wasDerivedFrom> <{art}> {g} ."
                if date:
                    dtype = {4: "gYear", 7: "gYearMonth"}.get(len(date), "date")
                    yield f"{e} <{AKG}date> {_typed(date, dtype)} {g} ."
                if amount:
                    money_iri = f"<{event}/amount>"
                    yield f"{e} <{AKG}amount> {money_iri} {g} ."
                    yield f"{money_iri} <{SCHEMA}value> {_typed(str(int(amount)), 'decimal')} {g} ."
                    yield f"{money_iri} <{SCHEMA}currency> {_lit(currency or 'USD')} {g} ."


def synthetic_nquads(companies: int, seed: int = 7, minter: Minter | None = None, funding_rounds: float = 0.0) -> str:
    """The synthetic store as one N-Quads document."""
    return "\n".join(synthetic_quads(companies, seed, minter, funding_rounds=funding_rounds)) + "\n"


BENCH_ROUNDS = 0.15
"""The share of funding rounds the benchmark's graphs have (rounds per company)."""


def companies_for_triples(triples: int, funding_rounds: float = BENCH_ROUNDS, seed: int = 7) -> int:
    """How many companies make a synthetic graph of about ``triples`` quads
    (measured on a 2,000-company sample; within a few percent)."""
    sample = 2000
    per_company = sum(1 for _ in synthetic_quads(sample, seed, funding_rounds=funding_rounds)) / sample
    return max(2, round(triples / per_company))


def write_nquads(path: str | Path, companies: int, seed: int = 7, funding_rounds: float = 0.0) -> SyntheticStats:
    """Write the synthetic graph to an N-Quads file (streamed); its statistics."""
    quads = articles = deals = 0
    with open(path, "w", encoding="utf-8") as out:
        for line in synthetic_quads(companies, seed, funding_rounds=funding_rounds):
            out.write(line)
            out.write("\n")
            quads += 1
            if line.endswith(f"<{AKG}Article> " + line.rsplit(" ", 2)[-2] + " ."):
                articles += 1
            elif f"<{AKG}describesEvent>" in line:
                deals += 1
    return SyntheticStats(companies=companies, products=max(1, companies // 4), deals=deals, articles=articles, quads=quads)


def load_synthetic(store, companies: int, seed: int = 7, minter: Minter | None = None,
                   batch: int = 200_000) -> SyntheticStats:
    """Load a synthetic graph of ``companies`` companies into ``store`` (in batches of whole articles)."""
    lines: list[str] = []
    quads = articles = deals = 0
    article_marker = f"<{RDF}type> <{AKG}Article>"
    deal_marker = f"<{AKG}describesEvent>"

    def flush() -> None:
        nonlocal lines
        if lines:  # whole articles only: load_rdf replaces every graph it fills
            store.load_rdf(("\n".join(lines) + "\n").encode("utf-8"), "nquads", "urn:x-synthetic:default")
            lines = []

    for line in synthetic_quads(companies, seed, minter):
        if article_marker in line:
            articles += 1
            if len(lines) >= batch:
                flush()
        elif deal_marker in line:
            deals += 1
        lines.append(line)
        quads += 1
    flush()
    return SyntheticStats(companies=companies, products=max(1, companies // 4), deals=deals,
                          articles=articles, quads=quads)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.synthetic", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--companies", type=int, default=1000, help="how many companies (default 1000)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (same seed, same graph)")
    out = ap.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", help="write N-Quads to this file (default: standard output)")
    out.add_argument("--store", help="load into this store folder (or 'memory', which only measures)")
    args = ap.parse_args(argv)
    if args.companies < 2:
        ap.error("--companies must be at least 2")
    if args.store:
        from alliancekg.graph.ingest import ensure_ontology
        from alliancekg.graph.store import open_store

        t = time.perf_counter()
        with open_store(args.store) as store:
            ensure_ontology(store)
            stats = load_synthetic(store, args.companies, args.seed)
            store.flush()
        print(json.dumps({**asdict(stats), "seconds": round(time.perf_counter() - t, 2)}), file=sys.stderr)
        return 0
    text = synthetic_nquads(args.companies, args.seed)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
