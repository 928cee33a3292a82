"""The "Will it run?" tables and the home ladder (pipeline/site/fit_tables.py): one rule per row, so the
browser table and the ladder's browser-tab row agree; an upper bound settles what an unknown size cannot."""

from __future__ import annotations

import re
from html import escape as html_escape, unescape as html_unescape

import pytest

from pipeline.data import fit
from pipeline.i18n.locales import load_locale
from pipeline.site import fit_tables, fit_view
from pipeline.site.context import Page, load_site_data
from tests.conftest import ROOT

DATA = load_site_data(ROOT / "data")
RULES = fit_view.rules(DATA)


def _page(lang: str = "en") -> Page:
    return Page(lang=lang, locale=load_locale(lang), data=DATA, src_path=f"{lang}/will-it-run.md")


def _rows(html: str) -> dict[str, str]:
    """First cell's text -> the row's text, tags stripped."""
    out = {}
    for tr in re.findall(r"<tr>.*?</tr>", html, re.S)[1:]:
        cells = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c)).strip() for c in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", tr, re.S)]
        out[html_unescape(cells[0])] = html_unescape(" | ".join(cells[1:]))
    return out


def test_a_web_build_of_unknown_size_fits_when_even_32_bit_weights_fit_the_tab():
    """GPT-2 (Transformers.js, size not recorded) at its 1,024-token limit, by hand: 137,022,720 × 4 B =
    548,090,880 B of 32-bit weights (no build is wider) + KV 36,864 B × 1,024 = 37,748,736 B + browser
    buffers 2,048 B × 50,257 vocabulary entries + 1,300 B × 768 ÷ 4,096 × 1,024 = 103,175,936 B:
    689,015,552 B, under 87 % of the 4,294,967,296-B tab budget (3,736,621,547 B): fits, whatever the build."""
    gpt2 = next(r for r in DATA.models if r["id"] == "openai-community/gpt2")
    browser = fit.browser_fit(gpt2, RULES)
    assert browser["total_bytes"] is None  # the build's own size is unknown
    assert browser["bound_bytes"] == 548_090_880 + 37_748_736 + 102_926_336 + 249_600 == 689_015_552
    assert browser["verdict"] == "fits"
    rows = _rows(fit_tables.browser_table(_page(), [], {}))
    for name in ("GPT-2", "BERT base uncased", "DistilBERT base uncased SST-2", "SmolLM2 135M"):
        assert "fits : the build's own size is not recorded, but even with 32-bit weights" in rows[name], rows[name]
    assert "≤ 689 MB" in rows["GPT-2"]
    # Gemma 3 4B IT: 32-bit weights (17.9 GB with KV cache and buffers) would not fit, so the answer depends on the unknown size
    assert rows["Gemma 3 4B IT"].endswith("unknown : the build's own size is not recorded. With 32-bit weights (the largest "
                                          "case) it would need 17.9 GB, more than the 4.29 GB a tab can use; "
                                          "with 4-bit weights it needs ≈ 3.24 GB at 4,096 tokens. The verdict depends on "
                                          "the build's precision"), rows["Gemma 3 4B IT"]


def test_the_ladders_browser_row_is_the_browser_tables_largest_fitting_build():
    page = _page()
    browser = next(d for d in DATA.devices if d["kind"] == "browser")
    table = _rows(fit_tables.browser_table(page, [], {}))
    for html in (fit_tables.ladder_table(page, [], {}), fit_tables.largest_table(page, [], {})):
        cell = next(v for k, v in _rows(html).items() if k.startswith("Browser tab"))
        assert "Gemma 3 4B IT" not in cell  # "unknown" in the browser table, so never the ladder's answer
        assert "Qwen3 4B" in cell and "WebLLM (q4f16_1)" in cell
    assert "Qwen3 4B" in table and table["Qwen3 4B"].endswith("fits")
    # every model the browser table calls fits/tight with a 4-bit build is no larger than the ladder's
    best = fit_tables.largest_fitting(page, browser, "int4")
    for row in DATA.models:
        entry = DATA.fit_by_id.get(row["id"])
        if entry and entry["browser"]["verdict"] in ("fits", "tight") and row.get("params_total") and \
                fit.precision_of(*entry["browser"]["format"].split(":", 1)) == "int4":
            assert row["params_total"] <= best[0]["params_total"]


@pytest.mark.parametrize("lang", ["en", "pt", "th", "he", "ar", "zh"])
def test_the_ladder_caption_says_how_the_browser_row_is_judged(lang):
    html = fit_tables.ladder_table(_page(lang), [], {})
    assert load_locale(lang).t("fit.caption_browser_row") in html_unescape(html)


def test_the_heatmap_judges_each_model_at_4096_tokens_or_its_own_shorter_limit():
    """DistilBERT (512 tokens) and GPT-2 (1,024) were "»" (too long) on every device; each cell is now worked out
    at min(4,096, the model's limit), and the browser tab's cell is the browser table's verdict."""
    page = _page()
    rows = _rows(fit_tables.fit_matrix_table(page, [], {}))
    assert "longer than the model" not in " ".join(rows.values())
    gpt2 = next(r for r in DATA.models if r["id"] == "openai-community/gpt2")
    assert fit_view.heat_context(gpt2) == 1024
    assert set(rows["GPT-2"].split(" | ")) == {"fits"}
    browser = next(d for d in DATA.devices if d["kind"] == "browser")
    assert fit_view.heat_verdict(DATA, gpt2, browser) == DATA.fit_by_id[gpt2["id"]]["browser"]["verdict"] == "fits"
    # no web build recorded and 4-bit weights far above the tab: does not fit, whatever build appears
    big = next(r for r in DATA.models if r["id"] == "deepseek-ai/DeepSeek-V3")
    assert fit_view.heat_verdict(DATA, big, browser) == "no"
    assert "or the model's own limit where that is shorter" in html_unescape(fit_tables.fit_matrix_table(page, [], {}))
    assert "shorter limit" in load_locale("en").t("chart.fit.title")


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_the_h200_row_says_what_its_box_says_beside_the_gib_its_name_gives(lang):
    # he #10 (review 7): named "140 GiB" (what nvidia-smi reports) but sold as "141GB", as devices.yaml records
    html = fit_tables.devices_table(_page(lang), [], {})
    row = next(r for r in html.split("<tr>") if "NVIDIA H200" in r)
    said = html_escape(load_locale(lang).t("fit.sold_as", label="@@")).split("@@")[0]
    assert said in row and '<bdi dir="ltr">141GB</bdi>' in row
    assert sum("sold as" in r or said in r for r in html.split("<tr>")) == 1  # no other device holds such a note


@pytest.mark.parametrize("name,shown", [
    ("Qwen3.5 35B-A3B", 'Qwen3.5 <span class="ls-nobr">35B-A3B</span>'),
    ("Qwen3 235B-A22B Instruct", 'Qwen3 <span class="ls-nobr">235B-A22B</span> Instruct'),
    ("Llama 3.1 8B Instruct", "Llama 3.1 8B Instruct"),
])
def test_a_size_pair_stays_on_one_line_in_displayed_names_only(name, shown):
    # he #13 (review 7): "Qwen3.5 35B-/A3B" broke at its hyphen at 360 px; data and search keep the plain name
    from pipeline.site.html import hub_name
    assert str(hub_name(name)) == shown


def test_the_largest_model_per_device_states_a_context_limit():
    """Review 8, he #1: Falcon3 10B Base (no context limit recorded) led the 8 GiB card's int4 cell while the
    calculator's list and the explorer named it apart; a device's largest fitting model is one with a limit,
    and no larger model with a limit fits there."""
    page = _page()
    falcon = DATA.by_id["mistralai/mathstral-7B-v0.1"]  # Falcon3 10B Base states 32,768 now
    assert not falcon.get("context_length")
    for device in DATA.devices:
        for precision in ("fp16", "int8", "int4"):
            best = fit_tables.largest_fitting(page, device, precision)
            if best is not None:
                assert best[0].get("context_length"), (device["id"], precision, best[0]["id"])
    gpu8 = next(d for d in DATA.devices if d["id"] == "gpu-8gb")
    best = fit_tables.largest_fitting(page, gpu8, "int4")
    usable = fit_view.usable_bytes(gpu8)
    for row, result, _ in fit_tables._totals(DATA, "int4", fit_tables.LADDER_CONTEXT):
        if row.get("context_length") and fit.judge(result, usable, RULES) in ("fits", "tight"):
            assert row["params_total"] <= best[0]["params_total"]
    assert fit.judge(next(r for row, r, _ in fit_tables._totals(DATA, "int4", fit_tables.LADDER_CONTEXT)
                          if row is falcon), usable, RULES) in ("fits", "tight")


def _cells(html: str) -> dict[str, str]:
    """Model name -> its last cell ("In a tab"), tags stripped, spaces kept as the page has them."""
    out = {}
    for tr in re.findall(r"<tr>.*?</tr>", html, re.S)[1:]:
        cells = [html_unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", tr, re.S)]
        out[cells[0]] = cells[-1].replace("\u00a0", " ")
    return out


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_every_does_not_fit_in_the_browser_table_says_why(lang):
    """Review 10 pt #3, zh #3, ar #3: "Gemma 3n E2B IT | MediaPipe (int4) | 3.14 GB | 3.83 GB | does not fit" under a
    4.29 GB budget, with no reason. fit.browser_fit's rule: a largest file of 2,000,000,000 B or more cannot load in a
    tab, whatever the memory (E2B: 3,136,226,711 B; E4B: 4,405,655,031 B); else the memory over the budget."""
    page = _page(lang)
    t, size = page.locale.t, lambda b: fit_view.size_text(page, b)
    no, cells = t("fit.verdict.no"), _cells(fit_tables.browser_table(page, [], {}))
    listed = {r["name"]: DATA.fit_by_id[r["id"]]["browser"] for r in fit_tables.browser_rows(DATA)["rows"]}
    judged = [name for name, b in listed.items() if b["verdict"] == "no"]
    assert len(judged) >= 10  # the 7-70B WebLLM builds and Gemma 3n E2B/E4B
    for name in judged:
        b, cell = listed[name], cells[name]
        if b["file_ok"] is False:
            want = t("fit_notes.file_over_limit", verdict=no, size=size(b["largest_file_bytes"]), limit=size(RULES.browser_file_limit_bytes))
        else:
            assert b["total_bytes"] > RULES.browser_budget_bytes  # the figures agree with the verdict
            want = t("fit_notes.over_budget", verdict=no, size=size(b["total_bytes"]), usable=size(RULES.browser_budget_bytes))
        assert cell == want.replace("\u00a0", " "), (name, cell)
    assert listed["Gemma 3n E2B IT"]["file_ok"] is False and listed["Gemma 3n E4B IT"]["file_ok"] is False
    if lang == "en":
        assert cells["Gemma 3n E2B IT"] == "does not fit: its largest file, 3.14 GB, is over the 2 GB limit on a single file"
        assert cells["Gemma 3n E4B IT"] == "does not fit: its largest file, 4.41 GB, is over the 2 GB limit on a single file"
        assert cells["Llama 3.1 8B Instruct"] == "does not fit: it needs 5.24 GB, more than the 4.29 GB a tab can use"


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_an_unsized_builds_note_gives_the_upper_bound_the_rule_uses(lang):
    """Review 10 ar #9: Gemma 3 4B IT's "unknown" gave only a 4-bit estimate, while the rule (fit._upper_bound) judges a build
    of unrecorded size at 32-bit weights: 4,300,079,472 × 4 B + KV cache + buffers = 17.9 GB, over the 4.29 GB budget."""
    page = _page(lang)
    cell = _cells(fit_tables.browser_table(page, [], {}))["Gemma 3 4B IT"]
    for figure in (fit_view.size_text(page, 17_900_000_000), fit_view.size_text(page, RULES.browser_budget_bytes),
                   fit_view.size_text(page, 3_240_000_000)):
        assert figure.replace("\u00a0", " ") in cell, (figure, cell)
    row = DATA.model("google/gemma-3-4b-it")
    bound = fit.fit_row(row, {"format": "fp32", "precision": "fp32", "estimated": True, "basis": "", "engine": "browser",
                              "weights_bytes": row["params_total"] * 4}, 4096, RULES).total_bytes
    assert fit_view.size_text(page, bound) == fit_view.size_text(page, 17_900_000_000) and bound > RULES.browser_budget_bytes


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_the_browser_caption_says_which_rows_in_what_order_and_where_the_rest_are(lang):
    """Review 10 pt #5, zh #12: "the first 60 of these 77" named no order (the rows run smallest first), "这 77 个" had
    no antecedent, and the other 17 could not be reached."""
    page = _page(lang)
    html = fit_tables.browser_table(page, [], {})
    caption = html_unescape(re.search(r"<caption>(.*?)</caption>", html, re.S).group(1)).replace("\u00a0", " ")
    listed = fit_tables.browser_rows(DATA)
    shown, total = len(listed["rows"]), listed["total"]
    assert total > shown
    assert page.locale.t("fit.browser_listed", shown=shown, total=total, other=total - shown).replace("\u00a0", " ") in caption
    for count in (shown, total, total - shown):
        assert re.search(rf"(?<![\d,.]){count}(?![\d]|[,.]\d)", caption), (count, caption)
    params = [r["params_total"] for r in listed["rows"]]
    assert params == sorted(params)  # smallest first, as the caption says
    words = {"en": "from smallest to largest", "pt": "do menor para o maior", "zh": "按参数量从小到大排列",
             "he": "מהקטן לגדול", "ar": "من الأصغر إلى الأكبر", "th": "เรียงจากเล็กไปใหญ่"}
    assert words[lang] in caption and "first" not in caption and "前" not in caption
    assert "。 " not in caption  # zh: no space after full-width punctuation


FILE_LIMIT = {"en": "limit on a single file", "he": "לקובץ יחיד", "ar": "للملف الواحد", "pt": "limite de 2 GB por arquivo",
              "th": "ต่อไฟล์", "zh": "超过单个文件 2 GB 的上限"}


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_the_2_gb_rule_reads_as_a_limit_on_one_file_not_on_the_tab(lang):
    """Review 11 zh #1: "超过标签页一次能加载的 2 GB" read as a tab-wide cap beside the 4.29 GB tab budget; the rule
    (fit.browser_fit) is on a single file."""
    cell = _cells(fit_tables.browser_table(_page(lang), [], {}))["Gemma 3n E2B IT"]
    assert FILE_LIMIT[lang] in cell, cell
    assert "at once" not in cell and "一次" not in cell and "de uma vez" not in cell and "בבת אחת" not in cell


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_the_upper_bound_rows_hedge_once_and_every_row_punctuates_alike(lang):
    """Review 11 zh #5, pt #6: "even at the largest… needs at most" hedged twice; Gemma 3 4B IT's cell was a comma splice
    ("o maior que ela pode ter" had no noun); pt put "—" after "cabe" but ":" after "não cabe"."""
    page = _page(lang)
    cells = _cells(fit_tables.browser_table(page, [], {}))
    bound = cells["GPT-2"]
    for double in ("at most", "最多", "no máximo", "לכל היותר", "على الأكثر", "the largest a build"):
        assert double not in bound and double not in cells["Gemma 3 4B IT"], (double, bound)
    assert "o maior que ela pode ter" not in cells["Gemma 3 4B IT"]
    colon = "：" if lang == "zh" else ":"
    for name, cell in cells.items():
        verdict = re.match(r"[^:：—]*", cell).group(0)
        if cell != verdict:
            assert cell[len(verdict):].lstrip().startswith(colon), (name, cell)
    if lang == "en":
        assert bound.startswith("fits: the build's own size is not recorded, but even with 32-bit weights (the largest case) it needs only ")
        assert cells["Gemma 3 4B IT"].endswith(". The verdict depends on the build's precision")
    if lang == "zh":
        assert "即使按 32 位权重（最大的情形）、" in bound and "也只需" in bound
        assert "本站没有该版本的文件大小。按 32 位权重计算需要" in cells["Gemma 3 4B IT"]


PHONES_AND_MACS = {"en": "even phones and Macs, where vLLM does not run", "he": "גם בטלפונים ובמחשבי Mac, שבהם vLLM לא רץ",
                   "ar": "حتى الهواتف وأجهزة Mac التي لا يعمل عليها vLLM", "pt": "mesmo nos celulares e Macs, onde ele não roda",
                   "th": "รวมถึงโทรศัพท์และ Mac ที่ vLLM รันไม่ได้", "zh": "手机和 Mac 上也是如此，尽管 vLLM 并不能在这些设备上运行"}


@pytest.mark.parametrize("lang", ["en", "he", "ar", "pt", "th", "zh"])
def test_the_largest_model_caption_says_the_16_bit_column_assumes_vllm_even_where_it_does_not_run(lang):
    """Review 11 pt #8: the 16-bit column counts every device's total as a vLLM-style server (fit.column_weights'
    fp16 figure), phones and Macs included, where vLLM does not run; the caption says so. th #8: one relative clause."""
    engines = {p: {f.get("engine") for _, _, f in fit_tables._totals(DATA, p, fit_tables.LADDER_CONTEXT)}
               for p in ("fp16", "int8", "int4")}
    assert engines["fp16"] == {"vllm"} and engines["int4"] == {"llama.cpp"}, engines
    assert {d["kind"] for d in DATA.devices} >= {"phone", "laptop"}
    html = html_unescape(fit_tables.largest_table(_page(lang), [], {}))
    assert PHONES_AND_MACS[lang] in html
    if lang == "th":
        ladder = html_unescape(fit_tables.ladder_table(_page(lang), [], {}))
        for caption in (html, ladder):
            assert "ซึ่งพอสำหรับ" not in caption and "โมเดลใหญ่ที่สุดในรายการที่ยังพอสำหรับแต่ละอุปกรณ์" in caption
