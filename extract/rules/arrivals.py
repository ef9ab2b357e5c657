"""Words of a guest arriving where the news comes from, and of the outlet's own country ("в нашу страну",
"елімізге"): read by `extract.visit_destinations` when a visit names no destination of its own."""

from extract.kazakh import fold

# "прибыл с государственным визитом", "прилетел", "приехал"; a guest who stays: "находится с визитом" (lemmas)
ARRIVE_RU = frozenset({"прибыть", "приехать", "прилететь", "находиться", "пребывать"})
# "мемлекеттік сапармен келді", "ұшып келді", "келген", "келеді" (whole words: a stem would take "келісім")
ARRIVE_KK = frozenset(fold(w) for w in ("келді", "келген", "келеді", "келіп", "келмек", "келетін", "келе"))

# "прибыл в нашу страну", "в нашу республику": a noun after "наш" after "в" (lemmas)
OUR_COUNTRY_RU = frozenset({"страна", "республика"})
OUR_WORD_RU = "наш"
# "елімізге келді", "елімізде сапармен жүр" (whole words)
OUR_COUNTRY_KK = frozenset(fold(w) for w in ("елімізге", "елімізде", "республикамызға", "республикамызда"))
