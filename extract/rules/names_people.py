"""Words inside a person's name that do not make it another person's name.

A registry surname with a first name the registry does not know is someone else ("Альберт Каримов" is
not Islam Karimov). Patronymics, Turkic and Arabic name particles and initials are not first names and do
not count against a match.
"""

from __future__ import annotations

# Endings of patronymics and Turkic patronymic words: "Владимирович", "Кемелұлы", "Гейдар оглы".
PATRONYMIC_ENDINGS: tuple[str, ...] = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична",
                                       "улы", "ұлы", "қызы", "кызы", "оглы", "оглу", "заде")
# Lowercase particles of a name: "Гейдар оглы Алиев", "Мухаммед бин Салман", "Шарль де Голль".
NAME_PARTICLES: frozenset[str] = frozenset({"оглы", "оглу", "кызы", "улы", "ибн", "бин", "бен", "аль", "эль",
                                            "ад", "ас", "де", "да", "дю", "фон", "ван", "дер", "ле", "ла"})
# Two spellings of a first name that share this many leading letters are one name
# ("Эммануэль" / "Эмманюэль", "Реджеп" / "Режеп").
SAME_NAME_PREFIX = 4
# Letters a Russian word ends in when it does not decline ("Раиси", "Моди", "Лукашенко", "Сочи", "Баку"):
# such a name is matched whole, never through a stem shared with another word ("Раиса").
INDECLINABLE_ENDINGS: tuple[str, ...] = ("и", "о", "у", "е", "э", "ю")
# pymorphy grammemes that make a dictionary word a proper name rather than a common word.
PROPER_GRAMMEMES: frozenset[str] = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Trad", "Abbr"})
# Endings of Russian-type masculine surnames in the nominative ("Мирзиёев", "Путин", "Токаев"): every
# other case adds a letter ("Мирзиёева", "Путиным"), so such a form is the subject whatever the tagger says.
NOMINATIVE_SURNAME_ENDINGS: tuple[str, ...] = ("ов", "ев", "ёв", "ин", "ын")
# ... and "-овым/-евым/-иным" is its instrumental, whatever the tagger says after a place name ("с Президентом
# Республики Казахстан Касым-Жомартом Токаевым")
INSTRUMENTAL_SURNAME_ENDINGS: tuple[str, ...] = ("овым", "евым", "ёвым", "иным", "ыным")
