"""The command line: thin wrappers around the library, one line per error.

    icsfeed [--db URL] import PATH [PATH ...]
    icsfeed extract PATH
    icsfeed [--db URL] poll [--once] [--source URL ...]
    icsfeed [--db URL] build --out DIR
    icsfeed [--db URL] serve [--host H] [--port P]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from . import __version__
from .config import Config
from .errors import IcsfeedError
from .logging_setup import setup_logging
from .progress import Progress

log = logging.getLogger("icsfeed")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="icsfeed", description=__doc__.split("\n")[0] or None)
    parser.add_argument("--version", action="version", version=f"icsfeed {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: $ICSFEED_DATABASE_URL or a SQLite file "
                                                    "in the user data directory)")
    parser.add_argument("--log-format", choices=("text", "json"), help="log line format (default: text)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("import", help="import saved status pages (text or HTML) into the store")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p = sub.add_parser("extract", help="print one JSON object per unique message of a saved page")
    p.add_argument("path", type=Path, metavar="PATH")

    p = sub.add_parser("poll", help="fetch the live status page(s) into the store")
    p.add_argument("--once", action="store_true", help="poll once and exit (default: poll forever)")
    p.add_argument("--source", action="append", metavar="URL", help="list-page URL (repeatable)")
    p.add_argument("--details", action="store_true", help="also fetch detail pages of new or changed messages")

    p = sub.add_parser("build", help="write every feed, the JSON and the index page to a directory")
    p.add_argument("--out", type=Path, required=True, metavar="DIR")
    p.add_argument("--base-url", default="", help="public URL the files will be served from")

    p = sub.add_parser("serve", help="serve the feeds, the web page and the API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--no-poll", action="store_true", help="do not poll upstream in-process")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = Config.from_env(database_url=args.db, log_format=args.log_format)
        setup_logging(config.log_format)
        return COMMANDS[args.command](args, config)
    except IcsfeedError as exc:
        print(f"icsfeed: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("icsfeed: interrupted", file=sys.stderr)
        return 130


def _import(args, config: Config) -> int:
    from .scrape import read_path
    from .store import open_store

    pages = [(path, read_path(path)) for path in args.paths]  # read everything before writing anything
    with open_store(config.database_url) as store:
        for path, messages in pages:
            progress = Progress(len(messages), label=f"importing {path.name}", enabled=not args.quiet)
            result = store.import_messages(messages, seen_at=dt.datetime.now(dt.timezone.utc),
                                           progress=progress.advance)
            progress.done()
            print(f"{path}: {len(messages)} messages, {len(result.new)} new, {len(result.changed)} changed, "
                  f"{result.unchanged} unchanged")
    return 0


def _extract(args, config: Config) -> int:
    from .extract import extract
    from .scrape import read_path

    out = sys.stdout
    for message in read_path(args.path):
        out.write(json.dumps(extract(message).to_json(message), ensure_ascii=False) + "\n")
    return 0


def _poll(args, config: Config) -> int:
    from .poll import run_poller

    if args.source:
        config = Config(**{**config.__dict__, "sources": tuple(args.source)})
    return run_poller(config, once=args.once, details=args.details)


def _build(args, config: Config) -> int:
    from .publish.static import build_site
    from .store import open_store

    with open_store(config.database_url) as store:
        written = build_site(store, args.out, base_url=args.base_url)
    print(f"{args.out}: {written.changed} files written, {written.unchanged} unchanged")
    return 0


def _serve(args, config: Config) -> int:
    from .web import serve

    return serve(config, host=args.host, port=args.port, poll=not args.no_poll)


COMMANDS = {"import": _import, "extract": _extract, "poll": _poll, "build": _build, "serve": _serve}

if __name__ == "__main__":
    sys.exit(main())
