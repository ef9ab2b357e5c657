"""The prefilter changes how fast, never what: every seed article, and every text of the development
set when it is there, gives the same Extraction with natasha's taggers on every sentence and with them
only on the sentences the prefilter keeps.

The development set lives outside the repository (``LETOPIS_DEVSETS_DIR``, by default ``shared/devsets``
beside the repository's folder); without it that test is skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from extract.pipeline import ArticleExtractor

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds" / "articles"
MANIFEST = yaml.safe_load((SEEDS / "manifest.yaml").read_text(encoding="utf-8"))["articles"]
DEVSETS = Path(os.environ.get("LETOPIS_DEVSETS_DIR") or ROOT.parent / "shared" / "devsets")
DEV_TEXTS = sorted((DEVSETS / "nerel").glob("*/*.txt"))


@pytest.fixture(scope="module")
def extractors() -> tuple[ArticleExtractor, ArticleExtractor]:
    return ArticleExtractor(prefilter=False), ArticleExtractor(prefilter=True)


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_seed_articles_extract_the_same(extractors, entry) -> None:
    text = (SEEDS / entry["file"]).read_text(encoding="utf-8")
    everything, filtered = (ex.extract(text, published=entry["published"], lang=entry["lang"])
                            for ex in extractors)
    assert filtered == everything
    assert filtered.events or entry["lang"] != "ru"   # the comparison is about something


@pytest.mark.skipif(not DEV_TEXTS, reason=f"no development set under {DEVSETS}")
def test_development_set_extracts_the_same(extractors) -> None:
    different = []
    for path in DEV_TEXTS:
        text = path.read_text(encoding="utf-8")
        everything, filtered = (ex.extract(text) for ex in extractors)
        if filtered != everything:
            different.append(path.relative_to(DEVSETS).as_posix())
    assert different == []
