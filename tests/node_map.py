"""Run one function of a browser script over many inputs in node: what the parity tests compare with Python."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import ROOT


def node_map(script: str, function: str, inputs: list[str]) -> list[str]:
    """`require(docs/assets/js/<script>)[function]` applied to each input, in order (node reads them as JSON on stdin)."""
    code = ("const m = require(process.argv[1]); let s = ''; process.stdin.on('data', d => s += d);"
            f"process.stdin.on('end', () => process.stdout.write(JSON.stringify(JSON.parse(s).map(x => m.{function}(x)))));")
    done = subprocess.run(["node", "-e", code, str(ROOT / "docs" / "assets" / "js" / script)],
                          input=json.dumps(inputs), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)
