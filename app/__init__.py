"""Letopis HTTP API and command line."""
