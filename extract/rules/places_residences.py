"""Residences and buildings that news names instead of their city.

"в Акорде", "в Кремле", "на Даунинг-стрит": the place of the event is the city, never a new city named
after the building. Each entry is a nominative name (Russian or Kazakh) → the registry id of the city.
"""

from __future__ import annotations

RESIDENCES: dict[str, str] = {
    # Kazakhstan
    "Акорда": "astana", "Ақорда": "astana", "Ак Орда": "astana", "Ак-Орда": "astana",
    "Дворец мира и согласия": "astana", "Бейбітшілік және келісім сарайы": "astana",
    # ("Тәуелсіздік сарайы" in Kazakh news is Astana's; Russian "Дворец Независимости" is Minsk's as often)
    "Тәуелсіздік сарайы": "astana",
    # Russia
    "Кремль": "moscow", "Большой Кремлевский дворец": "moscow", "Большой Кремлёвский дворец": "moscow",
    "Кремлевский дворец": "moscow", "Кремлёвский дворец": "moscow", "Сенатский дворец": "moscow", "Ново-Огарёво": "moscow", "Ново-Огарево": "moscow", "Горки-9": "moscow",
    "Дом правительства": "moscow",
    "Бочаров Ручей": "sochi", "Бочаров ручей": "sochi",
    "Константиновский дворец": "saint-petersburg", "Смольный": "saint-petersburg",
    "Таврический дворец": "saint-petersburg",
    # United States
    "Белый дом": "washington", "Ақ үй": "washington", "Капитолий": "washington", "Овальный кабинет": "washington",
    "Сопақ кабинет": "washington",
    "Госдепартамент": "washington",
    # France
    "Елисейский дворец": "paris", "Елисей сарайы": "paris", "Матиньонский дворец": "paris",
    "Матиньон": "paris", "Кэ д'Орсе": "paris",
    # United Kingdom
    "Даунинг-стрит": "london", "Букингемский дворец": "london", "Вестминстер": "london",
    # Germany
    "Ведомство федерального канцлера": "berlin", "Бельвю": "berlin", "Рейхстаг": "berlin",
    # China
    "Чжуннаньхай": "beijing", "Дом народных собраний": "beijing",
    # Turkey
    "Долмабахче": "istanbul", "Бештепе": "ankara",
    # Ukraine, Belarus, Uzbekistan, Kyrgyzstan, Azerbaijan, Italy, Japan, Vatican
    "Мариинский дворец": "kyiv", "Банковая": "kyiv",
    "Кушк-сарай": "tashkent", "Кук-сарай": "tashkent", "Куксарой": "tashkent",
    "Ала-Арча": "bishkek", "Загульба": "baku",
    "Квиринальский дворец": "rome", "Палаццо Киджи": "rome",
    "Апостольский дворец": "vatican-city",
}
