"""Benchmark (not a test): how long the "Will it run?" calculator takes from a key press to the next frame, in Chromium.

Builds the English site once from this checkout (into a temp folder), serves it, opens the calculator
(Llama 3.1 8B on the 16 GiB Apple laptop) with the CPU throttled ×4 (CDP), and presses real keys on the
form: KV precision and device through their <select>s, a context typed into its field, a search typed into
the model field ("qwen", its options listed under it, then Escape). Each keydown's
Event Timing duration (key to the next frame painted, 8 ms steps; under 16 ms leaves no entry and counts
as 16) is taken over five rounds; the machine is shared, which only ever adds time, so each key's best
round is its cost. Baseline, measured in the same page and run: the same keys in a bare <input> and
<select> that only write their value into a paragraph (the browser's own key-to-paint floor). Prints the
per-key milliseconds, their median and the ratio to the baseline's median. Target: the median key
within 50 ms (a reply that feels immediate on a phone-class CPU). The test suite held this as a
wall-clock assert (tests/test_fit_browser.py) until it failed at 88 ms under load; the behaviour it
checked (the typed context stays) is still tested there.

    .venv/bin/python bench/bench_calc_latency.py [--rounds 5] [--site DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_pages import CHROMIUM, CHROMIUM_ARGS, build_in, serve  # noqa: E402

TARGET_MS = 50.0
KEYS = [("select[name=kv]", k) for k in ("ArrowDown", "ArrowDown", "Home")] + \
       [("select[name=device]", k) for k in ("ArrowDown", "ArrowDown", "ArrowUp", "ArrowUp")] + \
       [("input[name=context]", k) for k in ("Control+A", "3", "2", "7", "6", "8")] + \
       [("input[name=model]", k) for k in ("q", "w", "e", "n", "Escape")]

OBSERVE = """() => { window.lsEvents = []; new PerformanceObserver(list => list.getEntries().forEach(e =>
    e.name === 'keydown' && window.lsEvents.push([e.startTime, e.duration]))).observe({type: 'event', durationThreshold: 16}); }"""

# The floor: a bare select (a copy of the calculator's, so arrow keys move through the same options) and
# input, outside the calculator's form, whose only work is to write their value into a paragraph.
BARE = """() => { const box = document.createElement('div'); box.id = 'ls-bench-bare';
    const form = document.querySelector('.ls-calc-form');
    const kv = form.querySelector('select[name=kv]').cloneNode(true), device = form.querySelector('select[name=device]').cloneNode(true);
    const context = document.createElement('input'), model = document.createElement('input'), out = document.createElement('p');
    [kv, device].forEach(s => s.removeAttribute('id')); kv.name = 'kv'; device.name = 'device'; context.name = 'context'; model.name = 'model';
    [kv, device, context, model].forEach(e => { e.addEventListener('input', () => { out.textContent = e.value; });
                                         e.addEventListener('change', () => { out.textContent = e.value; }); box.appendChild(e); });
    box.appendChild(out); document.body.prepend(box); }"""


def run_keys(page, scope: str, rounds: int) -> list[float]:
    """Each key's best-of-`rounds` key-to-paint duration (ms) on the fields under `scope`."""
    page.evaluate(OBSERVE)
    marks = []
    for _ in range(rounds):
        for selector, key in KEYS:
            page.focus(f"{scope} {selector}")
            marks.append(page.evaluate("performance.now()"))
            page.keyboard.press(key)
            page.wait_for_timeout(200)
    page.wait_for_timeout(500)
    marks.append(float("inf"))
    events = page.evaluate("window.lsEvents")
    per_round = [max([d for t, d in events if marks[i] <= t < marks[i + 1]] or [16.0]) for i in range(len(marks) - 1)]
    return [min(per_round[i::len(KEYS)]) for i in range(len(KEYS))]


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds of key presses (default 5)")
    parser.add_argument("--site", type=Path, help="a site already built (LLMSIZES_ONLY_LANG=en): served as it is, no build")
    parser.add_argument("--lang", default="en", help="the calculator of this language (its site must be built; default en)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temp:
        site = args.site or Path(temp) / "site"
        if not args.site:
            print(f"building the {args.lang} site ...", flush=True)
            if build_in(ROOT, site, {"LLMSIZES_ONLY_LANG": args.lang, "LLMSIZES_MODEL_PAGES": "0"}) is None:
                return 2
        server, url = serve(site)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(url + ("" if args.lang == "en" else args.lang + "/") + "will-it-run/?model=meta-llama/Llama-3.1-8B-Instruct&device=laptop-apple-16gb#calculator")
            page.wait_for_function("document.querySelector('.ls-calc-verdict') && "
                                   "!document.querySelector('#fit-calculator[aria-busy]')")
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            calc = run_keys(page, ".ls-calc-form", args.rounds)
            page.evaluate(BARE)
            bare = run_keys(page, "#ls-bench-bare", args.rounds)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
            typed = page.evaluate("document.querySelector('.ls-calc-form input[name=context]').value")
            context.close()
            browser.close()
        server.shutdown()
    load = os.getloadavg()[0]
    print(f"{args.lang}, CPU ×4, load {load:.1f}, best of {args.rounds} rounds, key to next paint (ms):")
    print("  " + "  ".join(f"{key}" for _, key in KEYS))
    print(f"calculator: {[round(v) for v in calc]}  median {median(calc):.0f} ms, max {max(calc):.0f} ms")
    print(f"baseline:   {[round(v) for v in bare]}  median {median(bare):.0f} ms")
    print(f"median ratio to the baseline: {median(calc) / max(median(bare), 1):.1f}×")
    if typed != "32768":
        print(f"the context field reads {typed!r} after typing 32768: the measurement is void")
        return 1
    met = median(calc) <= TARGET_MS
    print(f"target: the median key within {TARGET_MS:.0f} ms: {'met' if met else 'missed'}; "
          f"every key within it: {'yes' if max(calc) <= TARGET_MS else 'no'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
