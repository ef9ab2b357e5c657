"""`python -m bench profile`: PROFILE of the event lists on the benchmark graph, the old walks against the new.

For each of the issue's reads — the two-leader meetings, a person's timeline, the first and last
events `/persons/{id}` shows — the statement is run once under PROFILE in each of its forms:
``anchored`` (a participant's whole history, sorted: the walk before the person-ordered index),
``date`` (down `Event.start` from the participants' `first_start` bound, as the dense leaders
were read), and the new walks: ``pair index`` (two people's shared events down `PAIR(pair,
start)`) and ``person index`` (one person's down `PARTICIPATED_IN(person, start)`). Printed per
form: rows returned, database hits, and the plan's operators with their rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import neo4j

from graph import cypher
from graph.reads import pair_key

_NO_FILTERS = {"types": None, "status": None, "date_from": None, "date_to": None, "place": None, "country": None,
               "q": None, "include_undated": False}


def _operators(plan: Any, depth: int = 0) -> list[str]:
    rows = plan.get("rows", "?")
    hits = plan.get("dbHits", "?")
    args = plan.get("args", {})
    detail = str(args.get("Details", ""))[:90]
    out = [f"{'  ' * depth}{plan['operatorType']}  rows={rows} hits={hits}  {detail}"]
    for child in plan.get("children", ()):
        out.extend(_operators(child, depth + 1))
    return out


def _total_hits(plan: Any) -> int:
    return int(plan.get("dbHits", 0)) + sum(_total_hits(c) for c in plan.get("children", ()))


def profile(driver: neo4j.Driver, statement: str, **params: Any) -> dict[str, Any]:
    records, summary, _ = driver.execute_query("PROFILE " + statement, params, routing_=neo4j.RoutingControl.READ)
    plan = summary.profile
    return {"rows": len(records), "db_hits": _total_hits(plan), "operators": _operators(plan),
            "ms": (summary.result_available_after or 0) + (summary.result_consumed_after or 0)}


def cases(driver: neo4j.Driver, pairs: list[tuple[str, str]], persons: list[str], limit: int = 20):
    """(label, form, statement, params) for each read and each way of walking it."""
    out = []
    for a, b in pairs:
        degrees = {r["id"]: r["degree"] for r in driver.execute_query(cypher.PERSON_DEGREES, ids=[a, b]).records}
        anchor = min((a, b), key=lambda p: degrees.get(p, 0))
        firsts = driver.execute_query(cypher.LEGACY_WALK_START, ids=[a, b]).records[0]["first"]
        params = {**_NO_FILTERS, "participants": [a, b], "types": ["meeting"], "after_key": None, "after_id": None,
                  "limit": limit + 1}
        label = f"meetings {a}+{b} (degrees {degrees.get(a)}, {degrees.get(b)})"
        out.append((label, "anchored", cypher.EVENT_LIST[("person", "asc")], {**params, "anchor": anchor}))
        out.append((label, "date", cypher.EVENT_LIST_BY_DATE["asc"],
                    {**params, "from_key": firsts or date.min, "to_key": date.max, "scan": 50_000}))
        out.append((label, "person index", cypher.EVENT_LIST_BY_PERSON["asc"],
                    {**params, "anchor": anchor, "from_key": date.min, "to_key": date.max}))
        out.append((label, "pair index", cypher.EVENT_LIST_BY_PAIR["asc"],
                    {**params, "anchor": pair_key(a, b), "from_key": date.min, "to_key": date.max}))
    for person in persons:
        params = {**_NO_FILTERS, "participants": [person], "after_key": None, "after_id": None}
        for order in ("asc", "desc"):
            n = limit + 1 if order == "asc" else 2
            label = f"{person} timeline {order}, {n - 1} per page"
            out.append((label, "anchored", cypher.EVENT_LIST[("person", order)], {**params, "anchor": person,
                                                                                   "limit": n}))
            out.append((label, "person index", cypher.EVENT_LIST_BY_PERSON[order],
                        {**params, "anchor": person, "limit": n, "from_key": date.min, "to_key": date.max}))
    return out
