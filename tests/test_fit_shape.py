"""Rules with one home: the no-limit rule (fit.limit_unrecorded) and the browser-tab verdict (fit_view.heat_verdict,
calc_data.web_verdict) agree wherever the site asks them."""

from __future__ import annotations

from pipeline.data import fit
from pipeline.site import calc_data, explorer, fit_tables, fit_view
from pipeline.site.context import load_site_data
from pipeline.site.explorer_filters import fit_need
from tests.conftest import ROOT

DATA = load_site_data(ROOT / "data")
RULES = fit_view.rules(DATA)
TABS = [d for d in DATA.devices if d["kind"] == "browser"]


def test_the_no_limit_rule_takes_a_fit_row_or_the_stated_limit():
    """fit.limit_unrecorded: a fit or tight verdict with no stated limit is named apart, from a fit row or the limit."""
    row = next(r for r in DATA.models if r.get("context_length") and r.get("params_total"))
    result = fit.fit_row(row, fit.precision_weights(row, "int4"), 4096, RULES)
    for verdict in ("fits", "tight", "no", "unknown", "too-long"):
        assert fit.limit_unrecorded(result, verdict) is fit.limit_unrecorded(result.context_limit, verdict) is False
        bare = result.model_copy(update={"context_limit": None})
        assert fit.limit_unrecorded(bare, verdict) is fit.limit_unrecorded(None, verdict) is (verdict in ("fits", "tight"))
        assert fit.limit_unrecorded(0, verdict) is (verdict in ("fits", "tight"))


def test_every_browser_tab_cell_says_what_the_calculators_web_rule_says():
    """fit_view.heat_verdict (the fit chart, its table, model pages' tab row) against calc_data.web_verdict (the
    calculator's list, the explorer's "Fits on: browser tab") for every model × browser tab, at the browser table's
    context (fit.shortest_context): the same verdict wherever a web build is recorded; without one, the tables
    say "does not fit" exactly when even the 4-bit weights exceed the tab, else unknown."""
    assert TABS
    wrong, seen = [], set()
    for tab in TABS:
        usable = fit_view.usable_bytes(tab)
        for row in DATA.models:
            if row["id"] not in DATA.fit_by_id:
                continue
            heat = fit_view.heat_verdict(DATA, row, tab)
            web = calc_data.tab_verdict(row, RULES, fit.shortest_context(row, RULES), usable)
            if calc_data.web_verdict(row, RULES, fit.shortest_context(row, RULES), usable) is None:
                assert DATA.fit_by_id[row["id"]]["browser"]["format"] is None, row["id"]
            seen.add(heat)
            if heat != web:
                wrong.append((tab["id"], row["id"], heat, web))
    assert not wrong, wrong[:5]
    assert {"fits", "no", "unknown"} <= seen


def test_the_explorers_no_limit_codes_are_the_one_rule():
    """explorer._web_codes' code 3 and explorer_filters.fit_need's negated needs are exactly fit.limit_unrecorded's
    cases: a browser-tab fit, or any known need, of a model that states no context limit."""
    contexts = list(RULES.contexts)
    for tab in TABS:
        usable, codes = fit_view.usable_bytes(tab), explorer._web_codes(DATA, tab, contexts)
        for row in DATA.models:
            verdicts = [calc_data.web_verdict(row, RULES, c, usable) for c in contexts]
            apart = [fit.limit_unrecorded(row.get("context_length"), v) for v in verdicts]
            assert [code == 3 for code in codes(row)] == apart, row["id"]
    negated = 0
    for row in DATA.models:
        entry = DATA.fit_by_id.get(row["id"])
        plain = [[abs(v) if v != -1 else -1 for v in line] for line in fit_need(entry, contexts)]
        for line, raw in zip(fit_need(entry, contexts), plain):
            for value, bytes_ in zip(line, raw):
                if value < -1:
                    negated += 1
                assert (value < -1) is (bytes_ > 0 and fit.limit_unrecorded((entry or {}).get("context_limit"), "fits"))
    assert negated


def test_the_largest_cells_never_name_a_model_without_a_stated_limit():
    """The ladder's largest model per device (fit_tables.largest_fitting, its browser row included) is never one
    that fit.limit_unrecorded holds apart (review 8 he #1: Falcon3 10B Base led the 8 GiB row)."""
    from pipeline.i18n.locales import load_locale
    from pipeline.site.context import Page

    page = Page(lang="en", locale=load_locale("en"), data=DATA, src_path="en/will-it-run.md")
    for device in DATA.devices:
        for precision in ("fp16", "int8", "int4"):
            found = fit_tables.largest_fitting(page, device, precision)
            if found is not None:
                assert not fit.limit_unrecorded(found[0].get("context_length"), found[2]), (device["id"], precision)


def test_a_builds_data_remembers_its_own_rows_formats_and_two_builds_do_not_leak():
    """SiteData.remember_formats: each row's formats equal working them out, a caller's changes to the list do not
    leak, a row of no remembering build is never remembered, and two builds in one process each keep their own
    (the second neither clears nor replaces the first's; same ids, different downloads)."""
    import gc
    import weakref

    import yaml

    from pipeline.site.context import SiteData

    rows = yaml.safe_load((ROOT / "data" / "models.yaml").read_text(encoding="utf-8"))["models"][:30]
    first = SiteData([dict(r) for r in rows], {}, [])
    second = SiteData([dict(r, downloads=[]) for r in rows], {}, [])
    first.remember_formats()
    second.remember_formats()
    for a, b in zip(first.models, second.models):
        got = fit.weight_formats(a)
        assert got == fit.weight_formats_of(a) == first.formats.formats(a)
        got.clear()
        assert fit.weight_formats(a) == fit.weight_formats_of(a)
        assert fit.weight_formats(b) == fit.weight_formats_of(b) == second.formats.formats(b)
        assert first.formats.formats(b) is None and second.formats.formats(a) is None
    assert any(fit.weight_formats(a) != fit.weight_formats(b) for a, b in zip(first.models, second.models))
    stranger = dict(rows[0], weights_bytes=1, downloads=[])
    assert fit.weight_formats(stranger) == fit.weight_formats_of(stranger) != fit.weight_formats(first.models[0])
    assert SiteData(rows, {}, []).formats is None  # remembering is a build's choice: a bare load works each out
    gone = weakref.ref(second.formats)
    del second
    gc.collect()
    assert gone() is None and first.formats in list(fit._memos)  # a memo lives and dies with its build's data
