"""The ``alliancekg`` command: thin over graph/, viz/ and api/."""

from __future__ import annotations

import argparse
import json
import sys

from alliancekg.graph.errors import AllianceKGError


def _cmd_extract(args: argparse.Namespace) -> int:
    from alliancekg.graph.articles import read_article
    from alliancekg.graph.extract import extract

    article = read_article(args.file)
    result = extract(article)
    json.dump(result.to_facts_json(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="alliancekg", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("extract", help="print the entities and facts read from one article")
    p.add_argument("file", help="an article file (.txt, .md)")
    p.add_argument("--format", choices=["facts"], default="facts", help="facts: the facts JSON of eval/SCHEMA.md")
    p.set_defaults(func=_cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except AllianceKGError as exc:
        print(f"alliancekg: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
