"""Tables derived from the knowledge files, kept on disk so that a cold process loads them instead of
deriving them again.

A cold ``assistant ask`` used to spend about half a second of its CPU time re-deriving what the last process
derived from the same files: the parsed and validated knowledge base (the reader's edition is checked
sentence by sentence) and the stems of every word of the corpus. A table is stored as
``<data_dir>/cache/<name>-<key>.pickle``, where the key is a digest of everything it is derived from: the
bytes of its input files, and the code that derives it (every source file of this package, the Python,
pydantic and numpy versions). Any change of either makes a new key, so a stale table is never read; the
files of older keys are removed when a new one is written.

A table that cannot be read (damaged, written by another version) is derived again; one that cannot be
written (a read-only data folder) is simply not kept. The files are pickles written by this package: like
the index itself, a data folder is trusted by the process that opens it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

CACHE_VERSION = 1  # bump to drop every table written before (a change of format, not of content)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of this package's source (every .py file) and of what pickles depend on (~2 ms)."""
    import numpy
    import pydantic

    h = hashlib.sha256(f"v{CACHE_VERSION}|{sys.version}|{pydantic.VERSION}|{numpy.__version__}".encode())
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def files_digest(paths: Iterable[Path]) -> str:
    """A digest of files' names and bytes (and where they are: paths are kept in what is derived)."""
    h = hashlib.sha256()
    for p in paths:
        h.update(str(Path(p).resolve()).encode() + b"\0" + Path(p).read_bytes() + b"\0")
    return h.hexdigest()[:16]


def table_path(data_dir: str | Path, name: str, key: str) -> Path:
    return Path(data_dir) / "cache" / f"{name}-{key}.pickle"


def load_table(data_dir: str | Path, name: str, key: str) -> Any | None:
    """The table stored under ``name`` and ``key``, or None when there is none that can be read."""
    try:
        with table_path(data_dir, name, key).open("rb") as f:
            return pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:  # damaged, truncated, or pickled by code that no longer exists: derive it again
        return None


def save_table(data_dir: str | Path, name: str, key: str, value: Any) -> bool:
    """Store ``value`` under ``name`` and ``key`` (atomically) and remove that name's older keys. Best effort:
    False when the data folder cannot be written."""
    path = table_path(data_dir, name, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)  # mkstemp makes it private; the data folder's other files are readable too
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        return False
    return True


def cached(data_dir: str | Path, name: str, key: str, derive: Callable[[], T]) -> T:
    """The table ``name`` for ``key``: loaded when stored, else derived now and stored."""
    value = load_table(data_dir, name, key)
    if value is None:
        value = derive()
        save_table(data_dir, name, key, value)
    return value
