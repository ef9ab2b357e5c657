"""What a Kazakh sentence says of an event's reality besides its tense: called off ("сапары тоқтатылды", though
not across a contrast: "... жоспарланған еді, алайда оның сапары тоқтатылды"), moved to another place
("кездесуі Мәскеуге ауыстырылды") or put off to another time ("саммиті қыркүйекке ауыстырылды")."""

from __future__ import annotations

from extract.kazakh import fold
from extract.rules import cues_kk as cues
from extract.rules.verb_tense_kk import verb_tense
from extract.text import Sentence, Token


def cancelled(sent: Sentence, lo: int, hi: int) -> bool:
    """A word of calling off anywhere in the part of the sentence the event's clause lies in, between contrasts."""
    tokens = sent.tokens
    cuts = [k for k, t in enumerate(tokens) if fold(t.text) in cues.CONTRAST]
    first = max((k for k in cuts if k <= lo), default=0)
    last = min((k for k in cuts if k > hi), default=len(tokens))
    text = " ".join(fold(t.text) for t in tokens[first:last])
    return any(c in text for c in cues.CANCEL)


def relocated_venue(tokens: tuple[Token, ...], lo: int, i: int) -> bool:
    """"кездесуі Мәскеуге ауыстырылды": the meeting was moved (to the dative place)."""
    return any(fold(t.text).startswith(cues.RELOCATE) for t in tokens[lo:]) and not postponed_subject(tokens, i)


def postponed_subject(tokens: tuple[Token, ...], i: int) -> bool:
    """"Сеулде өтеді деп жоспарланған саммиті қыркүйекке ауыстырылды": moved to a time, put off."""
    return any(fold(t.text).startswith(cues.RELOCATE) and k > 0 and fold(tokens[k - 1].text) in cues.TIME_DATIVES
               for k, t in enumerate(tokens[i + 1:], i + 1))


def put_off_before(tokens: tuple[Token, ...], lo: int, i: int, hi: int) -> int | None:
    """"Көктемнен күзге ауыстырылған ... саммиті 2 қазанда Түркістанда өтті", "Бұрын шегерілген ... сапары 5
    желтоқсанда өтеді": a participle of putting off before the noun is its attribute; the finite predicate after
    the noun tells the event's status."""
    def put_off(word: str) -> bool:
        return word.endswith(cues.PAST_PARTICIPLE) and (word in cues.POSTPONE or word.startswith(cues.RELOCATE))
    k = next((k for k in range(i - 1, lo - 1, -1) if put_off(fold(tokens[k].text))), None)
    if k is None or not any(verb_tense(w) and not w.endswith(cues.PAST_PARTICIPLE)
                            for w in (fold(t.text) for t in tokens[i + 1:hi + 1])):
        return None
    return k
