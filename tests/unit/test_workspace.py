"""judge.workspace: which folder holds the user's solutions and results."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge import bank
from judge.errors import UsageError
from judge.workspace import MARKER_TEXT, resolve_workspace


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fake home folder, so the default workspace never touches the real one."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def marked(folder: Path, text: str = MARKER_TEXT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "judge.toml").write_text(text, encoding="utf-8")
    return folder


def test_explicit_option_wins_over_judge_toml(tmp_path, home):
    project = marked(tmp_path / "project")
    chosen = tmp_path / "chosen"
    workspace = resolve_workspace(str(chosen), cwd=project)
    assert workspace.root == chosen.resolve() and workspace.how == "option"


def test_option_expands_user(home):
    workspace = resolve_workspace("~/mine", cwd=home)
    assert workspace.root == (home / "mine").resolve()


def test_judge_toml_in_cwd(tmp_path, home):
    project = marked(tmp_path / "project")
    workspace = resolve_workspace(None, cwd=project)
    assert workspace.root == project.resolve() and workspace.how == "judge.toml"


def test_nearest_judge_toml_above_cwd(tmp_path, home):
    outer = marked(tmp_path / "outer")
    inner = marked(outer / "inner")
    deep = inner / "a" / "b"
    deep.mkdir(parents=True)
    assert resolve_workspace(None, cwd=deep).root == inner.resolve()
    assert resolve_workspace(None, cwd=outer / "elsewhere").root == outer.resolve()


def test_judge_toml_folder_is_not_a_marker(tmp_path, home):
    (tmp_path / "project" / "judge.toml").mkdir(parents=True)
    assert resolve_workspace(None, cwd=tmp_path / "project").how == "default"


def test_default_is_judge_workspace_in_home(tmp_path, home):
    cwd = tmp_path / "somewhere"
    cwd.mkdir()
    workspace = resolve_workspace(None, cwd=cwd)
    assert workspace.root == (home / "judge-workspace").resolve() and workspace.how == "default"
    assert workspace.results_file == workspace.root / ".judge" / "results.jsonl"
    assert workspace.solution_path("two_sum") == workspace.root / "two_sum.py"
    assert not workspace.root.exists()  # resolving creates nothing


def test_ensure_creates_folder_and_marker(tmp_path, home):
    workspace = resolve_workspace(str(tmp_path / "new"))
    workspace.ensure()
    assert (workspace.root / "judge.toml").read_text(encoding="utf-8") == MARKER_TEXT
    assert resolve_workspace(None, cwd=workspace.root).how == "judge.toml"


def test_broken_judge_toml_names_the_file(tmp_path, home):
    project = marked(tmp_path / "project", "[workspace\nname = ")
    with pytest.raises(UsageError) as info:
        resolve_workspace(None, cwd=project)
    assert str(project.resolve() / "judge.toml") in str(info.value) and "invalid TOML" in str(info.value)


def test_broken_judge_toml_in_the_option_folder(tmp_path, home):
    project = marked(tmp_path / "project", "= nope")
    with pytest.raises(UsageError, match="invalid TOML"):
        resolve_workspace(str(project))


@pytest.fixture
def fake_bank(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "bank"
    for name in ("problems", "stubs", "solutions"):
        (root / name).mkdir(parents=True)
    monkeypatch.setenv("JUDGE_BANK", str(root))
    return root


@pytest.mark.parametrize("folder", ["solutions", "solutions/mine", "problems", "stubs/x"])
def test_workspace_inside_the_bank_is_refused(fake_bank, home, folder):
    with pytest.raises(UsageError) as info:
        resolve_workspace(str(fake_bank / folder))
    assert f"inside the judge's own {folder.split('/')[0]}/ folder" in str(info.value)


def test_judge_toml_inside_the_bank_solutions_is_refused(fake_bank, home):
    inside = marked(fake_bank / "solutions" / "ws")
    with pytest.raises(UsageError, match="solutions/ folder"):
        resolve_workspace(None, cwd=inside / "sub")


def test_real_bank_solutions_folder_is_refused(home, monkeypatch):
    monkeypatch.delenv("JUDGE_BANK", raising=False)
    with pytest.raises(UsageError, match="solutions/ folder"):
        resolve_workspace(str(bank.solutions_dir() / "mine"))


def test_folder_next_to_the_bank_is_allowed(fake_bank, home):
    assert resolve_workspace(str(fake_bank.parent / "solutions-of-mine")).how == "option"
