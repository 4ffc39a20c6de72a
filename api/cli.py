"""alliancekg: turn AI-alliance news into an RDF knowledge graph, query it, view it, serve it.

Every command takes --store PATH (or the environment variable
ALLIANCEKG_STORE; default ./data/store); --store memory keeps nothing;
--store sparql+http://host:8890/sparql uses a SPARQL 1.1 server (see
docs/remote-stores.md; --store-update-url, --store-auth, --store-user, and the
password in ALLIANCEKG_STORE_PASSWORD).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

from alliancekg.graph.errors import AllianceKGError, InvalidParameter

from .settings import Settings

_EPILOG = """examples:
  alliancekg ingest seeds/                     read every article below seeds/
  alliancekg query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
  alliancekg export --format trig > graph.trig
  alliancekg view -o alliances.html            the network as one HTML file
  alliancekg view --center "Mistral AI" --depth 2 -o mistral.html
  alliancekg analytics rankings --measure pagerank
  alliancekg eval tests/articles/holdout       score the extractor on gold-annotated articles
  alliancekg serve --port 8000                 SPARQL at /sparql, the network at /view
"""


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.from_env(store=getattr(args, "store", None), **_store_overrides(args))


def _store_overrides(args: argparse.Namespace) -> dict:
    """The remote store's options given on the command line."""
    return {name: getattr(args, name, None) for name in ("store_update_url", "store_auth", "store_user", "store_timeout")}


def _open(args: argparse.Namespace, *, read_only: bool = False):
    """The store; ``read_only`` for commands that only read, so that they
    also work while a server holds the store (memory stores are never read-only)."""
    from alliancekg.graph.store import MEMORY

    settings = _settings(args)
    return settings.open_store(read_only=read_only and settings.store not in MEMORY)


# -- commands ---------------------------------------------------------------
def _article_json(article) -> dict:
    return {
        "article": article.id,
        "title": article.title,
        "published": article.published,
        "authors": list(article.author_names),
        "url": article.url,
        "source": article.location,
        "format": article.format,
        "body_start": article.body_start,
    }


def _cmd_extract(args: argparse.Namespace) -> int:
    from alliancekg.graph.articles import iter_articles
    from alliancekg.graph.extract import extract

    items = list(iter_articles(args.file))
    many = len(items) > 1 or Path(args.file).suffix.lower() in (".jsonl", ".ndjson")
    failed = 0
    for item in items:
        if isinstance(item, AllianceKGError):
            if not many:
                raise item
            print(f"error: {item}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "text":
            sys.stdout.write(item.text if not many else f"{json.dumps({'article': item.id, 'text': item.text}, ensure_ascii=False)}\n")
            continue
        out = extract(item).to_facts_json() if args.format == "facts" else _article_json(item)
        if many:  # JSON Lines in, JSON Lines out: one compact object per article
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        else:
            json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
            sys.stdout.write("\n")
    if failed:
        print(f"alliancekg: {failed} line(s) of {args.file} failed; the other articles were printed", file=sys.stderr)
        return 1
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from alliancekg.graph.evaluation import evaluate

    tally = evaluate(args.folders)
    report = tally.as_dict()
    if args.format == "json":
        json.dump(report, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        def row(label: str, b: dict) -> str:
            return (f"  {label:<16} P {b['precision']:.3f}  R {b['recall']:.3f}  F1 {b['f1']:.3f}"
                    f"   (tp {b['tp']}, fp {b['fp']}, fn {b['fn']})")
        print(f"articles {report['articles']}")
        print("relations")
        for rel, b in report["relations"].items():
            print(row(rel, b))
        print("entities")
        for typ, b in report["entities"].items():
            print(row(typ, b))
        print("attributes (share of matched facts whose gold value the prediction agrees with)")
        for attr, a in report["attributes"].items():
            acc = "-" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
            print(f"  {attr:<16} {acc}   ({a['agreeing']}/{a['gold']})")
        print(row("facts", report["facts"]).replace("  facts           ", "facts             "))
        if args.verbose:
            print("misses, extras and wrong attributes")
            for line in tally.misses:
                print("  " + line)
    if args.min_f1 is not None and report["facts"]["f1"] < args.min_f1:
        print(f"alliancekg: fact F1 {report['facts']['f1']:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0


def ingest_with_progress(store, paths: list[str], minter, *, quiet: bool = False) -> int:
    """Ingest files with a progress bar (by file); print failures (``file`` or
    ``file:line``), notes and a summary; return the number of failures (files,
    or lines of JSON Lines files)."""
    from tqdm import tqdm

    from alliancekg.graph.ingest import collect, ensure_ontology, ingest_path

    inputs = collect(paths)
    failures = list(inputs.missing)
    ensure_ontology(store)
    files_ok = articles = facts = triples = 0
    seen: dict[str, tuple[str, str]] = {}  # repeated articles are stored once
    for result in failures:
        print(f"error: {result.message}", file=sys.stderr)
    for note in inputs.skipped:
        print(f"note: {note}", file=sys.stderr)
    with tqdm(inputs.files, desc="ingest", unit="file", disable=quiet or None, file=sys.stderr) as bar:
        for path in bar:
            bar.set_postfix_str(path.name[-30:], refresh=False)
            file_failed = False
            for result in ingest_path(store, path, minter, seen):
                if result.ok:
                    articles += result.kind == "article" and not result.skipped
                    facts += result.facts
                    triples += result.triples
                    if result.note:
                        tqdm.write(f"note: {result.path}{f':{result.line}' if result.line else ''}: {result.note}", file=sys.stderr)
                else:
                    file_failed = True
                    failures.append(result)
                    tqdm.write(f"error: {result.message}", file=sys.stderr)
            files_ok += not file_failed
    store.flush()
    if not quiet:
        failed_files = len({r.path for r in failures})
        print(
            f"ingested {files_ok} of {files_ok + failed_files} files ({articles} article{'' if articles == 1 else 's'}): {facts} facts, {triples} triples; "
            f"the store now holds {store.count()} quads in {len(store.graphs())} graphs",
            file=sys.stderr,
        )
    return len(failures)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from alliancekg.graph.resolve import Minter

    settings = _settings(args)
    with _open(args) as store:
        failed = ingest_with_progress(store, args.paths, Minter(settings.base_iri), quiet=args.quiet)
    if failed:
        print(f"alliancekg: {failed} file(s) or line(s) failed; fix or remove them and run ingest again "
              "(the others are stored)", file=sys.stderr)
        return 1
    return 0


def _table(variables: list[str], rows: list[dict]) -> str:
    cells = [[("" if r.get(v) is None else str(r[v])) for v in variables] for r in rows]
    widths = [min(60, max([len(v)] + [len(c[i]) for c in cells])) for i, v in enumerate(variables)]
    clip = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"  # noqa: E731
    lines = [" | ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(clip(c, w).ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _cmd_query(args: argparse.Namespace) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8") if args.file else args.sparql
    except (OSError, UnicodeDecodeError) as exc:
        raise AllianceKGError(f"cannot read the query file {args.file}: {exc}") from exc
    if not text:
        raise AllianceKGError("give a query: alliancekg query 'SELECT ...' or --file query.rq")
    with _open(args, read_only=True) as store:
        result = store.query(text)
        if args.format == "table":
            if result.form == "select":
                print(_table(result.variables, result.rows()))
            elif result.form == "ask":
                print("true" if result.boolean else "false")
            else:
                sys.stdout.write(result.serialize("turtle").decode("utf-8"))
            return 0
        fmt = args.format
        if result.form == "graph" and fmt in ("json", "csv", "tsv", "xml"):
            fmt = "turtle" if fmt != "json" else "jsonld"
        sys.stdout.buffer.write(result.serialize(fmt))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    with _open(args, read_only=True) as store:
        data = store.dump(args.format, graph=args.graph)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {len(data)} bytes to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


_VIEW_KEYS = ("center", "depth", "path_from", "path_to", "relations", "types", "date_from", "date_to",
              "as_of", "min_amount", "limit", "size_by")


def _view_raw(args: argparse.Namespace, keys: tuple[str, ...]) -> dict:
    """The options given, under the URL query's names (lists kept)."""
    return {k: getattr(args, k) for k in keys if getattr(args, k, None) not in (None, [])}


def _cmd_view(args: argparse.Namespace) -> int:
    from alliancekg.graph.analytics import alliance_graph
    from alliancekg.graph.network import parse_view_params
    from alliancekg.viz.views import Links, build_view

    params = parse_view_params(_view_raw(args, _VIEW_KEYS))
    output = args.output or f"alliances.{args.format or 'html'}"
    fmt = args.format or next((f for f in ("graphml", "gexf", "json") if output.endswith("." + f)), "html")
    settings = _settings(args)
    server = args.server.rstrip("/") if args.server else None
    if server is not None and not re.match(r"^https?://[^/\s]+(/\S*)?$", server):
        raise InvalidParameter(f"--server {args.server!r}: give the server's address, e.g. http://127.0.0.1:8000")
    links = Links(view=server + "/view", base_iri=settings.base_iri, entity_root=server + "/") if server else Links()
    with _open(args, read_only=True) as store:
        g = alliance_graph(store)
    body, summary = build_view(g, params, fmt, links=links, title=args.title)
    Path(output).write_bytes(body)
    print(f"wrote {output} ({fmt}): {summary['title']}: {summary['nodes']} nodes, {summary['edges']} edges"
          + (f"; {summary['note']}" if summary["note"] else ""), file=sys.stderr)
    return 0


def _cmd_analytics(args: argparse.Namespace) -> int:
    from alliancekg.graph.analytics import alliance_graph, analyse

    raw = _view_raw(args, ("measure", "limit", "relations", "resolution", "members", "max_paths",
                           "types", "date_from", "date_to", "as_of", "min_amount"))
    if getattr(args, "source", None):
        raw["from"], raw["to"] = args.source, args.target
    with _open(args, read_only=True) as store:
        g = alliance_graph(store)
    result = analyse(g, args.analysis, raw)
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _warm_views(app, store, *, settle: float = 2.0) -> None:
    """Keep the network views' graph built in the background: as the server
    starts, and again once writes have stopped for ``settle`` seconds, so a
    /view rarely waits for it (at 1M triples a build takes seconds); a /view
    arriving during a build waits for that build instead of starting another."""
    import threading
    import time

    from alliancekg.graph.network import GraphCache

    app.state.graph_cache = cache = GraphCache()

    def keep_built() -> None:
        built = None
        while True:
            generation = store.generation
            if generation != built:
                if built is not None:
                    time.sleep(settle)  # a burst of writes: build once, after the last
                    if store.generation != generation:
                        continue
                try:
                    cache.graph(store)
                except Exception:  # noqa: BLE001 - only a head start: the next /view builds it and reports
                    pass
                built = generation
            time.sleep(0.5)

    threading.Thread(target=keep_built, name="akg-warm-views", daemon=True).start()


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from alliancekg.graph.ingest import ensure_ontology
    from alliancekg.graph.resolve import Minter

    from .app import create_app

    settings = Settings.from_env(
        store=args.store, host=args.host, port=args.port, seeds=args.seeds, **_store_overrides(args),
        query_timeout=args.query_timeout, query_workers=args.query_workers,
        remote_endpoints=tuple(args.allow_endpoint) if args.allow_endpoint else None,
        cors_origins=tuple(o for o in args.cors_origin if o != "none") if args.cors_origin else None,
    )
    with _open(args) as store:
        empty = store.count() == 0
        ensure_ontology(store)
        if empty and settings.seeds and Path(settings.seeds).is_dir():
            print(f"the store is empty: ingesting {settings.seeds}/ first", file=sys.stderr)
            ingest_with_progress(store, [settings.seeds], Minter(settings.base_iri))
        elif empty:
            print(f"the store is empty and there is no seeds folder at {settings.seeds!r}: "
                  "add articles with `alliancekg ingest PATH` (or give --seeds)", file=sys.stderr)
        print(f"serving {store.count()} quads on http://{settings.host}:{settings.port}/ (SPARQL at /sparql, network at /view); "
              f"writes {'need the bearer token' if settings.writes_enabled else 'are off (set ALLIANCEKG_WRITE_TOKEN to allow them)'}; "
              f"queries stop after {settings.query_timeout:g} s", file=sys.stderr)
        app = create_app(settings, store=store)
        _warm_views(app, store)
        uvicorn.run(app, host=settings.host, port=settings.port, log_level=args.log_level)
    return 0


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--types", action="append", help="only these entity types: Company, Product, Country (comma-separated or repeated)")
    p.add_argument("--date-from", dest="date_from", metavar="DATE", help="only facts dated from (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--date-to", dest="date_to", metavar="DATE", help="only facts dated up to")
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help="the graph as it stood on that date")
    p.add_argument("--min-amount", dest="min_amount", metavar="AMOUNT", help="only deals of at least this amount (15000000, 15M, 2.5B)")


def _view_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--center", help="an entity name, slug or IRI: its ego network")
    p.add_argument("--depth", help="hops around --center, 1-3 (default 1)")
    p.add_argument("--path-from", dest="path_from", metavar="ENTITY", help="with --path-to: the shortest paths between two entities")
    p.add_argument("--path-to", dest="path_to", metavar="ENTITY")
    p.add_argument("--relations", action="append",
                   help="only these relations: invests_in, acquires, partners_with, develops, available_on, based_in (comma-separated or repeated)")
    _filter_options(p)
    p.add_argument("--limit", help="most nodes drawn, 1-5000 (default 1500); the rest are counted, with drill-down links")
    p.add_argument("--size-by", dest="size_by", help="node size: degree (default), pagerank or betweenness")


# -- parser -----------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", metavar="PATH", help="store folder, 'memory', or a SPARQL 1.1 server as "
                        "sparql+http://host:8890/sparql (default: $ALLIANCEKG_STORE or ./data/store)")
    remote = common.add_argument_group("remote store (--store sparql+http://...; the password only in ALLIANCEKG_STORE_PASSWORD, a token in ALLIANCEKG_STORE_TOKEN)")
    remote.add_argument("--store-update-url", dest="store_update_url", metavar="URL",
                        help="where SPARQL updates go (default: the query URL; Virtuoso: http://host:8890/sparql-auth)")
    remote.add_argument("--store-auth", dest="store_auth", choices=["basic", "digest", "bearer", "none"],
                        help="HTTP authentication (default: basic when --store-user is given; Virtuoso: digest)")
    remote.add_argument("--store-user", dest="store_user", metavar="USER", help="the account that writes (Virtuoso: dba)")
    remote.add_argument("--store-timeout", dest="store_timeout", type=float, metavar="SECONDS",
                        help="seconds the server may take to answer a write (default 60)")

    parser = argparse.ArgumentParser(
        prog="alliancekg", description=__doc__, epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="read articles and RDF files into the store",
                       description="Read articles (.txt .md .html .jsonl; see README 'Inputs') and RDF files "
                       "(.ttl .nt .nq .trig .jsonld .rdf) into the store, one named graph per article (a .jsonl file "
                       "holds one article per line) and per RDF file. Folders are read recursively, skipping hidden "
                       "files; files of other kinds in folders are noted and skipped. A file or line that fails is "
                       "reported (file:line) and skipped; the exit code is 1 if any failed.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("extract", help="print the entities and facts read from one article file (no store)",
                       description="Print the facts JSON (see eval/SCHEMA.md) of one article, with evidence sentences "
                       "whose offsets index the article's readable text (--format text prints it). A known company or "
                       "product the article calls by one name only is named as the article names it, its canonical "
                       "name (the one the graph uses) first among its aliases. For a JSON Lines "
                       "file, print JSON Lines: one compact object per article, in the file's order; bad lines are "
                       "reported on standard error as file:line and the exit code is then 1.")
    p.add_argument("file", help="an article file (.txt .md .html .jsonl)")
    p.add_argument("--format", choices=["facts", "text", "article"], default="facts",
                   help="facts: the facts JSON (default); text: the readable text that fact offsets refer to; "
                   "article: the metadata read (title, date, authors, url)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("eval", help="score the extractor on folders of gold-annotated articles",
                       description="Extract the facts of every article that has a <name>.gold.json beside it (the "
                       "format of ../shared/eval/SCHEMA.md) and report strict fact precision, recall and F1 per relation "
                       "and overall, entity F1 per type and attribute accuracy, scored as ../shared/eval/score.py scores. "
                       "No store is used.")
    p.add_argument("folders", nargs="+", metavar="GOLD_DIR", help="folders of <name>.gold.json files with their articles")
    p.add_argument("--format", choices=["text", "json"], default="text", help="text (default) or JSON")
    p.add_argument("--verbose", "-v", action="store_true", help="also list every missed and extra fact")
    p.add_argument("--min-f1", type=float, metavar="F1", help="exit with code 1 when fact F1 is below this (a regression guard)")
    p.set_defaults(func=_cmd_eval)

    p = sub.add_parser("query", parents=[common], help="run a SPARQL query on the store",
                       description="Run a SPARQL query; the default graph is the union of all article graphs.")
    p.add_argument("sparql", nargs="?", help="the query text")
    p.add_argument("--file", "-f", help="read the query from a file")
    p.add_argument("--format", choices=["table", "json", "xml", "csv", "tsv", "turtle", "ntriples", "jsonld"], default="table",
                   help="table (default), json (SPARQL 1.1 JSON results), csv, tsv, xml; turtle etc. for CONSTRUCT")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser("export", parents=[common], help="write the whole store (or one graph) as RDF")
    p.add_argument("--format", choices=["trig", "nquads", "turtle", "ntriples", "jsonld", "rdfxml"], default="trig",
                   help="trig and nquads keep the named graphs; turtle merges them (default: trig)")
    p.add_argument("--graph", help="only this named graph")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("view", parents=[common], help="write a network view as one self-contained HTML file (or GraphML, GEXF, JSON)",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Write a view of the alliance network: the whole graph, an ego network (--center, --depth), "
                       "the paths between two entities (--path-from, --path-to), filtered by relation, entity type, date and "
                       "amount. The options are the parameters of the server's /view URL (path_from there is --path-from here).",
                       epilog="""examples:
  alliancekg view -o alliances.html                                 the whole network (capped at 1500 nodes)
  alliancekg view --center "Mistral AI" --depth 2 -o mistral.html   who is around Mistral AI
  alliancekg view --path-from nvidia --path-to mistral-ai -o p.html how two companies are connected
  alliancekg view --date-from 2024 --date-to 2024 -o 2024.html      what happened in 2024
  alliancekg view --as-of 2023-06 --relations invests_in -o v.html  the investments as they stood in June 2023
  alliancekg view --min-amount 1B --format gexf -o big.gexf         deals of 1 billion or more, for Gephi
  alliancekg view --center microsoft --server http://127.0.0.1:8000 -o ms.html   links to a running server""")
    _view_options(p)
    p.add_argument("--format", choices=["html", "json", "graphml", "gexf"],
                   help="html (default; or from the -o file's extension), json (drawn nodes and edges), graphml or gexf (the whole selection, for Gephi)")
    p.add_argument("-o", "--output", help="the file (default: alliances.html, or alliances.FORMAT)")
    p.add_argument("--title", default=None, help="the page title (default: says what the view shows)")
    p.add_argument("--server", metavar="URL", help="a server (e.g. http://127.0.0.1:8000) to link entities, drill-downs and the form to; default: no links")
    p.set_defaults(func=_cmd_view)

    p = sub.add_parser("analytics", help="rankings, communities, paths and investment links as JSON",
                       description="Network analytics of the alliance graph, printed as JSON (the same as GET /analytics/...).")
    asub = p.add_subparsers(dest="analysis", required=True, metavar="ANALYSIS")
    q = asub.add_parser("rankings", parents=[common], help="top entities by degree, pagerank or betweenness")
    q.add_argument("--measure", choices=["degree", "pagerank", "betweenness"], default="pagerank")
    q.add_argument("--limit", help="how many (default 20)")
    q.add_argument("--relations", help="the graph ranked (default invests_in)")
    _filter_options(q)
    q = asub.add_parser("communities", parents=[common], help="Louvain communities of the deal graph")
    q.add_argument("--relations", help="default invests_in,acquires,partners_with")
    q.add_argument("--resolution", help="Louvain resolution (default 1.0; higher: smaller communities)")
    q.add_argument("--limit", help="how many communities (default 50)")
    q.add_argument("--members", help="members listed per community (default 10; 0: all)")
    _filter_options(q)
    q = asub.add_parser("path", parents=[common], help="shortest paths between two entities, with the facts on each hop")
    q.add_argument("source", metavar="FROM", help="an entity name, slug or IRI")
    q.add_argument("target", metavar="TO")
    q.add_argument("--relations", help="only these relations (default all)")
    q.add_argument("--max-paths", dest="max_paths", help="1-100 (default 10)")
    _filter_options(q)
    q = asub.add_parser("connected", parents=[common], help="whether two entities are connected through investments")
    q.add_argument("source", metavar="FROM")
    q.add_argument("target", metavar="TO")
    _filter_options(q)
    p.set_defaults(func=_cmd_analytics)

    p = sub.add_parser("serve", parents=[common], help="serve SPARQL, the network view and the API over HTTP",
                       description="Serve the store over HTTP. An empty store is first filled from the seeds folder. "
                       "The server is read-only unless ALLIANCEKG_WRITE_TOKEN is set (in the environment, never on "
                       "the command line): SPARQL Update and the Graph Store Protocol then need "
                       "'Authorization: Bearer <token>'. Every option can also be set as ALLIANCEKG_<NAME>.")
    p.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    p.add_argument("--seeds", default=None, help="articles to ingest when the store is empty (default: seeds)")
    p.add_argument("--query-timeout", type=float, default=None, metavar="SECONDS",
                   help="stop a query after this long, freeing its worker (default 30; 0: no limit)")
    p.add_argument("--query-workers", type=int, default=None, metavar="N",
                   help="worker processes answering queries (default 2)")
    p.add_argument("--allow-endpoint", action="append", metavar="URL",
                   help="a remote SPARQL endpoint SERVICE and LOAD may reach (repeatable; default: none)")
    p.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                   help="an origin whose pages may read answers (repeatable; default '*'; 'none' for no CORS)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=_cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except InvalidParameter as exc:
        print(f"alliancekg {args.command}: {exc}", file=sys.stderr)
        return 2
    except AllianceKGError as exc:
        print(f"alliancekg: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # "alliancekg query ... | head": the reader has gone; say nothing more
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit flush from failing again
        except OSError:
            pass
        return 0


if __name__ == "__main__":
    sys.exit(main())
