"""Date specs counted in weeks from the publication date: a weekday ("в понедельник", "жұма күні"), a run
of weekdays ("со вторника по четверг") and a whole week or weekend ("на прошлой неделе", "келесі аптада").

They resolve as the other specs of `extract.date_specs` do, into a `Span` of calendar days.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from extract.date_specs import Relation, Span, _month_bounds


@dataclass(frozen=True)
class WeekdaySpec:
    """"в понедельник", "в прошлую пятницу", "жұма күні" (weekday: Monday = 0).

    "nearest" takes whichever occurrence is closer, the publication day itself included, ties to the
    past; "previous"/"next" take the closest strictly before/after it; "ahead" the publication day or the
    closest after it (what a plan is for: "запланированный на четверг").
    """

    weekday: int
    relation: Relation = "nearest"

    def resolve(self, published: date | None) -> Span | None:
        if published is None:
            return None
        back = (published.weekday() - self.weekday) % 7
        forward = (self.weekday - published.weekday()) % 7
        if self.relation == "previous":
            delta = -(back or 7)
        elif self.relation == "next":
            delta = forward or 7
        elif self.relation == "ahead":
            delta = forward
        else:
            delta = -back if back <= forward else forward
        day = published + timedelta(days=delta)
        return Span(day, day, "day", week_inferred=self.relation == "nearest")


@dataclass(frozen=True)
class WeekdayRangeSpec:
    """"в понедельник и вторник", "со вторника по четверг", "дүйсенбі және сейсенбі күндері".

    The first weekday resolves as `WeekdaySpec` does; the range runs on to the next occurrence of the
    last one (so "с пятницы по понедельник" crosses the weekend).
    """

    first: int
    last: int
    relation: Relation = "nearest"

    def resolve(self, published: date | None) -> Span | None:
        start = WeekdaySpec(self.first, self.relation).resolve(published)
        if start is None:
            return None
        end = start.first + timedelta(days=(self.last - self.first) % 7)
        return replace(start, last=end)


@dataclass(frozen=True)
class RelativeWeek:
    """"на прошлой неделе", "в минувшие выходные", "келесі аптада": a calendar week (Monday to Sunday) or
    its weekend counted from the publication week. The records have no week unit, so the week names its
    month when it lies inside one, and nothing when it runs across two (a month would then be a guess)."""

    offset: int
    weekend: bool = False

    def resolve(self, published: date | None) -> Span | None:
        if published is None:
            return None
        monday = published - timedelta(days=published.weekday())
        if self.weekend:
            # the weekend of the publication week, the last one over before it, or the next one to begin
            saturday = monday + timedelta(days=5)
            if self.offset < 0 and saturday + timedelta(days=1) >= published:
                saturday -= timedelta(days=7)
            elif self.offset > 0 and saturday <= published:
                saturday += timedelta(days=7)
            first, last = saturday, saturday + timedelta(days=1)
        else:
            first = monday + timedelta(days=7 * self.offset)
            last = first + timedelta(days=6)
        if (first.year, first.month) != (last.year, last.month):
            return None
        month_first, month_last = _month_bounds(first.year, first.month)
        return Span(month_first, month_last, "month")
