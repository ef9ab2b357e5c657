"""People a sentence names who take no part in what it reports: a spokesman or journalist speaking about
an event ("пресс-секретарь президента Дмитрий Песков", "Жүргізуші Павел Зарубин"), and a person named to
say whose family it is ("встретился с семьей Нельсона Манделы"), or inside the quoted name of a project
("проект «Маршрут Трампа для международного мира»").

Works on the person mentions of one sentence (`extract.mentions.PersonMention`: token span, case, how the
person was found) and returns the ones to flag.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract import kazakh
from extract import lexicon as lx
from extract.rules import names_titles as nt
from extract.text import Token


OPEN_QUOTES = {"«", "„", "“"}
CLOSE_QUOTES = {"»", "“", "”"}
NAME_REACH = 8  # words from a quote mark to the person named inside the name
KK_NAME_NOUNS = ("жоба", "бағдарлама", "бастама", "маршрут", "дәліз")  # "«...» жобасы": a project's name


def bystanders(tokens: Sequence[Token], persons: Sequence, lang: str) -> set[int]:
    """The ``id()`` of every mention in ``persons`` that takes no part."""
    by_first = sorted(persons, key=lambda p: p.first)
    flagged: set[int] = set()
    for i, tok in enumerate(tokens):
        if not _is_speaker_title(tok, lang):
            continue
        if tok.lemma == "спикер" and i + 1 < len(tokens) and tokens[i + 1].lemma in lx.RU_CHAMBERS:
            continue  # "спикер Госдумы" chairs a chamber
        if tok.feat("Case") == "Dat":
            continue  # "объявил журналистам спикер X": whom he told, not who he is
        named = next((p for p in by_first if p.via == "name" and i < p.first <= i + 4), None)
        reach = named.last if named is not None else i + 2
        for p in by_first:
            if i < p.first <= reach and p.via in ("name", "title", "office"):
                if any(t.pos == "PUNCT" for t in tokens[i + 1:p.first]):
                    continue
                flagged.add(id(p))
    flagged |= {id(p) for p in by_first if _greeted(tokens, p, lang) or _in_a_name(tokens, p)}
    if lang != "kk":
        flagged |= {id(p) for p in by_first if _named_for_kin(tokens, p) or _stood_in_for(tokens, p)}
    else:  # "Тоқаевтың атынан", "Президенттің орнына", "Мемлекет басшысының тапсырмасымен"
        flagged |= {id(p) for p in by_first if p.last + 1 < len(tokens)
                    and kazakh.has_stem(tokens[p.last + 1].text, nt.KK_ON_BEHALF_AFTER)}
        flagged |= _kk_teller(tokens, by_first)
    return flagged


def _in_a_name(tokens: Sequence[Token], p) -> bool:
    """A person named inside the quoted name a noun gives ("проект «Маршрут Трампа для международного мира»",
    "«Trump Route» жобасы"): a word of the name, no side of the event."""
    opening = next((k for k in range(p.first - 1, max(-1, p.first - NAME_REACH), -1) if tokens[k].text in OPEN_QUOTES),
                   None)
    if opening is None or any(t.text in CLOSE_QUOTES for t in tokens[opening + 1:p.first]):
        return False
    closing = next((k for k in range(p.last + 1, min(len(tokens), p.last + NAME_REACH)) if tokens[k].text in CLOSE_QUOTES),
                   None)
    if closing is None:
        return False
    before = tokens[opening - 1] if opening > 0 else None
    after = tokens[closing + 1] if closing + 1 < len(tokens) else None
    # the noun the name is of: before it ("проект «...»") or, in Kazakh, after it ("«...» жобасы")
    return before is not None and before.pos == "NOUN" and before.text[0].islower() \
        or after is not None and after.text.lower().startswith(KK_NAME_NOUNS)


def sources(tokens: Sequence[Token], persons: Sequence, lang: str) -> set[int]:
    """The ``id()`` of every mention named as the source of the report: "По словам X, ...", "Как сообщил X,
    ...", "..., — заявил X". A source tells the event; whether he also took part is for the event rules
    (`events.SentenceRules`: talks with one side named may be the teller's own)."""
    if lang == "kk":
        return set()
    out = set()
    for p in persons:
        if p.via not in ("name", "title", "office"):
            continue
        k = p.first - 1
        while k >= 0 and tokens[k].pos in ("NOUN", "PROPN", "ADJ") and tokens[k].feat("Case") in ("Gen", "Dat") \
                and tokens[k].lemma not in nt.RU_SOURCE_NOUNS:
            k -= 1  # the title's words ("министра иностранных дел"), "журналистам"
        if k >= 1 and k == p.first - 1 and tokens[k].pos == "NOUN" and tokens[k].feat("Case") == "Nom":
            k -= 1  # "..., — считает американист X": what he is, before his name
        if k >= 1 and tokens[k].lemma in nt.RU_SOURCE_NOUNS and tokens[k - 1].lemma == "по":
            out.add(id(p))  # "по словам министра X"
        elif k >= 1 and tokens[k].pos == "VERB" and tokens[k].lemma in nt.RU_SOURCE_VERBS and (
                tokens[k - 1].lemma == "как" or tokens[k - 1].pos == "PUNCT"):
            out.add(id(p))  # "Как сообщил X", "..., — заявил X"
    return out


def _kk_teller(tokens: Sequence[Token], persons: Sequence) -> set[int]:
    """"Тоқаев сұхбатында Путин мен Трамп Аляскада кездесті деп айтты": the subject who tells a clause closed
    by "деп" that has a subject of its own takes no part in what it tells."""
    quote = next((k for k, t in enumerate(tokens) if kazakh.fold(t.text) == nt.KK_QUOTE_WORD), None)
    if quote is None:
        return set()
    bare = [p for p in persons if p.last < quote and p.via in ("name", "title")
            and kazakh.name_case(tokens[p.last].text, p.name) is None]
    if len(bare) < 2:
        return set()
    first, second = bare[0], bare[1]
    between = [kazakh.fold(t.text) for t in tokens[first.last + 1:second.first]]
    if any(w in nt.KK_AND for w in between) or not between:
        return set()  # "Тоқаев пен Путин кездесті деп хабарлады": one coordinated subject
    return {id(first)}


def _greeted(tokens: Sequence[Token], p, lang: str) -> bool:
    """"передать наилучшие пожелания Председателю КНР Си Цзиньпину", "Путинге сәлем жолдады": a person in
    the dative with greetings next to him (before his title or just after his name) is sent them, not met."""
    if lang == "kk":
        if kazakh.name_case(tokens[p.last].text, p.name) != "dat":
            return False
        after = tokens[p.last + 1:p.last + 4]
        return any(kazakh.has_stem(t.text, nt.KK_GREETING_STEMS) for t in after)
    if p.case != "Dat" or tokens[p.first].feat("Case") not in ("Dat", None):
        return False
    k = p.first - 1
    while k >= 0 and tokens[k].pos in ("NOUN", "PROPN", "ADJ") and tokens[k].feat("Case") == "Dat":
        k -= 1  # the title's words: "Председателю КНР"
    near = list(tokens[max(0, k - 2):k + 1]) + list(tokens[p.last + 1:p.last + 4])
    return any(t.lemma in nt.RU_GREETING_WORDS for t in near)


def _stood_in_for(tokens: Sequence[Token], p) -> bool:
    """"Вместо Токаева на саммит прибыл премьер-министр", "от имени Президента Токаева", "по поручению
    Президента": the person someone else acts for takes no part (across the words of his title)."""
    for k in range(p.first - 1, max(-1, p.first - 6), -1):
        low = " ".join(t.low for t in tokens[max(0, k - 1):k + 1])
        if tokens[k].low in nt.RU_ON_BEHALF or low in nt.RU_ON_BEHALF:
            return True
        tok = tokens[k]
        if tok.pos in ("PUNCT", "VERB", "CCONJ") or tok.pos in ("NOUN", "PROPN", "ADJ") \
                and tok.feat("Case") not in ("Gen", None):
            return False
    return False


def _named_for_kin(tokens: Sequence[Token], p) -> bool:
    """"с семьей бывшего президента ЮАР Нельсона Манделы": a genitive person after a kin or group noun
    (across the words of his title) says whose family it is; he takes no part."""
    if p.case != "Gen" or tokens[p.first].feat("Case") not in ("Gen", None) or p.via not in ("name", "title"):
        return False
    for k in range(p.first - 1, max(-1, p.first - 6), -1):
        tok = tokens[k]
        if tok.lemma in nt.RU_KIN_HEADS:
            return True
        if tok.pos == "PUNCT" or tok.pos in ("VERB", "ADP", "CCONJ") or (
                tok.pos in ("NOUN", "PROPN", "ADJ") and tok.feat("Case") not in ("Gen", None)):
            return False
    return False


def _is_speaker_title(tok: Token, lang: str) -> bool:
    if lang == "kk":
        return kazakh.has_stem(tok.text, lx.KK_SPEAKER_TITLES)
    return tok.lemma in lx.RU_SPEAKER_TITLES
