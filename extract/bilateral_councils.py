"""A council of two states' leaders is their talks, not a summit: "заседание Высшего межгосударственного совета"
of Kazakhstan and Uzbekistan, "Высший государственный совет Союзного государства", "Жоғары мемлекетаралық
кеңестің отырысы". Told with other than its two leaders, it stays the gathering the rules made of it."""

from __future__ import annotations

from extract.drafts import Draft, compatible_dates
from extract.kazakh import fold
from extract.rules.blocs import BILATERAL_COUNCIL_WORDS

TOLD_AGAIN_WINDOW = 3  # sentences after the council in which a bare "Заседание", "В ходе заседания" is it again


def councils_of_two(drafts: list[Draft]) -> None:
    """A summit named as a council of two states, with its two leaders, is a meeting (with one leader named it
    stays the gathering he took part in: "Тоқаев ... кеңестің отырысына қатысты"); so is a sitting
    with no name of its own told right after it among its leaders ("Заседание стало завершающим мероприятием
    визита", "В ходе заседания стороны рассмотрели ...")."""
    for d in drafts:
        if d.dropped or d.type != "summit" or not d.name or len(d.participants) != 2:
            continue
        name = fold(d.name)  # (lower case, "ё" as "е")
        if not any(words in name for words in BILATERAL_COUNCIL_WORDS):
            continue
        d.type, d.formal = "meeting", True
        for g in drafts:
            if not g.dropped and g.type in ("summit", "forum") and g.name is None \
                    and 0 < g.sentence - d.sentence <= TOLD_AGAIN_WINDOW and set(g.participants) <= set(d.participants) \
                    and (g.date is None or d.date is not None and compatible_dates(g.date, d.date)):
                g.type, g.formal = "meeting", True
