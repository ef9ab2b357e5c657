"""Benchmarks: a synthetic corpus, a bulk graph loader and the measurements `python -m bench` records.

Not part of the installed product: run from the repository root (`python -m bench --help`).
"""
