"""Benchmarks: a synthetic corpus, a bulk graph loader and the measurements `letopis bench` records."""
