"""The tense of a finite Kazakh verb form, read from its ending: "барды" past, "барады" future, "бармақ"
future (planned), "өтуде" present."""

from __future__ import annotations

from extract.rules import cues_kk as cues

_VOWELS = set("аеиоуыіэюяәөүұ")


def verb_tense(word: str) -> str | None:
    """Tense of a finite Kazakh verb form (folded): "барды" past, "барады" future, "бармақ" future
    (planned), "өтуде" present; None when the word is no verb form the rules read."""
    if word.startswith(cues.PLAN_STEMS):
        return "future"
    if word.endswith(cues.INTENT_ENDINGS):
        return "future"
    if word.endswith(cues.PROGRESSIVE_ENDINGS):
        return "present"
    if word.endswith(cues.FUTURE_VOWEL_STEM) or word.endswith(cues.FUTURE_PARTICIPLE):
        return "future"
    if word.endswith(cues.PAST_PARTICIPLE) and len(word) > 4:
        return "past"
    if word.endswith(cues.AORIST) and len(word) > 4 and word[-4] not in _VOWELS:
        # "барады" (бар- + -ады: will go) or "қабылдады" (қабылда- + -ды: received)
        if word.startswith(cues.VOWEL_STEMS) and any(word == s + word[-2:] for s in cues.VOWEL_STEMS
                                                     if word.startswith(s)):
            return "past"
        stem = word[:-3]
        if stem[-2:-1] and stem[-2] not in _VOWELS and stem[-1] in "лдт" and not stem.endswith(
                cues.CLUSTER_STEMS):
            return "past"  # "жоспарлады", "құттықтады", "сөйледі": a verb in -ла/-да/-та
        return "future"
    if word.endswith(cues.PAST_ENDINGS) and len(word) > 3:
        return "past"
    return None
