"""Fixtures of the issue-21 robustness tests: a folder on read-only media."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def readonly_media(tmp_path):
    """``make(files)``: a folder holding ``files`` (name -> source path or bytes), then made
    read-only: a read-only tmpfs when this user may mount one (root in a container), else a
    folder without write permission (enough for a user that is not root)."""
    mounted: list[Path] = []

    def make(files: dict[str, Path | bytes]) -> Path:
        folder = tmp_path / f"ro{len(mounted)}"
        folder.mkdir()
        root = os.geteuid() == 0
        if root and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)],
                                   capture_output=True).returncode != 0:
            pytest.skip("cannot mount a tmpfs here, and root ignores folder permissions")
        mounted.append(folder)
        for name, content in files.items():
            if isinstance(content, bytes):
                (folder / name).write_bytes(content)
            else:
                shutil.copy(content, folder / name)
        if root:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:
            folder.chmod(0o555)
            for name in files:
                (folder / name).chmod(0o444)
        return folder

    yield make
    for folder in mounted:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
        else:
            folder.chmod(0o755)
