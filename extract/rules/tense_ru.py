"""The tense a Russian clause tells its event in: the nearest finite verb's, not a speech verb's set off by a
comma, nor a relative clause's of another noun; an agreement or intent tells an event to come."""

from __future__ import annotations

from extract.rules import cues_ru as cues
from extract.rules.modality_ru import intends
from extract.text import Token, disagree, relative_clause_at


def clause_tense(tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> str | None:
    """"past", "present" or "future": the tense the clause ``lo``..``hi`` tells the event at ``i`` in."""
    told = _day_adjective_tense(tokens, i)
    if told is not None and not any(t.lemma in cues.HAPPEN_VERBS and t.feat("VerbForm") == "Fin"
                                    for t in tokens[lo:hi + 1]):
        return told  # "сегодняшние переговоры откроют новую страницу": held today, whatever they bring
    own = _relative_clause_tense(tokens, i)
    if own is not None:
        return own  # "подтвердил участие в саммите ШОС, который пройдёт в июле": the summit's own verb
    # not the verb of a relative clause after the event noun, of another noun ("Саммит ОДКБ, председательство
    # в которой в этом году осуществляет Россия, запланирован на 26 ноября")
    after = {id(t) for t in outside_relative(tokens, i, hi + 1)}
    verbs = [t for t in tokens[lo:hi + 1] if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"
             and (t.start < tokens[i].start or id(t) in after)]
    # nearest first; a speech verb set off by a comma last ("Как сообщил Токаев, заседание Высшего
    # Евразийского экономического совета пройдет в декабре": not what was said, but when it is held)
    verbs.sort(key=lambda t: (_said_apart(tokens, t, i), abs(t.start - tokens[i].start)))
    for verb in verbs:
        tense = verb.feat("Tense")
        k = tokens.index(verb)
        if tense == "Fut" or intends(tokens, k, cues.INTENT_VERBS) or verb.lemma == "быть" and verb.low.startswith("буд"):
            return "future"  # (also "будет подписана", whose "будет" the tagger reads as present)
        if verb.lemma in cues.CONFIRM_VERBS and any(t.lemma in cues.CONFIRMED for t in tokens[lo:i + 1]
                                                    if t is not verb):
            return "future"  # "подтвердил участие в саммите", "Участие в саммите подтвердили лидеры"
        if verb.lemma in cues.AGREE_VERBS and k < i and k + 1 < len(tokens) and (
                tokens[k + 1].feat("VerbForm") == "Inf" or tokens[k + 1].lemma in cues.ABOUT and k + 1 < i <= k + 4):
            return "future"  # "договорились провести встречу", "договорились о встрече"
        if tense == "Past":
            return "past"
        if tense == "Pres":
            return "present"
    if any(intends(tokens, k) for k in range(lo, hi + 1)):
        return "future"
    return None


def _day_adjective_tense(tokens: tuple[Token, ...], i: int) -> str | None:
    """The tense an adjective of the day or a past participle of taking place before the event noun tells:
    "сегодняшние переговоры", "состоявшиеся вчера переговоры" (adverbs and adjectives may stand between)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].pos in ("ADJ", "ADV", "VERB"):
        t = tokens[k]
        tense = cues.EVENT_DAY_ADJECTIVES.get(t.lemma)
        if tense is not None and (t.pos == "ADJ" or t.feat("VerbForm") == "Part" and t.feat("Tense") == "Past"):
            return tense
        k -= 1
    return None


def _said_apart(tokens: tuple[Token, ...], verb: Token, i: int) -> bool:
    """A speech verb, or the verb of an opening "Как ...", set off from the event noun by a comma: "Как сообщил
    Токаев, саммит пройдет", "Как стало известно “Ъ”, саммит намечен на 24 апреля"."""
    lo, hi = sorted((verb.start, tokens[i].start))
    k = tokens.index(verb)
    aside = verb.lemma in cues.SPEECH_VERBS or any(t.lemma == "как" and (n == 0 or tokens[n - 1].text == ",")
                                                   for n, t in enumerate(tokens[max(0, k - 2):k], max(0, k - 2)))
    return aside and any(t.text == "," and lo < t.start < hi for t in tokens)


def _relative_clause_tense(tokens: tuple[Token, ...], i: int) -> str | None:
    """The tense of "который ..." right after an event noun and its name ("саммит ШОС, который пройдёт")."""
    if tokens[i].pos != "NOUN":
        return None
    k = i + 1
    while k < len(tokens) and k <= i + 4 and tokens[k].pos in ("PROPN", "NOUN", "ADJ"):
        k += 1
    if not (k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lemma in cues.RELATIVE_PRONOUNS):
        return None
    if disagree(tokens[i], tokens[k + 1]):
        return None  # "Саммит ОДКБ, председательство в которой ...": of the bloc, not of the summit
    verb = next((t for t in tokens[k + 2:k + 8] if t.pos in ("VERB", "AUX") and t.feat("VerbForm") == "Fin"),
                None)
    return {"Fut": "future", "Past": "past", "Pres": "present"}.get(verb.feat("Tense")) if verb else None


def outside_relative(tokens: tuple[Token, ...], lo: int, hi: int) -> list[Token]:
    """The tokens from ``lo`` up to ``hi`` but a relative clause set off by commas: "встреча ..., о возможности
    которой говорил премьер, не состоялась"."""
    out, k = [], lo
    while k < hi:
        clause = relative_clause_at(tokens, k, cues.RELATIVE_PRONOUNS, hi)
        if clause is not None and clause[1] is not None:
            k = clause[1] + 1
            continue
        out.append(tokens[k])
        k += 1
    return out
