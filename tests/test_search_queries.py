"""Search as a reader types it: ten real queries per language, typed key by key in Chromium.

Each character is a real key event (CDP Input.dispatchKeyEvent with key and text): Playwright's
type() sends non-ASCII text as insertText, which Material's search never sees. Checked: the first
result is the expected page, and every highlight covers a whole word (no "下" for 下载, no "of*"
lighting up "officially").
"""

from __future__ import annotations

import pytest

from tests.conftest import lang_prefix, wait_until

# (query, the page the first result must be on, relative to the language root). A model's name finds
# the model's own page first (model pages are in each language's index: pipeline/site/search.py).
QUERY_SETS = {
    "en": [("quantization", "shrinking/"), ("pruning", "shrinking/"), ("knowledge distillation", "shrinking/"),
           ("KV cache", "methodology/"), ("context window", "will-it-run/"),
           ("mixture of experts", "will-it-run/"), ("size class", "methodology/"), ("download size", "models/"),
           ("Llama 3.1", "models/meta-llama--llama-3.1-405b/"), ("browser tab", "will-it-run/")],
    "he": [("קוונטיזציה", "shrinking/"), ("גיזום", "shrinking/"), ("זיקוק ידע", "shrinking/"),
           ("מטמון KV", "methodology/"), ("חלון הקשר", "will-it-run/"), ("תערובת מומחים", "shrinking/"),
           ("קטגוריית גודל", "models/"), ("מספר הפרמטרים", "methodology/"), ("Llama 3.1", "models/meta-llama--llama-3.1-405b/"),
           ("Gemma", "models/google--gemma-2b/")],
    "ar": [("تكميم", "shrinking/"), ("تقليم", "shrinking/"), ("تقطير المعرفة", "shrinking/"),
           ("ذاكرة KV المؤقتة", "methodology/"), ("نافذة السياق", "will-it-run/"), ("عدد المَعلمات", "methodology/"),
           ("مزيج الخبراء", "will-it-run/"), ("فئة الحجم", ""), ("بالتكميم", "shrinking/"),
           ("Gemma", "models/google--gemma-2b/")],
    "pt": [("quantização", "shrinking/"), ("poda", "shrinking/"), ("destilação de conhecimento", "shrinking/"),
           ("janela de contexto", "will-it-run/"), ("número de parâmetros", "methodology/"),
           ("mistura de especialistas", "will-it-run/"), ("classe de tamanho", "methodology/"),
           ("quantizações", "shrinking/"), ("cache KV", "methodology/"), ("Gemma", "models/google--gemma-2b/")],
    "th": [("ควอนไทเซชัน", "shrinking/"), ("พรูนนิง", "shrinking/"), ("การกลั่นความรู้", "shrinking/"),
           ("หน้าต่างบริบท", "will-it-run/"), ("จำนวนพารามิเตอร์", "methodology/"), ("กลุ่มขนาด", "methodology/"),
           ("ขนาดดาวน์โหลด", "methodology/"),  # the page that says how the download-size column is made ("Mixture of Experts", "shrinking/"), ("KV cache", "methodology/"),
           ("Gemma", "models/google--gemma-2b/")],
    "zh": [("量化", "shrinking/"), ("剪枝", "shrinking/"), ("知识蒸馏", "shrinking/"), ("上下文窗口", "will-it-run/"),
           ("参数量", "methodology/"), ("混合专家", "shrinking/"), ("量级", "methodology/"), ("下载大小", "shrinking/"),
           ("下载", "shrinking/"), ("Gemma", "models/google--gemma-2b/")],
}

# Highlights cut out of a longer word: a letter of the same script right before or after the mark
# (Hebrew ה or Arabic و before a Latin name is a prefix, not a cut), or a lone Thai or Han letter.
# Thai and Chinese have no spaces: their word edges are the index's U+200B, checked by the lone-letter
# rule and by the query sets' own words.
_BROKEN_MARKS = """() => {
  const scripts = ['Latin', 'Hebrew', 'Arabic', 'Cyrillic', 'Greek']
  const script = c => scripts.find(s => new RegExp('\\\\p{sc=' + s + '}', 'u').test(c))
  const glued = (a, b) => !!a && !!b && !!script(a) && script(a) === script(b)
  return [...document.querySelectorAll('.md-search-result__item mark')].flatMap(mark => {
    const text = mark.textContent
    const before = (mark.previousSibling && mark.previousSibling.textContent || '').slice(-1)
    const after = (mark.nextSibling && mark.nextSibling.textContent || '').slice(0, 1)
    const cut = glued(before, text[0]) || glued(text[text.length - 1], after) ||
      /^[\\p{sc=Han}\\p{sc=Thai}]$/u.test(text)
    return cut ? [before + '[' + text + ']' + after] : []
  })
}"""


def type_like_a_person(page, text: str) -> None:
    """One keyDown (with its text) and keyUp per character, as a keyboard or IME commit sends them."""
    cdp = page.context.new_cdp_session(page)
    for char in text:
        cdp.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": char, "text": char, "unmodifiedText": char})
        cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": char})
    cdp.detach()


_STABLE = """(() => {
    const now = [...document.querySelectorAll('.md-search-result__item > a')].map(a => a.href).join(' ');
    const seen = window.__lsResults || (window.__lsResults = {text: null, polls: 0});
    if (seen.text === now) seen.polls += 1; else { seen.text = now; seen.polls = 0; }
    return seen.polls >= 3;
})()"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", list(QUERY_SETS))
def test_ten_queries_find_their_page_with_whole_word_highlights(page, site_url, lang):
    home = site_url + lang_prefix(lang)
    failures = []
    for query, expected in QUERY_SETS[lang]:
        page.goto(home)
        page.locator("input.md-search__input").click()
        type_like_a_person(page, query)
        try:
            # The results of the last keystroke: the list is there and unchanged over four polls
            # (the search worker answers each keystroke in turn).
            wait_until(page, "document.querySelector('input.md-search__input').value === arg && "
                             "document.querySelector('.md-search-result__list li.md-search-result__item') && "
                             + _STABLE, arg=query, timeout=10_000, polling=100)
        except AssertionError:
            failures.append(f"{query!r}: no result")
            continue
        first = page.eval_on_selector(".md-search-result__item > a", "a => a.href").split("?")[0].split("#")[0]
        if first != home + expected:
            failures.append(f"{query!r}: first result {first[len(site_url):]}, expected {lang_prefix(lang)}{expected}")
        broken = page.evaluate(_BROKEN_MARKS)
        if broken:
            failures.append(f"{query!r}: highlights cut words: {broken[:5]}")
    assert not failures, f"{lang}:\n" + "\n".join(failures)
