"""Articles: ingest one or many, read one with its events."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, status
from pydantic import BaseModel, Field, field_validator

from app.api.deps import SettingsDep, StoreDep, WriteAccess
from app.api.errors import ProblemError
from graph.models import ArticleOut
from service.ingest import ArticleRejected, ingest_text

router = APIRouter(prefix="/articles", tags=["articles"])
EARLIEST_PUBLICATION = date(1990, 1, 1)


class ArticleIn(BaseModel):
    text: str = Field(description="The article's text (UTF-8).")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    published: date | None = Field(default=None, description="Publication date; resolves year-less dates.")
    source: str | None = Field(default=None, max_length=300)
    lang: str | None = Field(default=None, pattern="^(auto|ru|kk)$")

    @field_validator("published")
    @classmethod
    def _plausible(cls, value: date | None) -> date | None:
        if value is not None and (value < EARLIEST_PUBLICATION or value > date.today()):
            raise ValueError(f"publication date must be between {EARLIEST_PUBLICATION} and today")
        return value


class IngestOut(BaseModel):
    article_id: str
    duplicate: bool
    lang: str
    created: list[str]
    merged: list[str]
    note: str | None = None


class BatchIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


class BatchOut(BaseModel):
    results: list[IngestOut]


def _ingest(store, settings, article: ArticleIn) -> IngestOut:
    try:
        outcome = ingest_text(store, article.text, published=article.published, lang=article.lang or "auto",
                              title=article.title, url=article.url, source=article.source,
                              max_chars=settings.max_article_chars)
    except ArticleRejected as exc:
        raise ProblemError(exc.status, exc.title, exc.detail) from None
    result = outcome.result
    return IngestOut(article_id=result.article_id, duplicate=result.duplicate,
                     lang=outcome.extraction.article.lang, created=list(result.created),
                     merged=list(result.merged), note=outcome.note)


@router.post("", response_model=IngestOut, status_code=status.HTTP_201_CREATED, dependencies=[WriteAccess],
             summary="Ingest one article", responses={401: {}, 413: {}, 422: {}, 503: {}})
def ingest_article(article: ArticleIn, store: StoreDep, settings: SettingsDep) -> IngestOut:
    return _ingest(store, settings, article)


@router.post("/batch", response_model=BatchOut, status_code=status.HTTP_201_CREATED, dependencies=[WriteAccess],
             summary="Ingest many articles", responses={401: {}, 413: {}, 422: {}, 503: {}})
def ingest_batch(batch: BatchIn, store: StoreDep, settings: SettingsDep) -> BatchOut:
    return BatchOut(results=[_ingest(store, settings, a) for a in batch.articles])


@router.get("/{article_id}", response_model=ArticleOut, summary="An article with the events it reports",
            responses={404: {}})
def get_article(article_id: str, store: StoreDep) -> ArticleOut:
    found = store.article(article_id)
    if found is None:
        raise ProblemError(404, "Not found", f"No article with id {article_id!r}.")
    return found
