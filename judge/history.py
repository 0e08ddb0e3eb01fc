"""The results file: one JSON record per run, appended atomically, read back tolerantly.

Appends take an exclusive lock, write the whole line in one write(2) with O_APPEND, and fsync, with
SIGINT/SIGTERM held back meanwhile: a Ctrl-C or a crash can lose the run in progress, never a
line already written, and never leaves half a line. Readers skip a corrupt line with a warning
naming it instead of failing.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from judge.schemas import first_error

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class History:
    records: list[dict]
    warnings: list[str]


def append_record(path: Path, record: dict) -> None:
    """Append ``record`` as one line of ``path`` (created with its folder when missing).

    Used for every append-only JSONL file of the workspace (results, notes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if _ends_mid_line(fd):  # a torn line from a killed writer must not swallow this record
                line = b"\n" + line
            written = os.write(fd, line)
            while written < len(line):  # only on exotic filesystems; the lock keeps it contiguous
                written += os.write(fd, line[written:])
            os.fsync(fd)
        finally:
            os.close(fd)  # releases the lock
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _ends_mid_line(fd: int) -> bool:
    size = os.fstat(fd).st_size
    return size > 0 and os.pread(fd, 1, size - 1) != b"\n"


# schema_version -> function turning such a record into the next version's shape. Records are
# upgraded when read, never rewritten: old lines stay as they were, so two machines on different
# judge versions can share one results file.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class NewerRecord(ValueError):
    """A record written by a newer judge than this one."""


def upgrade(record: object) -> object:
    """``record`` migrated to SCHEMA_VERSION (anything that is not a versioned record passes through)."""
    version = record.get("schema_version") if isinstance(record, dict) else None
    if type(version) is not int:
        return record  # not a versioned record: the schema check rejects it with a reason
    if version > SCHEMA_VERSION:
        raise NewerRecord(f"written by a newer judge (record schema {version}; this judge reads up to "
                          f"{SCHEMA_VERSION}): upgrade judge")
    while version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise ValueError(f"record schema version {version} is not one this judge can read")
        record = MIGRATIONS[version](record)
        version = record["schema_version"]
    return record


def read_history(path: Path) -> History:
    """Every valid record of ``path`` in file order, and a warning for each line that is not one."""
    if not path.exists():
        return History([], [])
    records, warnings = [], []
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                record = upgrade(json.loads(raw))
                error = first_error("record", record)
                reason = f"{'.'.join(map(str, error.absolute_path)) or 'record'}: {error.message}" if error else ""
            except NewerRecord as exc:
                reason = str(exc)
            except json.JSONDecodeError:
                reason = "not valid JSON"
            except ValueError as exc:
                reason = str(exc)
            if reason:
                warnings.append(f"{path}:{number}: skipped a corrupt results line ({reason[:120]}); "
                                "delete or repair that line to silence this warning")
                continue
            records.append(record)
    return History(records, warnings)
