"""Evaluations: how well one piece of the extractor does against a hand-made gold set, and how fast.

Each is a module run from the repository root, e.g. `python -m bench.evaluations.kazakh_morphology`.
"""
