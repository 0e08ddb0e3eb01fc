"""The sandbox image: its tag (a hash of what goes into it), building it, and reaching the engine."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from judge import bank
from judge.errors import JudgeError
from judge.sandbox import HARNESS_FILES, HARNESS_PACKAGE, copy_harness

REPOSITORY = "judge-sandbox"
DEFAULT_BASE = "debian:bookworm-slim"
LABEL = "judge.sandbox"  # on every image and container the judge creates, so leftovers can be found


def image_tag() -> str:
    """``judge-sandbox:<hash>`` of the Dockerfile and harness: a changed harness means a new image."""
    digest = hashlib.sha256(bank.dockerfile().read_bytes())
    for name in ("../__init__.py", *HARNESS_FILES):
        digest.update(name.encode() + b"\0" + (HARNESS_PACKAGE / name).read_bytes())
    return f"{REPOSITORY}:{digest.hexdigest()[:12]}"


def connect(timeout: float = 10):
    """A docker client that has answered a ping; JudgeError saying why when there is none."""
    try:
        import docker
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise JudgeError(f"the docker package is missing ({exc}); reinstall judge") from None
    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
        return client
    except docker.errors.DockerException as exc:
        raise JudgeError(f"no Docker engine is reachable ({_engine_problem(exc)})") from None


def _engine_problem(exc: Exception) -> str:
    """The useful part of the SDK's nested connection errors."""
    text = str(exc)
    if "FileNotFoundError" in text or "No such file" in text:
        return f"nothing listens on {os.environ.get('DOCKER_HOST', '/var/run/docker.sock')}: is dockerd running?"
    if "PermissionError" in text or "Permission denied" in text:
        return "permission denied on the Docker socket: add your user to the docker group"
    if "ConnectionRefused" in text or "Connection refused" in text:
        return "the engine refused the connection: is dockerd running?"
    return text[:200]


def image_present(client) -> bool:
    import docker

    try:
        client.images.get(image_tag())
        return True
    except docker.errors.ImageNotFound:
        return False


def remembered_base() -> str:
    """The base of the last successful build, so an automatic rebuild (a changed harness) uses it too."""
    try:
        return _base_file().read_text(encoding="utf-8").strip() or DEFAULT_BASE
    except OSError:
        return DEFAULT_BASE


def _base_file() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "judge" / "sandbox-base"


def build_image(client, base: str | None = None, progress: Callable[[str], None] = lambda line: None) -> str:
    """Build the sandbox image from ``base`` (default: the last base used) and return its tag."""
    import docker

    base = base or remembered_base()

    tag = image_tag()
    with tempfile.TemporaryDirectory(prefix="judge-image-") as scratch:
        context = Path(scratch)
        shutil.copyfile(bank.dockerfile(), context / "Dockerfile")
        copy_harness(context / "harness")
        try:
            for chunk in client.api.build(path=str(context), tag=tag, buildargs={"BASE": base}, rm=True,
                                          forcerm=True, decode=True, labels={LABEL: "image"}, network_mode="host"):
                if "error" in chunk:
                    raise JudgeError(_build_failure(base, chunk["error"]))
                text = (chunk.get("stream") or chunk.get("status") or "").rstrip()
                if text:
                    progress(text)
        except docker.errors.APIError as exc:
            raise JudgeError(_build_failure(base, str(exc))) from None
    _base_file().parent.mkdir(parents=True, exist_ok=True)
    _base_file().write_text(base, encoding="utf-8")
    return tag


def _build_failure(base: str, error: str) -> str:
    error = error.strip().splitlines()[-1] if error.strip() else "unknown error"
    if "pull access denied" in error or "not found" in error or "manifest" in error or "dial tcp" in error \
            or "lookup" in error:
        return (f"the sandbox image's base '{base}' cannot be pulled ({error[:200]}); "
                "pass a local Debian-family image with --base (README: building the image offline)")
    return f"building the sandbox image from '{base}' failed: {error[:300]}"


def leftover_containers(client) -> list:
    """Sandbox containers that still exist (every run removes its own; a killed judge may not)."""
    # sparse: no per-container inspect, so a container removed meanwhile is no error
    return client.containers.list(all=True, filters={"label": f"{LABEL}=run"}, sparse=True)


def remove_leftovers(client) -> int:
    containers = leftover_containers(client)
    for container in containers:
        container.remove(force=True)
    return len(containers)
