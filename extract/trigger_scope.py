"""One trigger in its sentence, as the event rules read it: the clause it stands in, the sentence's
mentions, its date mentions and the other triggers beside it."""

from __future__ import annotations

from dataclasses import dataclass

from extract.dates import DateMention, DatePhrase
from extract.mentions import PersonMention, SentenceMentions
from extract.rules.language import Trigger
from extract.text import Sentence


@dataclass
class TriggerScope:
    """One trigger in its sentence: the clause it stands in and the mentions of the sentence."""

    sent: Sentence
    m: SentenceMentions
    dates: list[DateMention]
    trigger: Trigger
    lo: int
    hi: int
    phrases: tuple[DatePhrase, ...] = ()
    others: tuple[int, ...] = ()  # token indices of the sentence's other triggers

    @property
    def i(self) -> int:
        return self.trigger.index

    def persons(self) -> list[PersonMention]:
        return [p for p in self.m.persons if self.lo <= p.first <= self.hi and not p.speaker_only]
