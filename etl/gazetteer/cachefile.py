"""Disk cache of the built index, so a process pays the seconds-long build once per data version."""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from pathlib import Path

from etl.gazetteer.datafiles import fingerprint
from etl.gazetteer.index import GazetteerIndex, build_index

CACHE_ENV = "INFRA_INCIDENTS_CACHE"


def cache_dir() -> Path:
    """$INFRA_INCIDENTS_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/infra-incidents."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "infra-incidents"


def cache_path() -> Path:
    """One file per data version: package versions and our data files are in the name."""
    return cache_dir() / f"gazetteer-{fingerprint()}.pickle"


def _read(path: Path) -> GazetteerIndex | None:
    """The cached index, or None when it is missing or unreadable (it is then rebuilt)."""
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return index if isinstance(index, GazetteerIndex) else None


def _write(path: Path, index: GazetteerIndex) -> None:
    """Write to a temporary file and rename it, so a concurrent reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(index, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_or_build(path: Path | None = None) -> GazetteerIndex:
    """The cached index if it is usable, else a fresh build that is then cached (when the disk allows)."""
    path = path or cache_path()
    index = _read(path)
    if index is not None:
        return index
    index = build_index()
    # A read-only home still gets a working gazetteer, only a slower start.
    with contextlib.suppress(OSError):
        _write(path, index)
        _remove_stale(path)
    return index


def _remove_stale(current: Path) -> None:
    """Caches of older data versions are never read again."""
    for old in current.parent.glob("gazetteer-*.pickle"):
        if old != current and current.name.startswith("gazetteer-"):
            old.unlink(missing_ok=True)
