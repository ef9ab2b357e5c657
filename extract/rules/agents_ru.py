"""Who a Russian clause names as the one who acts: the sides of a passive signing, the agents in the
instrumental after the participle ("подписан Дмитрием Медведевым и Бараком Обамой"), else the leaders it was
signed in the presence of ("Документы подписаны в присутствии президентов Касым-Жомарта Токаева и Шавката
Мирзиёева"); the subject of a subordinate clause ("..., когда Си Цзиньпин находился в Москве с визитом")."""

from __future__ import annotations

from extract.mentions import PersonMention
from extract.rules import cues_ru as cues
from extract.text import Token

AGENT_REACH = 3      # words between the participle and its first agent
PRESENCE_REACH = 4   # ... and between "в присутствии" and the first leader ("президентов России и")


def passive_agents(tokens: tuple[Token, ...], persons: list[PersonMention], i: int) -> list[PersonMention] | None:
    """The sides of the passive trigger at ``i`` (an empty list: none named), or None when it is not passive."""
    if tokens[i].feat("Voice") != "Pass":
        return None
    ordered = sorted((p for p in persons if p.first > i), key=lambda q: q.first)
    agents = _listed(tokens, ordered, i, AGENT_REACH, lambda p: p.case == "Ins")
    if agents:
        return agents
    presence = next((k for k in range(i + 1, len(tokens) - 1) if tokens[k].lemma == "в"
                     and tokens[k + 1].lemma in cues.PRESENCE), None)
    if presence is None:
        return []
    return _listed(tokens, [p for p in ordered if p.first > presence + 1], presence, PRESENCE_REACH, lambda p: True)


def _listed(tokens: tuple[Token, ...], ordered: list[PersonMention], at: int, reach: int,
            first_ok) -> list[PersonMention]:
    """The first person within ``reach`` words after ``at`` and those coordinated with it ("Токаевым и
    Мирзиёевым", whatever case the tagger gave the second)."""
    out: list[PersonMention] = []
    for p in ordered:
        if not out and first_ok(p) and p.first - at <= reach:
            out.append(p)
        elif out and all(t.text in (",", "и") for t in tokens[out[-1].last + 1:p.first]):
            out.append(p)
        elif out:
            break
    return out


def subordinate_subject(tokens: tuple[Token, ...], persons: list[PersonMention], lo: int, i: int) -> PersonMention | None:
    """The leader named in the nominative between ", когда" (", где", ", пока") and the trigger at ``i``: the
    subject of the subordinate clause the trigger stands in, not the main clause's; None when there is none."""
    k = next((k for k in range(i - 1, lo, -1) if tokens[k].lemma in cues.SUBORDINATE_OPENERS
              and tokens[k - 1].text == ","), None)
    if k is None:
        return None
    return next((p for p in persons if k < p.first < i and p.case == "Nom" and not p.speaker_only
                 and p.person is not None and p.via == "name"), None)
