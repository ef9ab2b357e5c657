"""The blocs whose gatherings news reports, by the names and abbreviations Russian and Kazakh texts give
them, so that a gathering's name says which bloc's it is: "Саммит ШОС", "ШЫҰ саммиті" and "саммит
Шанхайской организации сотрудничества" are one bloc's; "Саммит ОДКБ" is another's.

Each bloc lists word stems, lower case with "ё" as "е": a name belongs to the bloc when one of its words
starts with a one-word stem, or it holds a stem of several words. Abbreviations are whole words.
"""

from __future__ import annotations

import re

# bloc: (abbreviations as whole words, stems of its written-out name)
BLOCS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sco": (("шос", "шыұ", "sco"), ("шанхайск", "шанхай ынтымақтастық")),
    "csto": (("одкб", "ұқшұ", "csto"), ("коллективной безопасност", "ұжымдық қауіпсіздік")),
    # ("Содружество", "глав государств Содружества": the CIS as Russian news calls it for short)
    "cis": (("снг", "тмд", "cis", "содружество", "содружества", "содружеству", "содружеством", "содружестве"),
            ("содружества независим", "тәуелсіз мемлекеттер достаст")),
    "eaeu": (("еаэс", "еаэо", "вээс", "эаэс"), ("евразийск", "еуразиялық")),
    "ots": (("отг", "тмұ", "ots"), ("тюркских государств", "түркі мемлекеттер", "тюркского совета", "түркі кеңес")),
    "brics": (("брикс", "brics"), ()),
    "g20": (("g20", "g-20"), ("большой двадцатк", "үлкен жиырмалық")),
    "cica": (("свмда", "аөсшк", "cica"), ("взаимодействию и мерам доверия", "өзара іс-қимыл және сенім")),
    "central_asia": ((), ("центральной азии", "центральная азия", "орталық азия")),
    "un": (("оон", "бұұ"), ("организации объединенных наций", "біріккен ұлттар")),
    "eu": (("ес", "ео"), ("европейск", "еуропалық одақ")),
    "asean": (("асеан", "asean"), ()),
    "oic": (("оис", "иыұ"), ("исламского сотрудничеств", "ислам ынтымақтастығ")),
    # two states' councils of their heads: "Высший межгосударственный совет", "Высший госсовет Союзного
    # государства" (each a gathering of its own, no summit of a bloc)
    "interstate_council": ((), ("межгосударственн", "мемлекетаралық кеңес")),
    "union_state": ((), ("союзного государств", "одақтас мемлекет")),
}

# "Следующий саммит пройдёт в Ашхабаде", "Келесі саммит 2026 жылы Қазақстанда өтеді": the next (or the last)
# of a series is the same bloc's as the gathering told before it (stems of the name's first word).
SERIES_WORDS = ("следующ", "очередн", "предыдущ", "прошл", "келесі", "кезекті", "алдыңғы")

_WORD = re.compile(r"[\w-]+")


def blocs_named(text: str) -> set[str]:
    """The blocs a gathering's name (or any short text) names."""
    low = text.lower().replace("ё", "е")
    words = _WORD.findall(low)
    found = set()
    for bloc, (abbreviations, stems) in BLOCS.items():
        if any(w in abbreviations for w in words) or any(
                stem in low if " " in stem else any(w.startswith(stem) for w in words) for stem in stems):
            found.add(bloc)
    return found


def different_blocs(a: str, b: str) -> bool:
    """Two names of gatherings that name blocs, none the same: "Саммит ШОС" and "ТМД саммиті"."""
    blocs_a, blocs_b = blocs_named(a), blocs_named(b)
    return bool(blocs_a and blocs_b and not blocs_a & blocs_b)


def of_the_series(name: str | None) -> bool:
    """A gathering named only as the next (or the last) of a series: "Следующий саммит", "Келесі саммиті"."""
    if not name or blocs_named(name):
        return False
    first = name.split()[0].lower()
    return first.startswith(SERIES_WORDS)


# Words of a council's name that make it the council of two states, not a bloc's (folded as
# `extract.kazakh.fold` folds, lower case): "заседание Высшего межгосударственного совета", "Высший
# государственный совет Союзного государства", "Жоғары мемлекетаралық кеңестің отырысы".
BILATERAL_COUNCIL_WORDS: tuple[str, ...] = (
    "межгосударственного совета", "межгосударственный совет", "межгосударственном совете",
    "высшего государственного совета", "высший государственный совет", "высшем государственном совете",
    "высшего госсовета", "высший госсовет", "мемлекетаралык кенес",
)
