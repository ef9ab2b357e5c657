"""Paragraphs that report no event (figures, quotes, background, a spokesman's words) and page boilerplate.

They bring an article to a realistic size and give the extractor text it must not read events from.
"""

from __future__ import annotations

from bench.corpus.declension import decline_person, is_female
from bench.corpus.stories import Writer
from bench.corpus.templates import cap, in_place, of_place, verb


def fillers(writer: Writer) -> list[str]:
    """Paragraphs of figures, quotes, background and a spokesman's words, in random order, none
    reporting an event (no visit, talks, call, gathering or signing in them)."""
    rng, at = writer.rng, writer.published
    actors = writer.draft.actors or []
    countries = list(dict.fromkeys(a.country.id for a in actors))
    if len(countries) < 2:
        countries.append("RU" if countries[:1] != ["RU"] else "KZ")
    k1, k2 = (writer.registry.place(c) for c in countries[:2])
    year = at.year - 1

    def billions() -> str:
        return f"{rng.randint(5, 400) / 10:.1f}".replace(".", ",")

    months = rng.randint(2, 10)
    paragraphs = [
        [f"По итогам {year} года товарооборот между {of_place(k1, at, 'ins')} и {of_place(k2, at, 'ins')} "
         f"составил {billions()} млрд долларов США, увеличившись на {rng.randint(3, 35)}% по сравнению "
         f"с предыдущим годом.",
         f"{of_place(k2, at, 'nom')} входит в число ключевых торговых партнеров {of_place(k1, at, 'gen')}, "
         f"а объем накопленных прямых инвестиций превышает {rng.randint(2, 60)} млрд долларов."],
        [f"За {months} {'месяца' if months < 5 else 'месяцев'} текущего года объем взаимной торговли "
         f"{of_place(k1, at, 'gen')} и {of_place(k2, at, 'gen')} вырос на {rng.randint(3, 35)}% и достиг "
         f"{billions()} млрд долларов.",
         "Рост взаимной торговли обеспечивают поставки продовольствия, металлов, удобрений и "
         "машиностроительной продукции."],
        [f"{in_place(k1, at)} работают более {rng.randint(3, 40) * 100} предприятий с участием капитала "
         f"{of_place(k2, at, 'gen')}.",
         f"Стороны реализуют портфель из {rng.randint(2, 18) * 10} совместных проектов на общую сумму свыше "
         f"{rng.randint(3, 50)} млрд долларов в промышленности, энергетике и сельском хозяйстве."],
        [rng.choice((
            "Особое внимание уделяется развитию транспортно-логистических коридоров, в том числе "
            "Транскаспийского международного транспортного маршрута.",
            "Планируется увеличить пропускную способность пограничных переходов и упростить "
            "процедуры таможенного контроля.",
            "В числе приоритетов названы глубокая переработка сельскохозяйственной продукции, "
            "возобновляемая энергетика и подготовка инженерных кадров.")),
         f"В {year} году взаимный туристический поток превысил {rng.randint(2, 90) * 10} тысяч человек."],
        [f"Дипломатические отношения между {of_place(k1, at, 'ins')} и {of_place(k2, at, 'ins')} "
         f"установлены в {rng.choice((1992, 1992, 1993, 1994))} году.",
         f"{of_place(k1, at, 'nom')} и {of_place(k2, at, 'nom')} взаимодействуют в рамках ООН и ряда "
         f"региональных организаций.",
         "Межправительственная комиссия по экономическому сотрудничеству двух стран собирается ежегодно."],
        ["Эксперты отмечают устойчивый рост взаимных инвестиций и туристического потока.",
         "Растет число студентов, обучающихся по программам академического обмена, а в вузах обеих стран "
         "открываются филиалы и совместные образовательные программы."],
    ]
    quotes = [
        "Мы придаем большое значение дальнейшему укреплению отношений стратегического партнерства "
        "между нашими странами",
        "Наши страны связывают давние узы дружбы и добрососедства. {sure}, что вместе мы сможем "
        "добиться новых результатов",
        "{partner} является для нас надежным и близким партнером",
        "Потенциал нашего взаимодействия далеко не исчерпан, и нам предстоит большая совместная работа",
    ]
    rng.shuffle(quotes)
    for speaker, quote in zip(actors[:2], quotes):
        partner = k2 if speaker.country.id == k1.id else k1
        text = quote.format(sure="Уверена" if speaker.female else "Уверен", partner=of_place(partner, at, "nom"))
        verb_key = rng.choice(("note", "stress", "say"))
        paragraphs.append([f"«{text}», — {verb(verb_key, speaker, False)} {speaker.again(rng, 'nom')}."])
    if actors:
        speaker = actors[0]
        paragraphs.append([f"По словам {speaker.again(rng, 'gen')}, {of_place(k1, at, 'nom')} и "
                           f"{of_place(k2, at, 'nom')} обладают значительным потенциалом для наращивания "
                           f"сотрудничества в промышленности, энергетике и цифровых технологиях."])
    statement = rng.choice((
        "в повестке дня — вопросы торгово-экономического, инвестиционного и культурно-гуманитарного "
        "взаимодействия",
        "стороны уделят особое внимание реализации крупных инфраструктурных проектов",
        "готовится пакет межправительственных и межведомственных документов",
    ))
    holders = writer.registry.office_holders("press_secretary", k1.id, at)
    if holders and k1.id in ("KZ", "RU"):
        spokesman = min(holders, key=lambda p: min(o.start for o in p.offices if o.role == "press_secretary"))
        said = "сообщила" if is_female(spokesman) else "сообщил"
        paragraphs.append([f"Как {said} журналистам пресс-секретарь президента {of_place(k1, at, 'gen')} "
                           f"{decline_person(spokesman, 'nom')}, {statement}."])
    else:
        office = "президента" if any(p.held("president", k1.id, at) for p in writer.registry.persons) else "МИД"
        paragraphs.append([f"Как сообщила пресс-служба {office} {of_place(k1, at, 'gen')}, {statement}."])
    rng.shuffle(paragraphs)
    return [" ".join(cap(s) for s in p) for p in paragraphs]

def boilerplate(writer: Writer, source: str) -> list[str]:
    rng = writer.rng
    lines = []
    if rng.random() < 0.6:
        lines.append(rng.choice(("Фото: пресс-служба Акорды", "Фото: kremlin.ru", "Фото: akorda.kz",
                                 f"Фото: {source}")))
    if rng.random() < 0.5:
        lines.append(rng.choice(("Подписывайтесь на наш канал в Telegram",
                                 "Подписывайтесь на наши страницы в социальных сетях")))
    if rng.random() < 0.4:
        lines.append("Теги: " + ", ".join(dict.fromkeys(
            [a.country.name.ru or a.country.id for a in writer.draft.actors] + ["политика"])))
    lines.append(f"© {source}")
    return lines
