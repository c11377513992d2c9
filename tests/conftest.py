"""Shared fixtures: the seed article, and a real warehouse built from seeds/ by the real command."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from etl.models import Document
from etl.readers import expand_sources, read_sources

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "seeds" / "000_9ff16a141da218b3.txt"
REALDATA = ROOT.parent / "shared" / "realdata"


@pytest.fixture(scope="session")
def seed_document() -> Document:
    """The seed article as the text reader yields it."""
    (doc,) = list(read_sources(expand_sources([SEED_PATH])))
    assert isinstance(doc, Document)
    return doc


def build_warehouse(
    target: Path, *sources: str | Path, command: str = "build", options: Sequence[str] = ()
) -> subprocess.CompletedProcess:
    """Run the real `python -m etl` command, as a user would (`options`: more arguments, e.g. --jobs 1)."""
    return subprocess.run(
        [sys.executable, "-m", "etl", command, *map(str, sources), "--warehouse", str(target), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """warehouse built from seeds/ by `python -m etl build`; read-only for the tests that share it."""
    target = tmp_path_factory.mktemp("seed") / "incidents.duckdb"
    result = build_warehouse(target, "seeds/")
    assert result.returncode == 0, result.stderr
    return target
