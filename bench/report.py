"""BENCHMARKS.md from a run's results: the command, the machine, and one table row per figure."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from bench.stats import Summary


@dataclass(frozen=True)
class Figure:
    """One measured figure with its reference from the same run and its target."""

    section: str
    name: str
    unit: str
    value: Summary
    reference_name: str | None = None
    reference: Summary | None = None
    target: str | None = None  # e.g. "≥ 0.7× reference", "p95 ≤ 20 ms"
    met: bool | None = None
    ratio: float | None = None  # value / reference (medians), or as the target defines it
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = self.value.as_dict()
        data["reference"] = self.reference.as_dict() if self.reference else None
        return data


@dataclass
class Results:
    command: str
    started: str
    seconds: float
    machine: dict[str, Any]
    settings: dict[str, Any]
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    def as_dict(self) -> dict[str, Any]:
        return {
            "command": self.command, "started": self.started, "seconds": self.seconds,
            "machine": self.machine, "settings": self.settings,
            "figures": [f.as_dict() for f in self.figures], "notes": self.notes,
        }


def _num(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}".replace(",", " ")
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _cell(summary: Summary | None, unit: str = "") -> str:
    if summary is None:
        return "—"
    suffix = f" {unit}" if unit else ""
    if summary.n == 1:
        return f"{_num(summary.median)}{suffix}"
    return f"{_num(summary.median)}{suffix} ({_num(summary.low)}–{_num(summary.high)})"


def _met(figure: Figure) -> str:
    if figure.met is None:
        return "—"
    return "**met**" if figure.met else "**missed**"


def render(results: Results) -> str:
    """The Markdown page."""
    m = results.machine
    lines = [
        "# Benchmarks",
        "",
        "Written by `python -m bench run` (`make bench`); every figure below comes from one run of it.",
        "Cells show the median over the repeated runs and, in brackets, the lowest and highest run.",
        "Ratios compare medians with the reference measured in the same run.",
        "",
        f"- command: `{results.command}`",
        f"- started: {results.started}, took {results.seconds / 60:.1f} min",
        f"- machine: {m.get('cores')} cores ({m.get('cpu', 'unknown CPU')}), {m.get('memory_gib')} GiB memory, "
        f"{m.get('os')}, Python {m.get('python')}, Neo4j {m.get('neo4j')} (heap {m.get('neo4j_heap')}, "
        f"page cache {m.get('neo4j_pagecache')})",
        "- settings: " + ", ".join(f"{k} = {v}" for k, v in results.settings.items()),
        "",
    ]
    sections: dict[str, list[Figure]] = {}
    for figure in results.figures:
        sections.setdefault(figure.section, []).append(figure)
    for section, figures in sections.items():
        lines += [f"## {section}", "",
                  "| figure | value | reference (same run) | ratio | target | |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for f in figures:
            name = f.name + (f" — {f.detail}" if f.detail else "")
            reference = f"{f.reference_name}: {_cell(f.reference, f.unit)}" if f.reference_name else "—"
            ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
            lines.append(f"| {name} | {_cell(f.value, f.unit)} | {reference} | {ratio} | {f.target or '—'} "
                         f"| {_met(f)} |")
        lines.append("")
    missed = [f for f in results.figures if f.met is False]
    lines += ["## Targets", ""]
    if missed:
        lines.append("Missed: " + "; ".join(f"{f.section} / {f.name}" for f in missed) + ".")
    else:
        lines.append("Every target with a figure above was met in this run.")
    if results.notes:
        lines += ["", "## Notes", "", *[f"- {note}" for note in results.notes]]
    lines.append("")
    return "\n".join(lines)
