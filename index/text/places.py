"""Place names: China's administrative divisions, with and without their 省/市/县/区 suffix, and the countries.

A question naming a place the report never mentions (上海市 in a report about Anhui) is not answered by it,
however well its other words match. The list ships as `index/data/places.txt`: every province,
prefecture-level and county-level division by its full name (安徽省, 合肥市, 长丰县, 延边朝鲜族自治州) and by its
short form where that is unambiguous (安徽, 合肥, 长丰, 延边): at least two characters, and not an ordinary word
(和平区 and 前进区 are places, 和平 and 前进 words; `ORDINARY_WORDS`). Generic district names that are
ordinary words in full (城区, 郊区, 矿区) are left out.

The divisions come from the `cpca` package on PyPI (its `resources/adcodes.csv`, the statistical division
codes and names), the countries and territories (美国, 日本) from the Unicode CLDR's Chinese names for ISO 3166
country codes as the `babel` package ships them. `python -m index.text.places` regenerates the file from the
installed packages (the dev extra).
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "places.txt"
#: The PyPI package the list is built from, and its data files used.
SOURCE_PACKAGE = "cpca"
_DIVISIONS_CSV = ("resources", "adcodes.csv")
_NATIONS_CSV = ("resources", "56_nations.csv")

#: Suffixes of division names, longest first: the short form is the name without one of them.
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "矿区", "林区", "特区", "地区", "省", "市",
            "县", "区", "盟")
#: Entries of the source that are not division names (placeholders for a level without divisions).
NOT_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "中沙群岛的岛礁及其海域"})
#: CLDR's two-letter codes that are no country: groupings (European Union, eurozone, United Nations, outlying
#: Oceania) and the unknown region.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ"})
#: Full names that are ordinary words (urban area, suburbs, mining area) in a question.
GENERIC_NAMES = frozenset({"城区", "郊区", "矿区"})
#: Short forms that are ordinary words, names of things or people before places (和平 is peace, 会同 "together
#: with", 青山 and 金山 in 绿水青山就是金山银山, 阿里 Alibaba): only their full names are listed. Curated from the
#: short forms that jieba's dictionary counts most often and tags as something other than a place.
ORDINARY_WORDS = frozenset("""
    资源 合作 和平 武功 比如 南部 解放 东方 前进 港口 公安 友好 通道 共和 城中 友谊 平安 中方 安定 延长 新兴 运河
    万年 东风 红旗 光泽 南岸 城北 会同 工农 大名 富裕 清水 前锋 复兴 长子 清新 宏伟 平定 芙蓉 洞口 温泉 石门 向阳
    三元 振兴 大同 大方 互助 新华 莲花 平和 名山 白云 桃源 建华 二七 石棉 丰满 高台 二道 无为 民权 小店 同心 宝塔
    元宝 平房 白玉 灯塔 大兴 天涯 七星 海棠 博爱 同仁 回民 钟楼 江岸 马尾 红星 方正 安居 鼓楼 龙凤 湖里 麒麟 富民
    清流 老城 爱民 惠民 长治 和顺 天台 开化 民乐 兴业 大厂 白塔 路南 路北 城关 城厢 市中 市北 市南 新市 城东 城西
    南郊 江海 河口 商城 江山 海港 路桥 古城 大城 吉利 滨海 上街 兴隆 长寿 安宁 新建 新城 山城 康乐 太平 白银 青山
    金山 阿里 安康 台前
""".split())


def _stems(nations: Iterable[str]) -> list[str]:
    """Ethnic group names as they end autonomous divisions' names (朝鲜族, and 哈萨克 as in 伊犁哈萨克自治州)."""
    stems = set()
    for nation in nations:
        stems.add(nation)
        if nation.endswith("族") and len(nation) >= 3:
            stems.add(nation[:-1])
    return sorted(stems, key=len, reverse=True)


def short_form(name: str, nations: Sequence[str]) -> str | None:
    """The name without its suffix (and, for an autonomous division, its peoples), or None if nothing is left
    of at least two characters."""
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            base = name[: -len(suffix)]
            break
    else:
        return None
    if suffix.startswith("自治"):
        stems = _stems(nations)
        stripped = True
        while stripped:
            stripped = False
            for stem in (*stems, "各族"):
                if base.endswith(stem) and len(base) - len(stem) >= 2:
                    base = base[: -len(stem)]
                    stripped = True
                    break
    return base if len(base) >= 2 else None


def curate(divisions: Iterable[tuple[str, str]], nations: Sequence[str]) -> list[str]:
    """The place list from (code, name) rows: each division's full name then its short form, in code order,
    without repeats."""
    names: dict[str, None] = {}
    for _, name in sorted(divisions):
        if name in NOT_NAMES or len(name) < 2:
            continue
        if name not in GENERIC_NAMES:
            names[name] = None
        short = short_form(name, nations)
        if short is not None and short not in ORDINARY_WORDS:
            names[short] = None
    return list(names)


def country_names(territories: Mapping[str, str]) -> list[str]:
    """Chinese names of the countries and territories among CLDR's (code -> name): ISO 3166 two-letter codes
    only, without CLDR's groupings and unknown regions (EU, UN, ZZ …), or names with brackets, by code."""
    return [name for code, name in sorted(territories.items())
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and not code.startswith("X")
            and len(name) >= 2 and not any(bracket in name for bracket in "()（）")]


def read_divisions(text: str) -> list[tuple[str, str]]:
    """(code, name) rows of cpca's adcodes.csv (columns adcode, name, longitude, latitude)."""
    return [(row["adcode"], row["name"].strip()) for row in csv.DictReader(io.StringIO(text))]


@functools.cache
def place_names() -> frozenset[str]:
    """The shipped place-name list (loaded on first use, a few milliseconds)."""
    lines = PLACES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(name for line in lines if (name := line.strip()) and not name.startswith("#"))


def jieba_dictionary() -> Path:
    """Path of the installed jieba's main dictionary."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise RuntimeError("jieba is not installed")
    return Path(os.path.dirname(spec.origin)) / "dict.txt"


def _source_folder() -> Path | None:
    """The installed source package's folder, found without importing it (it imports pandas)."""
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _header(versions: Mapping[str, str], count: int) -> str:
    return f"""\
# Place names, one a line: {count} in all. Used to refuse questions about places a report never names
# (index/text/places.py). Regenerate with `python -m index.text.places` (needs: pip install -e '.[dev]').
# Lines starting with # are comments.
# China's administrative divisions (provinces, prefecture-level and county-level divisions): each full name,
# then its short form without 省/市/县/区 (and the peoples of an autonomous division) where that is not an
# ordinary word. Source: the "{SOURCE_PACKAGE}" package {versions[SOURCE_PACKAGE]} on PyPI (MIT licence;
# https://github.com/DQinYuan/chinese_province_city_area_mapper), its file {"/".join(_DIVISIONS_CSV)}.
"""


def _countries_header(version: str) -> str:
    return f"""\
# Countries and territories: the Chinese names of the Unicode CLDR for ISO 3166 two-letter codes, as the
# "babel" package {version} on PyPI ships them (Locale("zh").territories).
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite `index/data/places.txt` from the installed source packages."""
    from importlib.metadata import version

    if argv if argv is not None else sys.argv[1:]:
        print("usage: python -m index.text.places  (rewrites index/data/places.txt from cpca and babel)", file=sys.stderr)
        return 2
    folder = _source_folder()
    try:
        from babel import Locale
    except ImportError:
        folder = None
    if folder is None:
        print(f"error: {SOURCE_PACKAGE} or babel is not installed (hint: pip install -e '.[dev]')", file=sys.stderr)
        return 1
    divisions = read_divisions(folder.joinpath(*_DIVISIONS_CSV).read_text(encoding="utf-8"))
    nations = folder.joinpath(*_NATIONS_CSV).read_text(encoding="utf-8").split()
    names = curate(divisions, nations)
    seen = set(names)
    countries = [name for name in country_names(Locale("zh").territories) if name not in seen]
    versions = {package: version(package) for package in (SOURCE_PACKAGE, "babel")}
    PLACES_FILE.write_text(_header(versions, len(names) + len(countries)) + "\n".join(names) + "\n"
                           + _countries_header(versions["babel"]) + "\n".join(countries) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} divisions and {len(countries)} countries to {PLACES_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
