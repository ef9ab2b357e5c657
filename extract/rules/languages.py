"""The language objects by code: chosen once per article."""

from __future__ import annotations

from extract.rules.lang_kk import Kazakh
from extract.rules.lang_ru import Russian
from extract.rules.language import Language

LANGUAGES: dict[str, type[Language]] = {"ru": Russian, "kk": Kazakh}


def for_language(code: str) -> Language:
    """The rules of ``code``'s news language (Russian for anything not Kazakh)."""
    return LANGUAGES.get(code, Russian)()
