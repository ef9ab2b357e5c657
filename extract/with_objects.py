"""Whom the talks of a sentence are with: each "с X" person goes to the meeting trigger before it, a list
after it continues the object, and a new "с" starts a group of its own ("с A, с B" are two talks, "с A, B и C"
one)."""

from __future__ import annotations

from extract.mentions import PersonMention
from extract.rules.language import Language


def assign_with_objects(lang: Language, tokens, persons, triggers, clauses) -> dict[int, list[PersonMention]]:
    """Each "с X" person goes to the nearest meeting trigger before it in the same clause."""
    meeting_idx = [t.index for t in triggers if t.type in ("meeting", "phone_call")]
    out: dict[int, list[PersonMention]] = {i: [] for i in meeting_idx}
    for p in persons:
        if p.speaker_only or p.person is None and p.via not in ("plural", "office"):
            continue
        if not lang.is_with_object(tokens, p):
            continue
        owners = [i for i in meeting_idx if i < p.first and clauses[i] == clauses[p.first]]
        if owners:
            out[owners[-1]].append(p)
    # "с председателем КНР Си Цзиньпином, президентом США Дональдом Трампом": a list continues the object
    for owner, objects in out.items():
        if not objects:
            continue
        last = max(o.last for o in objects)
        for p in sorted(persons, key=lambda q: q.first):
            if p.first <= last or p in objects or p.speaker_only or p.person is None:
                continue
            gap = tokens[last + 1:p.first]
            if clauses[p.first] != clauses[owner] or len(gap) > 4:
                break
            if gap and gap[0].text in (",", "и") and all(t.pos != "VERB" for t in gap):
                objects.append(p)
                last = p.last
            else:
                break
    return out


def object_groups(lang: Language, tokens, objects: list[PersonMention]) -> list[list[PersonMention]]:
    """Objects split where a new "с" starts one: "с A, с B и с C" → [A], [B], [C]; "с A, B и C" → [A, B, C]."""
    groups: list[list[PersonMention]] = []
    for o in sorted(objects, key=lambda p: p.first):
        if not groups or lang.is_with_object(tokens, o):
            groups.append([o])
        else:
            groups[-1].append(o)
    return groups
