"""Search stage: split the one search index the i18n plugin writes into one index per language.

mkdocs-static-i18n builds every language into one `search/search_index.json` with the English
build's settings, so results mix across languages and Thai is never segmented. After the build we
write `search/search_index.json` (default language) and `<lang>/search/search_index.json` (every
other language), each with its own lunr settings and locations relative to the language root, and
each page points Material's search at its language root (`page_html.scope_search`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import unescape
from pathlib import Path

from pipeline.fileio.atomic import write_atomic
from pipeline.i18n.glossary import glossary_words
from pipeline.i18n.locales import LOCALES_DIR

INDEX_PATH = Path("search") / "search_index.json"

# Material tokenizes index and query with one separator. This one adds to Material's default
# whitespace and hyphen: U+200B (the segmenters join words with it), CJK/Arabic punctuation and
# quotes, and a full stop that is not a decimal point ("3.1" stays one token).
SEPARATOR = (r"[\s\u200b\u3000\-,;:!?=()\[\]{}\"/“”‘’«»、。，．？！；：（）「」《》،؛؟]+"
             r"|\.(?!\d)|&[lg]t;")

THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
HAN_RUN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF]+")


def language_indexes(index: dict, languages: list[str], default: str) -> dict[str, dict]:
    """{lang: index} from the combined index: each language's entries, its settings, relative locations."""
    prefixes = {lang: f"{lang}/" for lang in languages if lang != default}
    split: dict[str, list[dict]] = {lang: [] for lang in languages}
    for entry in index["docs"]:
        lang = next((code for code, prefix in prefixes.items() if entry["location"].startswith(prefix)),
                    default)
        if lang not in split:
            continue
        doc = dict(entry)
        doc["location"] = entry["location"][len(prefixes[lang]):] if lang in prefixes else entry["location"]
        doc["title"] = segment_thai(doc["title"])
        doc["text"] = segment_thai(doc["text"])
        split[lang].append(doc)
    return {lang: {"config": search_config(lang, index["config"]), "docs": docs}
            for lang, docs in split.items()}


def search_config(lang: str, base: dict) -> dict:
    """Material's index settings for one language (fields kept from the search plugin)."""
    settings = LANGUAGE_SETTINGS.get(lang, LANGUAGE_SETTINGS["en"])
    return {
        "lang": list(settings["lang"]),
        "separator": SEPARATOR,
        "pipeline": list(settings["pipeline"]),
        "fields": base.get("fields", {}),
        # Read by our worker wrapper (assets/javascripts/workers/llmsizes-search.js), not by Material.
        "query": dict(settings["query"]),
    }


def segment_thai(text: str) -> str:
    """Thai is written without spaces between words: cut every Thai run into words joined by U+200B.

    The site's glossary is part of the dictionary, so ควอนไทเซชัน stays one word (pythainlp's own
    dictionary alone cuts it into ค|วอน|ไท|เซ|ชัน, and one-letter pieces then match everything).
    """
    if not THAI_RUN.search(text):
        return text
    from pythainlp.tokenize import word_tokenize  # imported only when there is Thai to cut

    def cut(match: re.Match) -> str:
        return "\u200b".join(thai_words(match.group(0)))  # the site's dictionary (thai_dictionary)

    return THAI_RUN.sub(cut, text)


def thai_words(run: str, dictionary=None) -> list[str]:
    """One Thai run cut into words: the fewest dictionary words, and of cuts with as few words, the one
    of the most frequent words (บอก|ว่า, not บอ|กว่า). Letters no dictionary word covers (a loanword the
    dictionary lacks) are one word, or join the word before if one or two: a word is never cut into letters."""
    if dictionary is None:  # the site's dictionary: every page repeats the same runs (labels, headings)
        return list(_site_thai_words(run))
    return _thai_words(run, dictionary)


@lru_cache(maxsize=1 << 16)
def _site_thai_words(run: str) -> tuple[str, ...]:
    return tuple(_thai_words(run, thai_dictionary()))


def _thai_words(run: str, dictionary) -> list[str]:
    words: list[str] = []
    # The glossary's and the site's own words first, whole: another cut of the same letters may have
    # as many words (ค่าตัว|เลขที่ for ค่าตัวเลข|ที่).
    for part in _thai_kept().split(run):
        if not part:
            continue
        if _thai_kept().fullmatch(part):
            words.append(part)
            continue
        for piece, known in _fewest_words(part, dictionary):
            # a letter or two left over (บอ|ก) ends the word before; a longer piece is a word of its own
            if words and not known and len(piece) <= 2:
                words[-1] += piece
            else:
                words.append(piece)
    return words


def _fewest_words(text: str, dictionary, frequency=None) -> list[tuple[str, bool]]:
    """`text` cut at Thai character cluster edges into (piece, in the dictionary) pairs: fewest letters
    outside the dictionary, then fewest words, then the most frequent words in the Thai National Corpus.

    pythainlp's newmm also takes the fewest words, but of two cuts with as many it keeps the one with
    the shorter first word, and its dictionary has many rare short entries (บอ, แล้, อี, โห), so it
    cut บอ|กว่า, แล้|วจะ, อี|กรอบ, ตัว|เลขที่ where a reader sees บอก|ว่า, แล้ว|จะ, อีก|รอบ, ตัวเลข|ที่."""
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    edges, frequency = tcc_pos_array(text), frequency if frequency is not None else _thai_frequencies()
    # best[i]: (letters outside the dictionary, words, -log frequency) of the best cut of text[:i]
    best: list[tuple | None] = [None] * (len(text) + 1)
    back: list[tuple[int, bool]] = [(0, True)] * (len(text) + 1)
    best[0] = (0, 0, 0.0)
    for start in range(len(text)):
        if best[start] is None:
            continue
        unknown, count, cost = best[start]
        steps = [(start + len(word), True, cost - frequency.get(word, 0.0))
                 for word in dictionary.prefixes(text, start) if edges[start + len(word)]]
        cluster_end = next((end for end in range(start + 1, len(text) + 1) if edges[end]), len(text))
        steps.append((cluster_end, False, cost))
        for end, known, new_cost in steps:
            score = (unknown + (0 if known else end - start), count + 1, new_cost)
            if best[end] is None or score < best[end]:
                best[end], back[end] = score, (start, known)
    pieces: list[tuple[str, bool]] = []
    end = len(text)
    while end:
        start, known = back[end]
        if pieces and not known and not pieces[-1][1]:  # letters outside the dictionary, one piece
            pieces[-1] = (text[start:end] + pieces[-1][0], False)
        else:
            pieces.append((text[start:end], known))
        end = start
    return pieces[::-1]


@lru_cache(maxsize=1)
def _thai_frequencies() -> dict[str, float]:
    """log(1 + count) of each word in the Thai National Corpus word list pythainlp ships; the
    glossary's and the site's words count as the most frequent (a tie goes to them)."""
    frequency = dict(corpus_frequencies())
    top = max(frequency.values())
    frequency.update({word: top for word in _thai_site_words()})
    return frequency


@lru_cache(maxsize=1)
def corpus_frequencies() -> dict[str, float]:
    """log(1 + count) of each word in the Thai National Corpus word list (pythainlp's tnc_freq.txt)."""
    import math

    from pythainlp.corpus.tnc import unigram_word_freqs

    return {word: math.log1p(count) for word, count in unigram_word_freqs().items()}


@lru_cache(maxsize=1)
def _thai_kept() -> re.Pattern:
    """The Thai words kept whole before segmenting (glossary and EXTRA_WORDS), longest first."""
    words = sorted(_thai_site_words(), key=len, reverse=True)
    return re.compile("(" + "|".join(re.escape(word) for word in words) + ")")


@lru_cache(maxsize=1)
def thai_dictionary():
    """pythainlp's word list plus the Thai glossary words (and their Thai parts)."""
    from pythainlp.corpus import thai_words
    from pythainlp.util import dict_trie

    return dict_trie(set(thai_words()) | _thai_site_words())


# Words that make a glossary entry a phrase, not a compound ("ชื่อหรือไอดีของโมเดล").
_PHRASE_WORDS = {"หรือ", "ของ", "ที่", "แค่", "และ"}


@lru_cache(maxsize=1)
def _thai_site_words() -> frozenset[str]:
    """The glossary's and the site's Thai words, less the glossary's phrases (a word such as หรือ in it,
    or over 20 letters): a phrase kept as one word is one unbreakable span (ragged lines), so its words
    are cut like any sentence's."""
    from pythainlp.corpus import thai_words
    from pythainlp.util import dict_trie

    plain = dict_trie(thai_words())
    return frozenset(word for word in dictionary_words("th") if len(word) <= 20
                     and not _PHRASE_WORDS & {piece for piece, _ in _fewest_words(word, plain, corpus_frequencies())})


def dictionary_words(lang: str) -> list[str]:
    """The glossary words of `lang` that a segmenter must keep whole (Thai or Han script only)."""
    script = {"th": THAI_RUN, "zh": HAN_RUN}[lang]
    words = glossary_words(LOCALES_DIR / f"{lang}.ftl") + EXTRA_WORDS.get(lang, [])
    return [run for word in words for run in script.findall(word) if len(run) > 1]


def teach_jieba() -> None:
    """Give jieba (run by Material's search plugin on Chinese text) the glossary: 参数量 stays one word."""
    try:
        import jieba
    except ImportError:
        return
    for word in dictionary_words("zh"):
        jieba.add_word(word, freq=10**6)


def model_page_entries(root: Path) -> list[dict]:
    """One search entry per built model page under `root` (one language's pages only).

    A model page's body goes in after Markdown (explorer.defer), so the search plugin sees an empty
    page and leaves it out; its entry is read back from the built HTML: the name as title, and the
    id, family, size class and parameter count as text ("deepseek" then finds DeepSeek-V3's page)."""
    entries = []
    for page in sorted((root / "models").glob("*/index.html")):
        html = page.read_text(encoding="utf-8")
        title, ident = _MODEL_TITLE.search(html), _MODEL_ID.search(html)
        if not title or not ident:
            continue
        params = _MODEL_PARAMS.search(html)
        text = " ".join(_text(part.group(1)) for part in (ident, params) if part)
        # No "boost" to rank them below the prose: lunr scores by cosine similarity, which a
        # per-document boost does not change. A model's name now finds its own page first.
        entries.append({"location": f"models/{page.parent.name}/", "title": segment_thai(_text(title.group(1))),
                        "text": segment_thai(text)})
    return entries


def _text(html: str) -> str:
    # Built pages carry bidi isolates (he, ar: rtl_text.py) and Thai word breaks: not search text.
    text = re.sub(r"[\u2066-\u2069\u200b]", "", unescape(re.sub(r"<[^>]+>", "", html)))
    return re.sub(r"\s+", " ", text).strip()


_MODEL_TITLE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_MODEL_ID = re.compile(r'<p class="ls-model-id">(.*?)</p>', re.S)
_MODEL_PARAMS = re.compile(r'<h2 id="params">.*?</h2>\s*<p>(.*?)</p>', re.S)


def write_language_indexes(site_dir: Path, languages: list[str], default: str) -> dict[str, int]:
    """Rewrite site/search/search_index.json per language; returns {lang: entries} for the build log."""
    site_dir = Path(site_dir)
    combined = json.loads((site_dir / INDEX_PATH).read_text(encoding="utf-8"))
    indexes = language_indexes(combined, languages, default)
    for lang, index in indexes.items():
        root = site_dir if lang == default else site_dir / lang
        if lang != default and not root.is_dir():
            continue  # language not built (LLMSIZES_ONLY_LANG)
        index["docs"].extend(model_page_entries(root))
        write_atomic(root / INDEX_PATH, json.dumps(index, ensure_ascii=False, separators=(",", ":")), durable=False)
    return {lang: len(index["docs"]) for lang, index in indexes.items()}


# Data

# lang: lunr languages Material loads (its worker fetches lunr.<lang>.min.js for each non-"en").
# pipeline: which of trimmer / stopWordFilter / stemmer stay. No trimmer anywhere: the lunr
#   trimmers strip every character outside one script (Arabic's strips Latin model ids, Portuguese's
#   strips digits, English's strips everything non-ASCII); the separator does that job instead.
# query: what the worker wrapper does to a typed query before Material sees it. Material appends
#   a wildcard to every term, which makes lunr skip the query pipeline, so a stemmed index needs the
#   query stemmed by hand ("stem"); Thai has no spaces between words, so the query is cut into the
#   index's own words ("segment", longest match, like Material does for Chinese).
LANGUAGE_SETTINGS = {
    "en": {"lang": ["en"], "pipeline": ["stopWordFilter"], "query": {}},
    # Hebrew: plain tokens (lunr.he's stemmer returns words unchanged; loaded for its stop words).
    "he": {"lang": ["he"], "pipeline": ["stopWordFilter"], "query": {}},
    "ar": {"lang": ["ar"], "pipeline": ["stopWordFilter", "stemmer"], "query": {"stem": "ar"}},
    "pt": {"lang": ["pt"], "pipeline": ["stopWordFilter", "stemmer"], "query": {"stem": "pt"}},
    # "th" would make Material download wordcut.js (680 kB) that its own tokenizer never calls.
    "th": {"lang": ["en"], "pipeline": [], "query": {"segment": "[\\u0E00-\\u0E7F]+"}},
    # Han is cut by the search plugin (jieba with the glossary, joined with U+200B); the query is cut
    # into the index's own words like Thai, so 参数量 is one term and 下载 is never searched as 下*.
    "zh": {"lang": ["en"], "pipeline": [], "query": {"segment": "[\\u3400-\\u4DBF\\u4E00-\\u9FFF]+"}},
}

# Words the segmenters keep whole besides the glossary (common site words jieba or pythainlp cut).
EXTRA_WORDS = {
    "th": ["โมเดล", "ดาวน์โหลด", "หน่วยความจำ", "อะแดปเตอร์", "เมทริกซ์", "ลอการิทึม", "กิกะไบต์",
           "เกมมิง", "มินิพีซี", "ความหมาย", "ค่าตัวเลข",
           # loanwords the site uses that pythainlp's dictionary lacks: without them they come out in
           # its rare short entries (เท|รน, รี|วิ|ชัน, สแนป|ช็อต, ค|วอน|ไทซ์), cut where a reader sees none
           "เทรน", "รีวิชัน", "สแนปช็อต", "รันไทม์", "โอเวอร์เฮด", "ควอนไทซ์", "เทนเซอร์", "แพ็ก", "บิลด์",
           "ฟิลด์", "เฮดเดอร์", "มัลติโมดัล", "คอมมิต", "เอนโค้ดเดอร์", "ฮีป", "แฮช", "พรูน", "แอป", "รีโพ",
           "รีโพซิทอรี", "ไอดี",
           # ค่าน้ำหนักชุด|หลัก at a line end in the models table header (Thai review 4)
           "ชุดหลัก",
           # "ใส่ใน GPU อย่าง|เดียวไม่ได้" in the calculator at 360 px (Thai review 4)
           "อย่างเดียว",
           # ส่วนตัว|เลขที่ and เป็นตัว|เลขที่ have fewer words than ส่วน|ตัวเลข|ที่: a word count cannot tell
           "ตัวเลข",
           # loanwords cut into syllables (นิว|รอน, เม|ทา|ดา|ทา) where a line could break (Thai review 9 #11)
           "นิวรอน", "เมทาดาทา"],
    "zh": ["参数量", "下载", "下载大小", "显存", "内存", "量级", "词元"],
}
