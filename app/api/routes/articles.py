"""Articles: ingest one or many, read one with its events."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, status

from app.api.deps import SettingsDep, StoreDep, WriteAccess
from app.api.errors import ProblemError
from app.api.schemas import ID_MAX, ArticleIn, ArticleOut, BatchIn, BatchOut, IngestOut
from service.ingest import ingest_text

router = APIRouter(prefix="/articles", tags=["articles"])


def _ingest(store, settings, article: ArticleIn, extractor=None) -> IngestOut:
    outcome = ingest_text(store, article.text, published=article.published, lang=article.lang or "auto",
                          title=article.title, url=article.url, source=article.source,
                          max_chars=settings.max_article_chars, extractor=extractor)
    result = outcome.result
    return IngestOut(article_id=result.article_id, duplicate=result.duplicate,
                     lang=outcome.extraction.article.lang, created=list(result.created),
                     merged=list(result.merged), note=outcome.note)


@router.post("", response_model=IngestOut, status_code=status.HTTP_201_CREATED, dependencies=[WriteAccess],
             summary="Ingest one article",
             responses={200: {"model": IngestOut, "description": "Already stored (`duplicate: true`); nothing written."},
                        401: {}, 413: {}, 422: {}, 503: {}})
def ingest_article(article: ArticleIn, store: StoreDep, settings: SettingsDep, request: Request,
                   response: Response) -> IngestOut:
    out = _ingest(store, settings, article, getattr(request.app.state, "extractor", None))
    if out.duplicate:
        response.status_code = status.HTTP_200_OK
    return out


@router.post("/batch", response_model=BatchOut, status_code=status.HTTP_201_CREATED, dependencies=[WriteAccess],
             summary="Ingest many articles", responses={401: {}, 413: {}, 422: {}, 503: {}})
def ingest_batch(batch: BatchIn, store: StoreDep, settings: SettingsDep, request: Request) -> BatchOut:
    extractor = getattr(request.app.state, "extractor", None)
    return BatchOut(results=[_ingest(store, settings, a, extractor) for a in batch.articles])


@router.get("/{article_id}", response_model=ArticleOut, summary="An article with the events it reports",
            responses={404: {}})
def get_article(article_id: Annotated[str, Path(max_length=ID_MAX)], store: StoreDep) -> ArticleOut:
    found = store.article(article_id)
    if found is None:
        raise ProblemError(404, "Not found", f"No article with id {article_id!r}.")
    return found
