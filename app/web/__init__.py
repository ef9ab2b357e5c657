"""The reporter's workbench page and the API documentation, served by the API itself, offline.

`/` is `static/index.html` (its own JS and CSS in `static/`); `/vendor/` holds the npm packages
`make web` installs from `package.json` into `node_modules/` (`LETOPIS_WEB_MODULES_DIR`) (Cytoscape.js for the graph view,
swagger-ui-dist for `/docs`). Nothing is loaded from another host.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
VENDOR = {  # URL path under /vendor/ → the installed package's folder of browser files, in node_modules
    "cytoscape": Path("cytoscape") / "dist",
    "swagger-ui": Path("swagger-ui-dist"),
}


def vendor_dirs(node_modules: Path) -> dict[str, Path]:
    return {name: node_modules / sub for name, sub in VENDOR.items()}


def install(app: FastAPI, node_modules: Path) -> None:
    """Mount the page, its assets and `/docs` (call after the API routes)."""

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — API",
                                   swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for name, folder in vendor_dirs(node_modules).items():
        # check_dir=False: without `make web` the API still starts; the page says what is missing.
        app.mount(f"/vendor/{name}", StaticFiles(directory=folder, check_dir=False), name=f"vendor-{name}")
