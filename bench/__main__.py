"""`python -m bench`: the benchmarks' command line (see `bench.cli`)."""

from bench.cli import main

main()
