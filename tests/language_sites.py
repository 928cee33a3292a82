"""One site build per language (LLMSIZES_ONLY_LANG: English and that language), shared by the
script-rule tests (tests/test_script_built.py, tests/test_script_browser.py) for the session."""

from __future__ import annotations

import pytest

from tests.conftest import run_build, serve_directory


@pytest.fixture(scope="session")
def language_site(tmp_path_factory):
    """get(lang) -> (site dir, URL it is served at), built on first use."""
    sites, servers = {}, []

    def get(lang: str):
        if lang not in sites:
            site = tmp_path_factory.mktemp(f"site-{lang}") / "site"
            result = run_build(site, env_extra={"LLMSIZES_ONLY_LANG": lang})
            if result.returncode != 0:
                pytest.fail(f"build of {lang} failed:\n{result.stderr[-3000:]}")
            server, url = serve_directory(site)
            servers.append(server)
            sites[lang] = (site, url)
        return sites[lang]

    yield get
    for server in servers:
        server.shutdown()
