"""Russian names of documents and gatherings as they are written: the head noun in the nominative, the
words after it as the text has them ("подписали Декларацию о ..." → "Декларация о ...")."""

from __future__ import annotations

import re

from extract.text import Token

_TITLE_STOP = {",", ".", ";", "–", "—", "\"", "»", ":"}
# The frame of the signing, not the title: "документы по итогам визита", "соглашения в ходе переговоров".
_FRAME_STOP = {("по", "итог"), ("в", "ход"), ("во", "время")}


def title_from(tokens: tuple[Token, ...], k: int, stop: int | None = None) -> str | None:
    """A document's title from its head noun at ``k`` up to punctuation, "который" or ``stop``."""
    end = len(tokens) if stop is None else stop
    for n in range(k + 1, end):
        if tokens[n].text in _TITLE_STOP or tokens[n].lemma in ("который", "быть") or n + 1 < end and (
                tokens[n].low, tokens[n + 1].lemma) in _FRAME_STOP:
            end = n
            break
    if end - k > 30:
        return None
    words = [nominative(tokens[k])] + [t.text for t in tokens[k + 1:end]]
    title = " ".join(words)
    title = re.sub(r"\s+([,.)»])", r"\1", title).replace("« ", "«").replace("( ", "(")
    return title[:1].upper() + title[1:]


def nominative(tok: Token) -> str:
    """The noun of a name in the nominative ("Декларации" → "Декларация"), keeping its capitalisation."""
    from extract.text import _natasha

    morph = _natasha()[1]
    try:
        parses = morph(tok.text)
        best = next((p for p in parses if p.pos == "NOUN"), parses[0] if parses else None)
        form = best.inflect({"Nom", "Plur" if tok.feat("Number") == "Plur" else "Sing"}) if best else None
        word = form.word if form is not None else tok.text
    except Exception:  # a word pymorphy cannot inflect stays as written
        return tok.text
    if tok.text[:1].isupper():
        word = word[:1].upper() + word[1:]
    return word
