"""Configuration: read from the environment in one place, every variable in the README."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from index.settings import BUNDLED_CORPUS, Settings, parse_ids
from tests.conftest import ROOT

SETTINGS_FILE = ROOT / "index" / "settings.py"
#: What reads the environment in Python: `os.environ`, `os.getenv` and their kin.
ENVIRONMENT_READERS = {"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"}


def variables_read() -> set[str]:
    """The names `Settings.from_env` looks up (every `get("NAME")` in index/settings.py)."""
    tree = ast.parse(SETTINGS_FILE.read_text(encoding="utf-8"))
    return {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "get"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)}


def test_defaults_follow_xdg(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)  # no ./corpus here
    home = Path.home()
    settings = Settings.from_env({})
    assert settings.cache_dir == home / ".cache" / "qabot"
    assert settings.index == home / ".cache" / "qabot" / "index.json"
    assert settings.state_dir == home / ".local" / "state" / "qabot"
    assert settings.corpus == BUNDLED_CORPUS
    assert (settings.spam_patterns, settings.log_level, settings.admin_ids, settings.allowed_chats) == \
        ((), "INFO", frozenset(), None)
    assert (settings.telegram_token, settings.telegram_api_base_url, settings.telegram_webhook_secret) == \
        ("", None, None)
    assert settings.no_color is False


def test_every_variable_is_read(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "corpus").mkdir()
    monkeypatch.chdir(tmp_path)
    assert Settings.from_env({}).corpus == tmp_path / "corpus"  # ./corpus when there is one
    settings = Settings.from_env({
        "XDG_CACHE_HOME": str(tmp_path / "c"), "XDG_STATE_HOME": str(tmp_path / "s"),
        "QABOT_CORPUS": "~/reports", "QABOT_SPAM_PATTERNS": "a+\n\n  \nb => c\n", "QABOT_LOG_LEVEL": " debug ",
        "QABOT_ADMIN_IDS": "1, 2 3,,x, -4", "QABOT_ALLOWED_CHATS": "-100777", "TELEGRAM_BOT_TOKEN": " 1:abc \n",
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081", "TELEGRAM_WEBHOOK_SECRET": "s3cret", "NO_COLOR": "1"})
    assert settings.cache_dir == tmp_path / "c" / "qabot" and settings.index == tmp_path / "c" / "qabot" / "index.json"
    assert settings.state_dir == tmp_path / "s" / "qabot"
    assert settings.corpus == Path.home() / "reports"
    assert settings.spam_patterns == ("a+", "b => c")
    assert settings.log_level == "DEBUG"
    assert settings.admin_ids == frozenset({1, 2, 3, -4}) and settings.allowed_chats == frozenset({-100777})
    assert settings.telegram_token == "1:abc"
    assert settings.telegram_api_base_url == "http://127.0.0.1:8081" and settings.telegram_webhook_secret == "s3cret"
    assert settings.no_color
    explicit = Settings.from_env({"QABOT_INDEX": "/x/i.json", "QABOT_STATE_DIR": "/y", "XDG_STATE_HOME": "/z"})
    assert (explicit.index, explicit.state_dir) == (Path("/x/i.json"), Path("/y"))


def test_ids_parse_commas_and_spaces() -> None:
    assert parse_ids("1, 2 3,,x, -4") == frozenset({1, 2, 3, -4})
    assert parse_ids(None) == parse_ids("") == frozenset()


def test_secrets_stay_out_of_the_repr() -> None:
    text = repr(Settings.from_env({"TELEGRAM_BOT_TOKEN": "123:SECRET-token", "TELEGRAM_WEBHOOK_SECRET": "hush"}))
    assert "SECRET" not in text and "hush" not in text and "telegram_api_base_url" in text


def test_the_readme_lists_every_variable() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Configuration"):readme.index("## How it works")]
    listed = set(re.findall(r"^\| `([A-Z_]+)` \|", table, re.MULTILINE))
    assert listed == variables_read()


def test_no_other_module_reads_the_environment() -> None:
    found = []
    for folder in ("index", "bot"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == SETTINGS_FILE:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                name = node.attr if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id == "os" else None
                if isinstance(node, ast.ImportFrom) and node.module == "os":
                    name = next((a.name for a in node.names if a.name in ENVIRONMENT_READERS), None)
                if name in ENVIRONMENT_READERS:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")  # type: ignore[attr-defined]
    assert found == []
