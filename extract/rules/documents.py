"""The words of diplomatic document titles in Russian and Kazakh, as shared concepts, so that one document
reported in both languages is recognised as one: "Декларация о переходе к отношениям всеобъемлющего
стратегического партнёрства и союзничества" and "Жан-жақты стратегиялық әріптестік және одақтастық
қатынастарға көшу туралы декларация".

Each concept lists word stems (lower case, "ё" as "е"; a title word belongs to the concept when it starts with
one of them). Kind concepts (what the document is) must agree; the other concepts of the shorter title must
all be in the longer one, at least two of them.
"""

from __future__ import annotations

# kind of document: ru stems, kk stems
KINDS: dict[str, tuple[str, ...]] = {
    "declaration": ("декларац",),
    "treaty": ("договор", "шарт"),
    "agreement": ("соглашени", "келісім"),
    "memorandum": ("меморандум",),
    "statement": ("заявлени", "мәлімдеме"),
    "protocol": ("протокол", "хаттама"),
    "programme": ("программ", "бағдарлама"),
    "plan": ("план", "жоспар"),
    "roadmap": ("дорожн", "карта", "картасы"),
    "communique": ("коммюнике",),
    "convention": ("конвенци",),
    "charter": ("хартия", "хартии"),
}

# Kinds of which one is signed at a meeting: "подписали Декларацию" in a headline is the declaration the body
# names in full.
ONE_PER_MEETING = ("declaration", "communique", "statement")

# what the document is about
TOPICS: dict[str, tuple[str, ...]] = {
    "comprehensive": ("всеобъемлющ", "жан-жақты"),
    "strategic": ("стратегическ", "стратегиял"),
    "partnership": ("партнерств", "әріптестік", "әріптестіг"),
    "alliance": ("союзничеств", "союзническ", "одақтастық", "одақтас"),
    "cooperation": ("сотрудничеств", "ынтымақтастық", "ынтымақтастығ"),
    "friendship": ("дружб", "достық", "достығ"),
    "good_neighbourliness": ("добрососедств", "тату көршілік", "көршілік"),
    "relations": ("отношени", "қатынас"),
    "transition": ("переход", "көшу"),
    "further": ("дальнейш", "одан әрі"),
    "deepening": ("углублени", "тереңдет"),
    "development": ("развити", "дамыт", "даму"),
    "extended": ("расширенн", "кеңейтілген"),
    "economic": ("экономическ", "экономикал"),
    "trade": ("торгов", "сауда"),
    "investment": ("инвестиц",),
    "energy": ("энергетик", "энергетика", "энергия"),
    "transport": ("транспорт", "көлік"),
    "military": ("военн", "әскери"),
    "security": ("безопасност", "қауіпсіздік", "қауіпсіздіг"),
    "culture": ("культур", "мәдени", "мәдениет"),
    "education": ("образовани", "білім"),
    "science": ("наук", "научн", "ғылым"),
    "health": ("здравоохранени", "денсаулық"),
    "agriculture": ("сельск", "ауыл шаруашылығ", "агро"),
    "water": ("водн", "су ресурс", "су шаруашылығ"),
    "border": ("границ", "шекара"),
    "demarcation": ("демаркац",),
    "delimitation": ("делимитац",),
    "mutual": ("взаимн", "өзара"),
    "assistance": ("помощ", "көмек"),
    "space": ("космическ", "ғарыш"),
    "industry": ("промышлен", "өнеркәсіп", "индустриал"),
    "digital": ("цифров", "цифрлық"),
}
