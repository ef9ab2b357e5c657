"""`python -m bench.corpus`: write, show or evaluate a synthetic corpus (`python -m bench corpus` only writes)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.corpus import __doc__ as _doc
from bench.corpus.generate import DEFAULT_SEED, generate, make_article, write_corpus
from bench.corpus.recall import evaluate


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.corpus --evaluate 300` or `python -m bench.corpus --write DIR --count N`."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=_doc.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--evaluate", type=int, metavar="N", help="extract N articles and report recall")
    parser.add_argument("--misses", action="store_true", help="list the missed and extra events")
    parser.add_argument("--write", type=Path, metavar="DIR", help="write a corpus to DIR")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--show", type=int, metavar="I", help="print article I")
    args = parser.parse_args(argv)
    if args.show is not None:
        article = make_article(args.show, seed=args.seed)
        print(article.text)
        for event in article.events:
            print("#", event)
    if args.write is not None:
        write_corpus(args.write, args.count, seed=args.seed)
        print(f"wrote {args.count} articles to {args.write}")
    if args.evaluate:
        report = evaluate(generate(args.evaluate, seed=args.seed, start=args.start))
        print(report.summary())
        if args.misses:
            for index, event in report.misses:
                print("miss ", index, event)
            for index, etype, ids in report.extras:
                print("extra", index, etype, ids)
    return 0


if __name__ == "__main__":
    sys.exit(main())
