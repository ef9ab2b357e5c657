"""Declarative rule tables (word lists and mappings) that the extraction modules apply."""
