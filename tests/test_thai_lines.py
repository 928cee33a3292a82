"""Thai line breaks between words only (pipeline/site/thai_lines.py) and Thai search by whole words."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.site.search import segment_thai, thai_words
from pipeline.site.thai_lines import break_thai_lines, breakable

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "overrides" / "assets" / "javascripts" / "workers" / "llmsizes-search.js"


def _words(html: str) -> list[str]:
    return re.findall(r'<span class="ls-nobr">([^<]*)</span>', html)


@pytest.mark.parametrize("word", ["ความหมาย", "ค่าตัวเลข", "ผู้พัฒนา", "ค่าน้ำหนัก", "เกมมิง", "มินิพีซี",
                                  "ผู้เชี่ยวชาญ", "รูปแบบ", "พารามิเตอร์"])
def test_each_word_the_reviewer_saw_split_is_kept_whole(word):
    assert word in _words(break_thai_lines(f"<body><p>ดูที่{word}ของโมเดล</p></body>"))


# The words two blind Thai reviews saw cut on the static pages (review2 th.md P-1, review3 th.md 19), in
# the sentences they came from: each must come out as a reader cuts it.
REVIEWED = [
    ("บอกว่า", ["บอก", "ว่า"]), ("บอกรุ่น", ["บอก", "รุ่น"]), ("เทรน", ["เทรน"]),
    ("ตัวเลขที่", ["ตัวเลข", "ที่"]), ("โหลดลง", ["โหลด", "ลง"]), ("ออกรุ่น", ["ออก", "รุ่น"]),
    ("รีวิชัน", ["รีวิชัน"]), ("สูงกว่า", ["สูง", "กว่า"]), ("แล้วจะ", ["แล้ว", "จะ"]), ("แล้ว", ["แล้ว"]),
    ("ความหมาย", ["ความหมาย"]), ("ค่าน้ำหนัก", ["ค่าน้ำหนัก"]), ("ข้อความใน", ["ข้อความ", "ใน"]),
    ("อีกรอบ", ["อีก", "รอบ"]), ("ย้อนหลังจาก", ["ย้อนหลัง", "จาก"]), ("โอเวอร์เฮด", ["โอเวอร์เฮด"]),
    ("สแนปช็อตที่สร้างย้อนหลัง", ["สแนปช็อต", "ที่", "สร้าง", "ย้อนหลัง"]),
]


@pytest.mark.parametrize("run, words", REVIEWED)
def test_the_words_reviewers_saw_cut_come_out_whole(run, words):
    assert thai_words(run) == words
    assert thai_words("ซึ่ง" + run + "ได้") == ["ซึ่ง", *words, "ได้"]  # the same inside a sentence


def test_letters_the_dictionary_lacks_join_one_word_not_the_rest_of_the_sentence():
    # It used to glue every word after a loanword it lacked into one unbreakable span (ragged lines)
    assert thai_words("และฟลักซ์อื่นจองที่ไว้ส่วนหนึ่ง") == ["และ", "ฟลักซ์", "อื่น", "จองที่", "ไว้", "ส่วนหนึ่ง"]
    words = thai_words("และบิลด์สำหรับเว็บคิดตามรันไทม์ในเบราว์เซอร์")
    assert "สำหรับ" in words and "รันไทม์" in words and "เบราว์เซอร์" in words


def test_a_header_label_stays_one_box_without_gaps():
    # The sort button is a flex container: each word's span an item of its own drew "( ค่าน้ำหนัก  ชุด  หลัก )"
    html = break_thai_lines("<body><th>ขนาดดาวน์โหลด (ค่าน้ำหนักชุดหลัก)</th><th>โมเดล</th></body>")
    assert html.startswith('<body><th><span class="ls-words"><span class="ls-nobr">ขนาดดาวน์โหลด</span> (')
    assert html.endswith('<th>โมเดล</th></body>')  # one common word the browser never cuts: no span at all


def test_glossary_and_site_words_win_over_another_cut_of_the_same_letters():
    # newmm alone: คือ|จำนวน|ค่าตัว|เลขที่ (as few words), splitting ค่าตัวเลข at a line end (review th.md §8)
    assert thai_words("คือจำนวนค่าตัวเลขที่โมเดลเรียนรู้")[:4] == ["คือ", "จำนวน", "ค่าตัวเลข", "ที่"]


@pytest.mark.parametrize("word, kept", [
    ("ไม่", False), ("ที่", False), ("ความ", False), ("และ", False), ("โมเดล", False),  # one word to Chromium too
    ("ความหมาย", True), ("ค่าตัวเลข", True), ("เกมมิง", True), ("คอมไพล์", True), ("แบนด์วิดท์", True),
    ("แชตบอต", True), ("โอเพน", True), ("ไฮบริด", True), ("แคตตาล็อก", True)])  # words Chromium cuts (ICU)
def test_only_words_the_browser_could_cut_get_a_span(word, kept):
    assert breakable(word) is kept
    assert (f'<span class="ls-nobr">{word}</span>' in break_thai_lines(f"<body><p>{word}</p></body>")) is kept


def test_words_are_joined_by_zero_width_spaces_and_numbers_keep_their_classifier():
    html = break_thai_lines("<body><p>มีโมเดล 45 ตัวที่ 4 บิต</p></body>")
    assert "45\u00a0ตัว" in html and re.search("4\u00a0(<span[^>]*>)?บิต", html)  # "45 ตัว", "4 บิต": never split
    assert "\u200b" in html
    # the number in its own element: <bdi>45</bdi> ตัว
    assert '</bdi>\u00a0ตัว</p>' in break_thai_lines("<body><p><bdi>45</bdi> ตัว</p></body>")
    assert re.sub(r'<span class="ls-(?:nobr|words)">|</span>|\u200b', "", html).replace(
        "\u00a0", " ") == "<body><p>มีโมเดล 45 ตัวที่ 4 บิต</p></body>"


def test_plain_text_for_scripts_breaks_only_between_words_with_nothing_inside_a_word():
    from pipeline.site.thai_lines import keep_words_in_plain_text
    text = keep_words_in_plain_text("ส่วนตารางแท็บ 4 บิต")
    assert text.replace("\u200b", "") == "ส่วนตารางแท็บ 4\u00a0บิต"
    assert "\u200bตาราง\u200b" in text and "\u2060" not in text  # review 7, th: no U+2060 between letters


def test_attributes_urls_code_svg_and_scripts_are_left_alone():
    html = ('<body><a href="https://example.org/ความหมาย" title="ความหมาย">x</a><code>ความหมาย</code>'
            '<pre>ค่าตัวเลข</pre><svg><text>ค่าตัวเลข</text></svg><script>"ความหมาย"</script>'
            '<select><option>ความหมาย</option></select></body>')
    assert break_thai_lines(html) == html
    assert break_thai_lines("<p>ไม่มี body</p>") == "<p>ไม่มี body</p>"


def test_a_loanword_the_dictionary_lacks_is_one_word_not_letters():
    # newmm alone: เกม|มิ|ง; ซอฟต์แวร์ก็ตาม stays whole where the dictionary has no entry for it
    assert thai_words("การ์ดจอเกมมิง") == ["การ์ด", "จอ", "เกมมิง"]
    assert all(len(word) > 1 for word in segment_thai("ไลบรารีจาวาสคริปต์และเทนเซอร์โฟลว์").split("\u200b"))


def _worker_query(index_words: list[str], query: str) -> str:
    """The Thai query as the search worker hands it to Material (run in node with a fake worker scope)."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to run the search worker's query code (apt-get install nodejs)")
    script = f"""
        const handlers = [];
        global.self = {{ addEventListener: (t, h) => handlers.push(h), location: {{ href: "http://127.0.0.1/w.js?material=m.js" }} }};
        global.importScripts = () => {{}};
        require({json.dumps(str(WORKER))});
        let seen;
        const listen = self.addEventListener;
        listen("message", e => {{ seen = e.data; }});
        const wrapped = handlers[handlers.length - 1];
        wrapped({{ data: {{ type: 0, data: {{ config: {{ separator: "[\\\\s\\\\u200b]+", query: {{ segment: "[\\\\u0E00-\\\\u0E7F]+" }} }},
                                      docs: [{{ title: "", text: {json.dumps(chr(0x200b).join(index_words))} }}] }} }} }});
        wrapped({{ data: {{ type: 2, data: {json.dumps(query)} }} }});
        process.stdout.write(JSON.stringify(seen.data));
    """
    result = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


INDEX = ["การ์ด", "จอ", "เกม", "จำนวน", "พารามิเตอร์", "ของ", "โมเดล", "ซอ", "แว", "ร์"]


def test_a_thai_query_of_index_words_is_cut_into_them():
    assert _worker_query(INDEX, "จำนวนพารามิเตอร์") == "จำนวน^1 พารามิเตอร์"


def test_a_thai_loanword_the_index_lacks_is_searched_whole_not_as_letters():
    # ซอฟต์แวร์ is not an index word: its fragments (ซอ, แว, ร์) must not be searched on their own
    assert _worker_query(INDEX, "ซอฟต์แวร์") == "ซอฟต์แวร์"
    assert _worker_query(INDEX, "เกมมิง") == "เกมมิง"


def test_a_thai_word_still_being_typed_stays_a_prefix():
    assert _worker_query(INDEX, "จำนวนพารา") == "จำนวน^1 พารา"
