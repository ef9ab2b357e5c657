"""Language detection on realistic news sentences and on edge cases."""

from __future__ import annotations

import pytest

from extract.lang import detect_language


@pytest.mark.parametrize(
    "text",
    [
        "Глава Казахстана Касым-Жомарт Токаев прилетит в Москву с первым визитом после переизбрания.",
        "Президент Касым-Жомарт Токаев посетил премьеру драмы «Парасат майданы» в Астане.",
        'В интервью газете "Ana tili" Президент рассказал об отношениях с Россией.',
        "Токаев принял в Ақорде акима Қостанайской области и обсудил с ним итоги года.",
        "Пресс-секретарь Кремля Дмитрий Песков сообщил, что переговоры пройдут 28 ноября.",
        "Мероприятие прошло под лозунгом «Бірлік және келісім» и собрало гостей со всей страны.",
        "Путин прибыл в Астану",
        "Москва",
    ],
)
def test_russian(text: str) -> None:
    assert detect_language(text) == "ru"


@pytest.mark.parametrize(
    "text",
    [
        "Мемлекет басшысы Қасым-Жомарт Тоқаевтың шақыруымен 9 қарашада Владимир Путин Астанаға келеді.",
        "Бұл туралы Ақорданың баспасөз қызметі хабарлады.",
        "Екі ел басшылары келіссөз жүргізіп, стратегиялық серіктестік мәселелерін талқылайды.",
        "Путин Астанаға келді",
        # a Russian quotation inside Kazakh text
        "Тоқаев «Российская газета» басылымына мақала жазды, онда екі елдің ынтымақтастығы туралы айтылған.",
        # Kazakh function words without Kazakh letters still count
        "Сапар барысында президенттер мен министрлер келісімге қол қойды деп жазады басылым.",
    ],
)
def test_kazakh(text: str) -> None:
    assert detect_language(text) == "kk"


@pytest.mark.parametrize(
    "text",
    [
        "President Tokayev met Vladimir Putin in Moscow on Monday.",
        "The two leaders signed a declaration on comprehensive strategic partnership.",
        "Kazakhstan's president said the talks with Russia were constructive, according to Интерфакс.",
    ],
)
def test_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "12345 678, 2024-11-28",
        "Да",
        "«—»",
        "Ana tili",
        "Le président Tokaïev a rencontré Vladimir Poutine à Moscou.",
        "Präsident Tokajew traf Wladimir Putin in Moskau.",
        "托卡耶夫总统会见了普京总统。",
        "الرئيس توكاييف يلتقي بوتين في موسكو",
        "Президент України зустрівся з прем'єр-міністром Казахстану у Києві, повідомляє пресслужба.",
    ],
)
def test_other_or_too_little_text(text: str) -> None:
    assert detect_language(text) == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mostly Russian with an English sentence quoted
        ("Песков заявил журналистам, что визит пройдёт по плану. «We are ready», — добавил он.", "ru"),
        # mostly English with a Kazakh title quoted
        ("The newspaper Egemen Qazaqstan published the interview under the title «Жаңа Қазақстан».", "en"),
    ],
)
def test_mixed_text_follows_the_majority(text: str, expected: str) -> None:
    assert detect_language(text) == expected
