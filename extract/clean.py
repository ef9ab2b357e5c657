"""Strip page furniture (credits, bylines, "Recent Posts" lists, share buttons) before extraction.

The article keeps its length: furniture is blanked out with spaces, so every offset the extractor reports
still points into the original text.
"""

from __future__ import annotations

import re

# A line that is furniture on its own.
_FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        ©.*                                             # photo / copyright credits
      | (?:фото|photo|сурет|фотограф|источник|дереккөз)\s*[:：].{0,120}
      | редакция\s+сайта.*
      | (?:читайте|смотрите)\s+(?:также|тоже).*
      | (?:поделиться|share|теги|tags|подписывайтесь)\b.{0,200}
      | полный\s+текст\b.{0,120}(?:здесь|по\s+ссылке)\.?
      | \d+\s+(?:месяц\w*|дн\w*|день|час\w*|минут\w*|год\w*|лет|недел\w*|сағат|күн|ай|жыл)\s+(?:ago|назад|бұрын)
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# A heading after which everything is site navigation, not the article.
_TAIL_MARKERS = re.compile(
    r"^\s*(?:recent\s+posts|related\s+posts|последние\s+(?:новости|записи)|похожие\s+(?:новости|статьи)"
    r"|читайте\s+также|соңғы\s+жаңалықтар|ұқсас\s+жаңалықтар|популярное|самое\s+читаемое)\s*:?\s*$",
    re.IGNORECASE,
)

# A byline right before the tail: one or two capitalised words alone on a line.
_BYLINE = re.compile(r"^\s*[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][а-яёәғқңөұүһіa-z]+){0,2}\s*$")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def content_mask(text: str) -> str:
    """The text with furniture replaced by spaces (same length, same newlines)."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    offsets = []
    position = 0
    for line in lines:
        offsets.append(position)
        position += len(line)
    tail_from = len(lines)
    for index, line in enumerate(lines):
        if _TAIL_MARKERS.match(line):
            tail_from = index
            # the author's byline standing just above the list goes too
            previous = index - 1
            while previous >= 0 and not lines[previous].strip():
                previous -= 1
            if previous >= 0 and _BYLINE.match(lines[previous]) and previous > 0:
                tail_from = previous
            break
    for index, line in enumerate(lines):
        if index >= tail_from or _FURNITURE_LINE.match(line):
            out.append(_blank(line))
        else:
            out.append(line)
    return "".join(out)
