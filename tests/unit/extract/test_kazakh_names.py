"""Kazakh text names people outside the registry only after an office title (extract.kazakh_names)."""

from __future__ import annotations

import pytest

from extract.kazakh_names import kazakh_officials
from extract.text import analyse


def officials(text: str) -> list[tuple[str, str]]:
    sent = analyse(text, "kk", None)[0]
    return [(o.name, o.office) for o in kazakh_officials(sent, set())]


@pytest.mark.parametrize(("text", "found"), [
    ("Сыртқы істер министрі Ермек Көшербаев кездесті.", [("Ермек Көшербаев", "Сыртқы істер министрі")]),
    # the case ending of the last word is cut; a list of two titled people gives both
    ("Премьер-министр Олжас Бектенов АҚШ Мемлекеттік хатшысы Марко Рубиомен кездесті.",
     [("Марко Рубио", "АҚШ Мемлекеттік хатшысы")]),
    ("Мемлекет басшысы Ұлттық банк төрағасы Тимур Сүлейменовті қабылдады.",
     [("Тимур Сүлейменов", "Ұлттық банк төрағасы")]),
    ("Эквадор Президенті Рафаэль Корреамен келіссөз жүргізді.", [("Рафаэль Корреа", "Эквадор Президенті")]),
    # one word after a title is no name; nor are lower-case words
    ("Министрі Көшербаев кездесті.", []),
    ("Мемлекет басшысы ұлттық банк төрағасын қабылдады.", []),
])
def test_a_name_after_an_office_title(text: str, found: list[tuple[str, str]]) -> None:
    assert officials(text) == found
