"""Kazakh: triggers found by stem, roles read from case endings (no morphology model for Kazakh)."""

from __future__ import annotations

from extract.kazakh import fold
from extract.mentions import PersonMention, PlaceMention
from extract.rules import cues_kk as cues
from extract.rules import triggers_kk as tr
from extract.rules.language import Language, Trigger
from extract.text import Sentence, Token

_TRIGGERS = [(tuple(fold(stem).split()), etype) for stem, etype in tr.TRIGGERS.items()]
_PHONE_CONTEXT = tuple(fold(s) for s in tr.PHONE_CONTEXT)
_VISIT_VERBS = tuple(fold(v) for v in tr.VISIT_VERBS)


def _ends(tok: Token, endings: tuple[str, ...], unless: tuple[str, ...] = ()) -> bool:
    low = fold(tok.text)
    return low.endswith(endings) and not (unless and low.endswith(unless))


class Kazakh(Language):
    code = "kk"

    def triggers(self, sent: Sentence) -> list[Trigger]:
        tokens = sent.tokens
        found: list[Trigger] = []
        for i, tok in enumerate(tokens):
            low = fold(tok.text)
            for words, etype in _TRIGGERS:
                if len(words) == 2:
                    if i + 1 < len(tokens) and low == words[0] and fold(tokens[i + 1].text).startswith(words[1]):
                        found.append(Trigger(etype, i))
                    continue
                if low.startswith(words[0]):
                    if etype == "phone_call" and not any(fold(t.text).startswith(_PHONE_CONTEXT) for t in tokens):
                        continue
                    found.append(Trigger(etype, i))
                    break
            else:
                if low.startswith(_VISIT_VERBS):
                    found.append(Trigger("visit", i))
        return self.dedupe(found, tokens)

    def destination(self, sent: Sentence, candidates: list[PlaceMention], i: int) -> PlaceMention | None:
        """"Астанаға келеді": the dative place nearest the trigger (not a genitive "Астананың")."""
        dative = [p for p in candidates if _ends(sent.tokens[p.last], cues.DATIVE, cues.GENITIVE)]
        return min(dative, key=lambda p: abs(p.first - i)) if dative else None

    def is_location(self, tokens: tuple[Token, ...], p: PlaceMention) -> bool:
        return _ends(tokens[p.last], cues.LOCATIVE, cues.GENITIVE)

    def kind(self, tok: Token) -> str | None:
        low = fold(tok.text)
        return next((v for k, v in cues.KINDS.items() if low.startswith(k)), None)

    def tense(self, tokens: tuple[Token, ...], lo: int, hi: int, i: int) -> str | None:
        for tok in tokens[lo:hi + 1]:
            low = fold(tok.text)
            if low.startswith(cues.PLANNED) or low.endswith(cues.FUTURE_ENDINGS):
                return "future"
        return None

    def cancelled(self, sent: Sentence, lo: int, hi: int) -> bool:
        text = fold(sent.text)
        return any(c in text for c in cues.CANCEL)

    def relocated_venue(self, tokens, lo, i) -> bool:
        return False

    def planned_before(self, tokens, lo, i) -> bool:
        return False

    def remote(self, clause: str) -> bool:
        return any(c in clause for c in cues.REMOTE)

    def part_of_cue(self, text: str) -> bool:
        return any(c in text for c in cues.PART_OF)

    def is_venue(self, tokens, i) -> bool:
        return False

    def is_host_cue(self, tokens: tuple[Token, ...], p: PersonMention) -> bool:
        after = tokens[p.last + 1] if p.last + 1 < len(tokens) else None
        return after is not None and fold(after.text).startswith(cues.HOST_CUE)

    def other_party(self, sent: Sentence, person_tokens: set[int], i: int, lo: int, hi: int) -> bool:
        """"Қауіпсіздік кеңесінің мүшелерімен ... кездесіп": an instrumental noun that is not a leader."""
        for k in range(max(lo, i - 5), i):
            low = fold(sent.tokens[k].text)
            if k not in person_tokens and len(low) > 5 and low.endswith(cues.INSTRUMENTAL):
                return True
        return False
