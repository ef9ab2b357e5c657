"""Helpers for the browser tests."""

from __future__ import annotations

import os
from pathlib import Path


def screenshot(page, name: str) -> None:
    folder = os.environ.get("LETOPIS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))
