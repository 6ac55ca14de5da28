"""The source of some modules, hashed: the code part of the keys under which a stage keeps work to redo less
(issue 17). Output kept under one version of the code is never reused under another, however small the edit, so a
key names every module the kept output is worked out by."""

from __future__ import annotations

import hashlib
from pathlib import Path


def source_key(*paths: str | Path) -> str:
    """16 hex digits of a SHA-1 over each file's name and bytes, in the order given (a folder: its ``*.py`` files,
    sorted)."""
    digest = hashlib.sha1()
    for path in paths:
        path = Path(path)
        for file in sorted(path.glob("*.py")) if path.is_dir() else [path]:
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]
