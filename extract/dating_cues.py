"""Words that tell a clause is not today's news, per language: the table `extract.dating` reads.

A report of the day ("начали переговоры", "прибыл в Москву", "телефон арқылы сөйлесті") is dated by
the dateline when it has no date of its own. Background is not: "ранее стороны провели переговоры",
"лидеры уже не раз встречались", "бұған дейін кездескен болатын". Each entry is a regular expression
matched case-insensitively at word boundaries anywhere in the clause; one hit is enough to refuse the
dateline date. Write a cue as the language of news uses it, never a phrase of one text.
"""

from __future__ import annotations

NOT_TODAY: dict[str, tuple[str, ...]] = {
    "ru": (
        # earlier, at some other time
        r"ранее", r"прежде", r"до этого", r"до того", r"перед этим", r"когда-то", r"некогда",
        r"накануне",  # the day before: a date of its own, and a relative-day mention when it stands alone
        r"в прошлом", r"в сво[её] время", r"в тот раз", r"в прошлый раз", r"(?:в )?последний раз",
        r"тогда", r"с тех пор", r"годом ранее", r"\w+ назад", r"назад",
        # recently, this or last week: not the day itself, and no day precision to give
        r"недавно", r"на днях", r"в последнее время", r"на (?:прошлой|минувшей|этой|текущей|позапрошлой) неделе",
        r"в (?:минувшие|прошлые|эти) выходные",
        # repeated or habitual
        r"уже не раз", r"не раз", r"неоднократно", r"не впервые", r"дважды", r"трижды", r"регулярно",
        r"ежегодно", r"каждый год", r"традиционно",
        # a first time placed at another date ("впервые встретились в 2015 году")
        r"впервые(?:\s+\w+){0,4}\s+(?:в|во)\s+\d",
        # the true pluperfect ("было согласился") and reminders of what was reported before
        r"было\s+\w+(?:л|ла|ло|ли)(?:ся|сь)?", r"как (?:уже )?(?:было )?(?:сообщалось|известно|отмечалось|писали)",
        r"напомним", r"напомнил[аи]?,? что",
        # a year written as a number somewhere in the clause (not the years a document is for: "декларация о
        # развитии интеграции до 2030 года", "программа на 2026–2028 годы")
        r"(?<!до )(?<!на )(?<!\d-)(?<!\d–)(?:19|20)\d\d",
    ),
    "kk": (
        # earlier, at some other time
        r"бұрын(?:ырақ)?", r"бұған дейін", r"осыған дейін", r"оған дейін", r"ертерек(?:те)?", r"өз кезінде",
        r"сол кезде", r"сол жолы", r"соңғы рет", r"өткен жолы", r"\w+ бұрын",
        # recently, this or last week
        r"жақында", r"таяуда", r"(?:өткен|осы|алдыңғы) аптада", r"өткен демалыс күндері",
        # repeated or habitual
        r"бірнеше рет", r"талай рет", r"бірнеше мәрте", r"жыл сайын", r"дәстүрлі түрде",
        # the pluperfect ("кездескен болатын", "барған еді") and reminders
        r"\w+(?:ған|ген|қан|кен)\s+(?:еді|болатын)", r"еске сала кетейік", r"еске салайық",
        r"хабарланғандай", r"айта кетейік",
        # a year written as a number somewhere in the clause (not the years a document is for: "2030 жылға
        # дейінгі стратегия", "2026-2028 жылдарға арналған бағдарлама")
        r"(?:19|20)\d\d(?![\d\s–-]*жыл(?:ға|дарға) (?:дейінгі|арналған))",
    ),
}  # fmt: skip

# Of those, the ones that keep the event near the report ("недавно", "на этой неделе", "жақында"): it may
# still be of the month of the report told before it, where "ранее", "напомним" may be of any time before.
RECENTLY: dict[str, tuple[str, ...]] = {
    "ru": (r"недавно", r"на днях", r"в последнее время",
           r"на (?:прошлой|минувшей|этой|текущей|позапрошлой) неделе", r"в (?:минувшие|прошлые|эти) выходные"),
    "kk": (r"жақында", r"таяуда", r"(?:өткен|осы|алдыңғы) аптада", r"өткен демалыс күндері"),
}  # fmt: skip

# "Как сообщалось ранее, Токаев прибыл в Москву во вторник": what the outlet reported before, the same news
# thread, not background; its "ранее" is of the reporting, not of the event.
REPORTED_BEFORE: dict[str, tuple[str, ...]] = {
    "ru": (r"как (?:уже )?(?:ранее )?сообщалось(?: ранее)?", r"как (?:уже )?(?:ранее )?сообщал[иао]?",
           r"как (?:уже )?писал[иао]?"),
    "kk": (r"бұған дейін хабарланғандай", r"(?:бұған дейін )?хабарлағанымыздай", r"(?:бұған дейін )?жазғанымыздай"),
}  # fmt: skip

# Words that date an event by the report's own day, so that it is not the day's news: "Накануне вечером
# лидеры провели неформальную беседу" is not the talks the report is about (lower case, as the text begins).
DAY_BEFORE: tuple[str, ...] = ("накануне", "вчера", "позавчера", "кеше", "алдыңғы күні", "бір күн бұрын")
