"""Russian names of documents and gatherings as they are written: the head noun in the nominative, the
words after it as the text has them ("подписали Декларацию о ..." → "Декларация о ...")."""

from __future__ import annotations

import re

from extract.rules import cues_ru as cues
from extract.text import Sentence, Token

_ROMAN = re.compile(r"[IVXLC]+")
_TITLE_STOP = {",", ".", ";", "–", "—", "\"", "»", ":"}
# The frame of the signing, not the title: "документы по итогам визита", "соглашения в ходе переговоров".
_FRAME_STOP = {("по", "итог"), ("в", "ход"), ("во", "время")}
DOCUMENT_REACH = 8  # words after "подписали" in which its document is named
RELATIVE_REACH = 6  # words before "подписали" in which "который" may stand ("который Путин и Лукашенко подписали")
ANTECEDENT_REACH = 10  # words before ", который" in which the document it stands for is named


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


# The people a gathering's name is of ("Совет глав государств – членов ШОС", "саммит лидеров стран-участниц"):
# words of the name, not persons after it.
_MEMBERS_OF_NAME = frozenset({"глава", "член", "лидер", "руководитель"})
_DASHES = frozenset({"-", "–", "—"})
_OPENING_QUOTES = frozenset({"«", '"', "“", "„"})
_CLOSING_QUOTES = frozenset({"»", '"', "”", "“"})
_QUOTED_NAME_WORDS = 10


def gathering_name(sent: Sentence, i: int) -> str | None:
    """"XIX Форум межрегионального сотрудничества": adjectives and numerals before, genitives after."""
    tokens = sent.tokens
    first = i
    while first > 0 and (tokens[first - 1].pos == "ADJ" or _ROMAN.fullmatch(tokens[first - 1].text)):
        first -= 1
    last = i
    k = i + 1
    while k < len(tokens):
        tok = tokens[k]
        if tok.pos == "PUNCT":
            # "Совета глав государств – членов ШОС": a dash before "членов" goes on with the name
            if tok.text in _DASHES and k + 1 < len(tokens) and tokens[k + 1].lemma in _MEMBERS_OF_NAME:
                k += 1
                continue
            break
        if tok.feat("Animacy") == "Anim" and (tok.lemma not in _MEMBERS_OF_NAME or tok.feat("Case") == "Nom"):
            break  # a person after it is the subject of the clause ("На полях саммита Путин провёл", "На полях
            # заседания Глава государства провел"), not its name
        if not (tok.feat("Case") == "Gen" or tok.lemma in ("и",) or tok.pos in ("PROPN",)):
            break
        last = k
        k += 1
    quoted = None
    if k < len(tokens) and tokens[k].text in _OPENING_QUOTES:
        # "саммит «Центральная Азия – Китай»": the name in quotes after the noun is the gathering's own
        close = next((n for n in range(k + 1, min(len(tokens), k + 1 + _QUOTED_NAME_WORDS))
                      if tokens[n].text in _CLOSING_QUOTES), None)
        if close is not None and close > k + 1:
            quoted = sent.text[tokens[k].start - sent.start:tokens[close].end - sent.start]
    if last == i and first == i and quoted is None:
        return None
    words = [nominative(t) if first <= n <= i else t.text for n, t in enumerate(tokens[first:last + 1], first)]
    name = " ".join(words + ([quoted] if quoted else []))
    return name[:1].upper() + name[1:]

def document_title(sent: Sentence, i: int) -> str | None:
    """"подписали Договор о ...": the document noun right after the trigger (or past where and when: "подписали в
    Белом доме 8 августа совместную декларацию"), up to punctuation."""
    tokens = sent.tokens
    for k in range(i + 1, min(len(tokens), i + 1 + DOCUMENT_REACH)):
        if tokens[k].lemma in cues.DOMESTIC_ACTS and tokens[k].feat("Case") in ("Acc", "Nom"):
            return None  # "подписал закон о ратификации соглашения", "указ о ...": a domestic act, no signing
        if _document_head(tokens[k]):
            return title_from(tokens, k)
        if k > i + 3 and tokens[k].pos in ("PUNCT", "VERB", "SCONJ"):
            break
    if tokens[i].feat("Voice") == "Pass":
        # "договор по СНВ был подписан Медведевым и Обамой", "соглашения, подписанного в мае"
        for k in range(i - 1, max(-1, i - 9), -1):
            if tokens[k].text == ";":
                break
            if _document_head(tokens[k]):
                return title_from(tokens, k, stop=i)
    # "Договор о гарантиях безопасности, который Путин и Лукашенко подписали в Минске": the antecedent
    rel = next((k for k in range(i - 1, max(-1, i - RELATIVE_REACH), -1) if tokens[k].lemma == "который"), None)
    if rel is not None and rel > 1 and tokens[rel - 1].text == "," and tokens[rel].feat("Case") == "Acc":
        head = next((k for k in range(rel - 2, max(-1, rel - 2 - ANTECEDENT_REACH), -1) if _document_head(tokens[k])),
                    None)
        return title_from(tokens, head, stop=rel - 1) if head is not None else None
    return None


def _document_head(tok: Token) -> bool:
    return tok.lemma in cues.DOCUMENT_HEADS and (
        tok.lemma not in cues.PLURAL_ONLY_HEADS or tok.feat("Number") == "Plur")
