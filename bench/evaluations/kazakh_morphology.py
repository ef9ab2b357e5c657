"""Compare ways of matching inflected Kazakh tokens to registry base forms.

Approaches:

* ``prefix``: the token starts with the base (folded). The naive baseline.
* ``qazaq-inflector``: generate every case, plural and possessive form of each base
  with the ``qazaq-inflector`` package and look the token up among them.
* ``kazstem``: lemmatise with the ``kazstem`` analyser (finite-state, apertium-kaz).
* ``suffix-rules``: ``extract.kazakh`` (suffix chains checked against the stem's final
  sound), the implementation kept.

Correctness is measured registry-wide: every base in the gold file forms the registry,
each gold token is matched against all of them, and a base the token matches but the gold
does not name is a false positive. So a token must not only match its own base but also
leave every other base alone ("Алматы" must not match "алма").

Speed is tokens per second for the lookup each approach would use in production:
candidate stems plus a dictionary for the suffix rules, a precomputed form table for the
generator, a scan of the registry for the prefix baseline.

Run from the repository root:  python -m bench.evaluations.kazakh_morphology
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from extract.kazakh import fold, matches, stem_candidates

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent / "data" / "kazakh_forms.tsv"
KAZAKH_ARTICLE = ROOT / "seeds" / "articles" / "003_ceb2dbd392ccd718.txt"


@dataclass(frozen=True)
class Row:
    token: str
    expected: str | None  # None: the token must match no base
    forbidden: str | None  # the base a negative row must not match


def load_gold(path: Path = GOLD) -> list[Row]:
    """Rows of the gold TSV; lines starting with '#' are comments."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = []
    for record in csv.DictReader(lines, delimiter="\t"):
        expected = record["expected"]
        rows.append(Row(record["token"], None if expected == "-" else expected, record["not"] or None))
    return rows


def registry_of(rows: Iterable[Row]) -> list[str]:
    """Every base named in the gold, deduplicated by folded spelling."""
    bases: dict[str, str] = {}
    for row in rows:
        for base in (row.expected, row.forbidden):
            if base:
                bases.setdefault(fold(base), base)
    return sorted(bases.values())


# --- approaches ------------------------------------------------------------------------

Matcher = Callable[[str, str], bool]
Lookup = Callable[[str], set[str]]  # token -> folded bases it stands for


@dataclass
class Approach:
    name: str
    matcher: Matcher | None
    lookup: Lookup | None
    unavailable: str | None = None


def _split_last(phrase: str) -> tuple[list[str], str]:
    words = fold(phrase).split()
    return words[:-1], words[-1]


def prefix_approach(registry: list[str]) -> Approach:
    def matcher(token: str, base: str) -> bool:
        return fold(token).startswith(fold(base))

    def lookup(token: str) -> set[str]:
        folded = fold(token)
        return {fold(base) for base in registry if folded.startswith(fold(base))}

    return Approach("prefix", matcher, lookup)


def inflector_approach(registry: list[str]) -> Approach:
    """Generate-and-look-up with qazaq-inflector; the generator inflects the last word."""
    try:
        from qazaq_inflector import QazaqNameInflector
    except ImportError as error:
        return Approach("qazaq-inflector", None, None, f"not installed ({error})")
    inflector = QazaqNameInflector()

    def forms(base: str) -> set[str]:
        head, last = base.rsplit(" ", 1) if " " in base else ("", base)
        words = {last}
        for noun in (last, inflector.pluralize(last)):
            words |= {inflector.inflect(noun, case) for case in inflector.CASES}
        for person in ("3", "1pl"):
            for plural in (False, True):
                words |= {inflector.possessive(last, person, case, plural) for case in inflector.CASES}
        return {fold(f"{head} {word}".strip()) for word in words}

    table: dict[str, set[str]] = {}
    for base in registry:
        for form in forms(base):
            table.setdefault(form, set()).add(fold(base))

    def matcher(token: str, base: str) -> bool:
        return fold(base) in table.get(fold(token), set())

    def lookup(token: str) -> set[str]:
        return table.get(fold(token), set())

    return Approach("qazaq-inflector", matcher, lookup)


def kazstem_approach(registry: list[str]) -> Approach:
    """Lemmas from kazstem; unusable unless its compiled FST resources are installed."""
    try:
        from qazmorph import Analyzer

        analyzer = Analyzer()
    except Exception as error:  # noqa: BLE001 - any failure means "cannot be evaluated"
        reason = str(error).split(". ")[0] if str(error) else type(error).__name__
        return Approach("kazstem", None, None, reason)

    def lemmas(word: str) -> set[str]:
        document = analyzer.analyze(word, disambiguate=False)
        return {fold(a.lemma) for t in document.tokens for a in t.analyses}

    def matcher(token: str, base: str) -> bool:
        token_head, token_last = _split_last(token)
        base_head, base_last = _split_last(base)
        return token_head == base_head and (token_last == base_last or base_last in lemmas(token_last))

    def lookup(token: str) -> set[str]:
        return {fold(base) for base in registry if matcher(token, base)}

    return Approach("kazstem", matcher, lookup)


def suffix_rules_approach(registry: list[str]) -> Approach:
    single_word = {fold(base) for base in registry if " " not in base}
    multi_word = [base for base in registry if " " in base]
    uncached = stem_candidates.__wrapped__  # time the real work, not the memo

    def lookup(token: str) -> set[str]:
        if " " in token:
            return {fold(base) for base in multi_word if matches(token, base)}
        return {folded for folded in map(fold, uncached(token)) if folded in single_word}

    return Approach("suffix-rules", matches, lookup)


# --- scoring ---------------------------------------------------------------------------


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    negatives_violated: int = 0
    errors: list[str] | None = None

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        relevant = self.true_positives + self.false_negatives
        return self.true_positives / relevant if relevant else 1.0

    def f_beta(self, beta: float) -> float:
        """F-score; beta 0.5 weighs precision higher, as a wrong match costs more than a miss."""
        p, r = self.precision, self.recall
        return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


def truth(rows: list[Row], registry: list[str]) -> dict[str, tuple[set[str], set[str]]]:
    """Per distinct token: (folded bases it must match, folded bases it must not match).

    A token spelled exactly like a registry base matches that base even when the token
    only appears in a negative row ("Алматы" against "алма" still is "Алматы").
    """
    folded_registry = {fold(base) for base in registry}
    result: dict[str, tuple[set[str], set[str]]] = {}
    for row in rows:
        must, must_not = result.setdefault(row.token, (set(), set()))
        if row.expected:
            must.add(fold(row.expected))
        if row.forbidden:
            must_not.add(fold(row.forbidden))
        if fold(row.token) in folded_registry:
            must.add(fold(row.token))
    return result


def score(rows: list[Row], registry: list[str], matcher: Matcher) -> Score:
    """Registry-wide precision and recall of `matcher` over the distinct gold tokens."""
    result = Score(errors=[])
    for token, (gold, forbidden) in truth(rows, registry).items():
        predicted = {fold(base) for base in registry if matcher(token, base)}
        result.true_positives += len(predicted & gold)
        result.false_positives += len(predicted - gold)
        result.false_negatives += len(gold - predicted)
        result.negatives_violated += len(predicted & forbidden)
        result.errors += [f"  FP {token} ~ {base}" for base in sorted(predicted - gold)]
        result.errors += [f"  FN {token} ~ {base}" for base in sorted(gold - predicted)]
    return result


def article_tokens(path: Path = KAZAKH_ARTICLE) -> list[str]:
    """Word tokens of the Kazakh seed article, the realistic input for the speed test."""
    return re.findall(r"\w+(?:-\w+)*", path.read_text(encoding="utf-8"))


def tokens_per_second(lookup: Lookup, tokens: list[str], repeat: int) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        for token in tokens:
            lookup(token)
    return len(tokens) * repeat / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.evaluations.kazakh_morphology",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over the speed corpus")
    parser.add_argument("--errors", action="store_true", help="list every false positive and negative")
    args = parser.parse_args(argv)

    rows = load_gold()
    registry = registry_of(rows)
    speed_corpus = article_tokens() + [row.token for row in rows]
    positives = sum(row.expected is not None for row in rows)
    print(f"gold: {len(rows)} rows ({positives} positive, {len(rows) - positives} negative), "
          f"{len(truth(rows, registry))} distinct tokens, registry: {len(registry)} bases, "
          f"speed corpus: {len(speed_corpus)} tokens x {args.repeat}")
    print()
    print("| approach | precision | recall | F1 | F0.5 | TP | FP | FN | negatives violated | tokens/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    details = []
    for build in (prefix_approach, inflector_approach, kazstem_approach, suffix_rules_approach):
        approach = build(registry)
        if approach.matcher is None or approach.lookup is None:
            print(f"| {approach.name} | n/a | n/a | n/a | n/a | | | | | unavailable: {approach.unavailable} |")
            continue
        result = score(rows, registry, approach.matcher)
        speed = tokens_per_second(approach.lookup, speed_corpus, args.repeat)
        print(f"| {approach.name} | {result.precision:.3f} | {result.recall:.3f} "
              f"| {result.f_beta(1):.3f} | {result.f_beta(0.5):.3f} "
              f"| {result.true_positives} | {result.false_positives} | {result.false_negatives} "
              f"| {result.negatives_violated} | {speed:,.0f} |")
        disagreements = [row.token for row in rows
                         if approach.lookup(row.token) != {fold(b) for b in registry if approach.matcher(row.token, b)}]
        if disagreements:
            details.append(f"{approach.name}: lookup and matcher disagree on {disagreements}")
        if args.errors:
            details.append(f"{approach.name} errors:")
            details.extend(result.errors or [])
    if details:
        print()
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
