"""Chinese numerals → Arabic digits, so 一千二百六十四个 matches 1264个 and 十九位 matches 19位.

Applied to the matching form of documents and questions alike. Only unambiguous quantities are converted:
runs that hold a magnitude character (十百千万亿) or a decimal point (点), and single digits directly followed by
a measure word (五天, 八个) but not after 第 (ordinals such as 第一批 stay words). Fixed phrases built from digits
(三严三实, 四风, 一对一) and one by one (一个一个) are left alone. Trailing 万/亿 stay as in the report's own style (七十五点六万 → 75.6万).
"""

from __future__ import annotations

from index.text.regex import regex

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
#: The characters that write a number in words (一千二百六十四, 两万): digits and magnitudes.
NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
_NUMERAL = NUMERAL_CHARS + "点"
MEASURE_WORDS = "个位名人次回趟遍场期份条户项件天年月日多余"
#: Measure words of times after which 一 says "once", no count (学一回: a session; 开了五回: five).
ONCE_WORDS = "回趟遍"

# Longest runs first; the lookbehind keeps ordinals (第…) as they are.
_RUN = regex(rf"(?<!第)[{_NUMERAL}]+")


def _small(text: str) -> int | None:
    """Value of a numeral below 10,000 (e.g. 二百六十四, 十九, 三千零五); None if malformed. A bare digit
    right after a magnitude counts the next lower one, as people say it: 三千五 is 3500, 四千九 4900."""
    if not text:
        return 0
    total, digit, unit = 0, None, 0
    for ch in text:
        if ch in _DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row without a unit: not a cardinal (e.g. 一二)
            digit = _DIGITS[ch]
            if digit == 0:
                unit = 0  # 三千零五: the digit after 零 is units
        elif ch in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit, unit = None, _UNITS[ch]
        else:
            return None
    return total + (digit or 0) * max(unit // 10, 1)


def cardinal(text: str) -> str | None:
    """Digits for a Chinese numeral (十九 → 19, 七十五点六万 → 75.6万), or None if it is not one."""
    suffix = ""
    if text[-1] in "万亿" and len(text) > 1:
        suffix, text = text[-1], text[:-1]
    if "点" in text:
        whole, _, frac = text.partition("点")
        value = _small(whole)
        if value is None or not frac or any(c not in _DIGITS for c in frac):
            return None
        return f"{value}.{''.join(str(_DIGITS[c]) for c in frac)}{suffix}"
    high, sep, low = text.partition("万")
    if sep:
        hi, lo = _small(high), _small(low.lstrip("零"))
        if hi is None or lo is None:
            return None
        # 一万二 means 12000: a bare trailing digit after 万 counts thousands.
        if len(low) == 1 and low in _DIGITS:
            lo *= 1000
        return f"{hi * 10000 + lo}{suffix}"
    value = _small(text)
    return None if value is None else f"{value}{suffix}"


def spelled(n: int) -> str:
    """A number below 100 in Chinese numerals: 1 → 一, 12 → 十二, 20 → 二十."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    if tens == 0:
        return digits[ones]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def small_number(text: str) -> int:
    """A count or ordinal's number, in digits or in words (3 → 3, 二 → 2, 两 → 2); 0 for what is not one."""
    digits = text if text.isdigit() else cardinal(text)
    return int(digits) if digits and digits.isdigit() else 0


def _convertible(run: str, following: str) -> bool:
    if run[0] not in _DIGITS and run[0] != "十":
        return False  # 万一, 千方百计: words, not numbers
    if len(run) == 1:
        return (run in _DIGITS or run == "十") and following != "" and following in MEASURE_WORDS and \
            not (run == "一" and following in ONCE_WORDS)  # (十个: 10个)
    return any(c in "十百千万亿点" for c in run)


def replace_numerals(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) for every Chinese numeral in `text` that should be read as a number."""
    out: list[tuple[int, int, str]] = []
    for match in _RUN.finditer(text):
        run = match.group(0)
        following = text[match.end(): match.end() + 1]
        if len(run) == 4 and following == "年" and all(c in _DIGITS for c in run):
            out.append((match.start(), match.end(), "".join(str(_DIGITS[c]) for c in run)))  # 二〇一四年: a year
            continue
        if not _convertible(run, following):
            continue
        if run == "一" and ("一" + following in (text[match.end() + 1: match.end() + 3], text[match.start() - 2: match.start()])):
            continue  # 一个一个谈, 一户一户: one by one, no count
        digits = cardinal(run)
        if digits is not None:
            out.append((match.start(), match.end(), digits))
    return out


def with_digits(text: str) -> str:
    """`text` with its Chinese numerals written as digits where `replace_numerals` reads them (一个不落 → 1个不落)."""
    found = replace_numerals(text)
    if not found:
        return text
    parts: list[str] = []
    last = 0
    for start, end, digits in found:
        parts.append(text[last:start])
        parts.append(digits)
        last = end
    parts.append(text[last:])
    return "".join(parts)
