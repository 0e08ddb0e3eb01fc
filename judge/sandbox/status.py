"""`judge sandbox status`: what the sandbox situation is, as plain data."""

from __future__ import annotations

from judge.errors import JudgeError
from judge.sandbox import select_backend
from judge.sandbox.image import connect, image_present, image_tag, leftover_containers


def sandbox_status() -> dict:
    report = {"image": image_tag(), "image_present": False, "leftover_containers": 0}
    try:
        client = connect()
        version = client.version()
        report["engine"] = f"reachable (Docker {version.get('Version', '?')}, API {version.get('ApiVersion', '?')})"
        report["image_present"] = image_present(client)
        report["leftover_containers"] = len(leftover_containers(client))
    except JudgeError as exc:
        report["engine"] = str(exc)
    selection = select_backend("auto", build=False)
    report["auto"] = selection.backend.name
    report["reason"] = selection.reason
    return report
