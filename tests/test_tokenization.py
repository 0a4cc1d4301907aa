"""One tokenizer for documents and queries; the restricted dictionary segments the corpus exactly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.answering.engine import Engine
from index.text.normalize import CHARMAP_FILE, Normalizer, build_charmap, read_charmap
from index.text.places import PLACES_FILE, country_names, curate, place_names, short_form
from index.text.tokenization import Tokenizer, TokenizerSettings, full_dictionary
from tests.conftest import CORPUS, ROOT


@pytest.fixture(scope="module")
def full_tokenizer(engine: Engine) -> Tokenizer:
    freq, total = full_dictionary(engine.tokenizer.settings)
    return Tokenizer(freq, total, engine.tokenizer.settings)


def test_restricted_dictionary_segments_the_corpus_like_the_full_one(engine: Engine,
                                                                     full_tokenizer: Tokenizer) -> None:
    normalizer = engine.normalizer
    for passage in engine.passages:
        for sentence in passage.sentences:
            text = normalizer.normalize(sentence)
            assert engine.tokenizer.segment(text) == full_tokenizer.segment(text), sentence


def test_restricted_dictionary_is_small(engine: Engine) -> None:
    assert 0 < len(engine.index.meta.dictionary) < 10_000


@pytest.mark.parametrize("word", ["三严三实", "四风", "小四风", "焦裕禄精神", "教育实践活动", "督导组", "回头看",
                                  "四解决四推动", "软弱涣散"])
def test_domain_words_stay_whole(engine: Engine, word: str) -> None:
    assert word in engine.terms(f"关于{word}的问题")


def test_question_words_and_punctuation_are_dropped(engine: Engine) -> None:
    terms = engine.terms("芜湖市设立了几条热线电话?什么、多少、哪些吗")
    assert "芜湖市" in terms and "热线电话" in terms
    for dropped in ("几条", "什么", "多少", "哪些", "吗", "?", "了"):
        assert dropped not in terms


def test_traditional_and_full_width_match_simplified(engine: Engine) -> None:
    assert engine.terms("蕪湖市徵求意見") == engine.terms("芜湖市征求意见")
    assert engine.terms("ＡＢＣ　１２３") == engine.terms("abc 123")


def test_normalization_keeps_offsets_into_the_original() -> None:
    normalizer = Normalizer({"條": "条"})
    text, offsets = normalizer.normalize_with_offsets("多少條\u200b  ＡB")
    assert text == "多少条 ab"
    assert offsets == [0, 1, 2, 4, 6, 7]


def test_charmap_converts_common_traditional_characters() -> None:
    charmap = build_charmap()
    assert charmap["蕪"] == "芜" and charmap["條"] == "条" and charmap["議"] == "议"
    assert "芜" not in charmap


def test_shipped_charmap_is_what_opencc_derives() -> None:
    """index/data/t2s.tsv must be regenerated (python -m index.text.charmap) whenever OpenCC's answer changes."""
    from index.text.charmap import derive_charmap

    shipped = build_charmap()
    assert len(shipped) > 4000
    assert list(shipped.items()) == list(derive_charmap().items())


def test_charmap_file_round_trips_and_names_its_source(tmp_path: Path) -> None:
    from index.text.charmap import write_charmap

    header = [line for line in CHARMAP_FILE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("OpenCC" in line and "opencc" in line for line in header)
    assert any("python -m index.text.charmap" in line for line in header)
    write_charmap(tmp_path / "t2s.tsv", build_charmap(), "0")
    assert list(read_charmap(tmp_path / "t2s.tsv").items()) == list(build_charmap().items())
    (tmp_path / "bad.tsv").write_text("# comment\n國\t国\n國国\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:3"):
        read_charmap(tmp_path / "bad.tsv")


@pytest.mark.slow
def test_the_index_carries_the_shipped_charmap_and_builds_without_opencc(engine: Engine, tmp_path: Path) -> None:
    assert engine.index.meta.charmap == build_charmap()
    code = ("import sys; from pathlib import Path; from index.store.building import build_index; "
            "build_index(Path(sys.argv[1]), Path(sys.argv[2])); "
            "print(sorted({'opencc', 'scipy', 'numba'} & {m.split('.')[0] for m in sys.modules}))")
    proc = subprocess.run([sys.executable, "-c", code, str(CORPUS), str(tmp_path / "i.json")],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_settings_hash_changes_with_settings() -> None:
    assert TokenizerSettings().digest() != TokenizerSettings(mode="precise").digest()


def test_place_names_are_administrative_divisions_and_countries_without_noise() -> None:
    names = place_names()
    for place in ("安徽省", "安徽", "合肥市", "合肥", "芜湖市", "芜湖", "长丰县", "长丰", "上海市", "上海", "北京市",
                  "北京", "广州市", "江苏省", "内蒙古", "新疆", "延边", "浦东", "香港", "和平区", "美国", "日本"):
        assert place in names, place
    for word in ("自觉遵守", "舟车劳顿", "法西斯", "欧足联", "和平", "前进", "城区", "市辖区", "欧盟"):
        assert word not in names, word
    assert len(names) > 5000
    assert all(len(name) >= 2 and not any(ch.isspace() or ch == "#" for ch in name) for name in names)
    header = [line for line in PLACES_FILE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any('"cpca" package' in line for line in header) and any('"babel" package' in line for line in header)
    assert any("python -m index.text.places" in line for line in header)


@pytest.mark.parametrize(("name", "short"), [
    ("安徽省", "安徽"), ("合肥市", "合肥"), ("长丰县", "长丰"), ("瑶海区", "瑶海"), ("内蒙古自治区", "内蒙古"),
    ("新疆维吾尔自治区", "新疆"), ("延边朝鲜族自治州", "延边"), ("恩施土家族苗族自治州", "恩施"),
    ("伊犁哈萨克自治州", "伊犁"), ("浦东新区", "浦东"), ("峰峰矿区", "峰峰"), ("香港特别行政区", "香港"),
    ("阿拉善盟", "阿拉善"), ("和县", None), ("城区", None), ("敖汉旗", None),
])
def test_short_forms_drop_the_suffix_and_the_peoples(name: str, short: str | None) -> None:
    assert short_form(name, ["汉族", "朝鲜族", "土家族", "苗族", "哈萨克族", "维吾尔族", "蒙古族"]) == short


def test_curated_list_keeps_full_names_and_unambiguous_short_forms() -> None:
    rows = [("340100", "合肥市"), ("340000", "安徽省"), ("340101", "市辖区"), ("120101", "和平区"), ("140302", "城区"),
            ("340523", "和县"), ("110105", "朝阳区"), ("211300", "朝阳市")]
    assert curate(rows, ["汉族"]) == ["朝阳区", "朝阳", "和平区", "朝阳市", "安徽省", "安徽", "合肥市", "合肥", "和县"]
    assert country_names({"US": "美国", "JP": "日本", "EU": "欧盟", "ZZ": "未知地区", "CG": "刚果（布）", "150": "欧洲",
                          "XA": "伪地区"}) == ["日本", "美国"]


def test_jieba_dictionary_cache_lives_in_the_private_cache_folder(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    full_dictionary(TokenizerSettings())
    folder = tmp_path / "qabot"
    assert (folder / "jieba.cache").is_file()
    assert folder.stat().st_mode & 0o077 == 0  # not readable or writable by others


def test_corner_brackets_quote_as_the_reports_curly_quotes(engine: Engine) -> None:
    normalizer = Normalizer(build_charmap())
    assert normalizer.normalize("「班子強不強」") == "“班子强不强”"
    assert normalizer.normalize_with_offsets("『四风』")[0] == "“四风”"
    result = engine.ask("「班子強不強」後面那句話是什麼?")
    assert result.status == "answered" and result.answer is not None and result.answer.lead == "关键看班长"
