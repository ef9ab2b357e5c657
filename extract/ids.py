"""Every id Letopis makes, in one place: articles (a hash of the normalised text), events, documents.

Pure and stable: the same input always gives the same id, on any machine and in any process.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date


def normalise_text(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped: what the article id is a hash of."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """The id an article's text gets: the same text (up to whitespace and normal form) is the same id."""
    return "art-" + text_hash(text)[:20]


def document_id(title: str) -> str:
    norm = " ".join(unicodedata.normalize("NFC", title).lower().replace("ё", "е").split())
    return "doc-" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def event_id(etype: str, participants: list[str], start: str | None, reported: date | None,
             place_country: str | None, extra: str = "") -> str:
    """An extracted event's id: its type, participants, start (or report month), place and name."""
    anchor = start or (reported.isoformat()[:7] if reported else "")
    key = "|".join([etype, ",".join(sorted(participants)), anchor, place_country or "", extra])
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def derived_event_id(event_id: str, article: str, attempt: int = 0) -> str:
    """An id for an event whose extracted id is already taken by a different event."""
    return "ev-" + hashlib.sha1(f"{event_id}|{article}|{attempt}".encode()).hexdigest()[:16]
