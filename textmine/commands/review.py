"""``textmine review RESULTS [--host H] [--port P] [--xlsx F] [--docx F]`` - review a batch.

Serves the batch's store (RESULTS is the ``--out`` of ``textmine batch``) as a local web
application: the corpus view, each report's audit page with confirm / dismiss / note on every
finding, and the exports. Decisions are kept in RESULTS/results.sqlite (tables review_*), so
running the batch again (resumed, or with corrected files) keeps them. With --xlsx or --docx
it writes the exports and exits without serving.
"""
from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.description = "review a batch's findings in a local web application\n\n" + __doc__.split("\n\n", 1)[1]
    parser.add_argument("results", metavar="RESULTS", help="the --out directory of a textmine batch")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    parser.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                        help="another host name the browser may use to reach the server (repeatable)")
    parser.add_argument("--open", action="store_true", help="open the corpus view in the default browser")
    parser.add_argument("--xlsx", metavar="FILE", help="write the Excel workbook of the review and exit")
    parser.add_argument("--docx", metavar="FILE", help="write the Word draft of the 通报 and exit")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def run(args: argparse.Namespace) -> int:
    from ..review.server import Review, build_app, is_loopback

    review = Review(args.results, host=args.host, extra_hosts=tuple(args.allow_host))
    try:
        if args.xlsx or args.docx:
            from ..review.exports import write_export

            for kind, path in (("xlsx", args.xlsx), ("docx", args.docx)):
                if path:
                    written = write_export(review.conn(), kind, path, overwrite=args.force)
                    print(written)
            return 0
        return _serve(review, build_app(review), args, is_loopback(args.host))
    finally:
        review.close()


def _serve(review, app, args: argparse.Namespace, loopback: bool) -> int:
    import socket

    import uvicorn

    if not loopback:
        print(f"textmine review: warning: listening on {args.host}, not only on this machine: anyone who can "
              "reach it can read the reports and change decisions (there is no login)", file=sys.stderr)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        sock.close()
        from ..review.store import ReviewError

        raise ReviewError(f"{args.host}:{args.port}", f"cannot listen there: {exc.strerror or exc}; "
                                                      "try another --port") from None
    port = sock.getsockname()[1]
    shown = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{'127.0.0.1' if args.host in ('0.0.0.0', '::') else shown}:{port}/"
    synced = review.last_sync
    if synced is not None:
        print(f"textmine review: indexed {synced.added} reports", file=sys.stderr)
    print(f"textmine review: serving {review.path} at {url} (Ctrl-C to stop)", file=sys.stderr)
    if args.open:
        import webbrowser

        webbrowser.open(url)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    server.run(sockets=[sock])
    return 0
