"""Random and hostile input to every command that reads a file: JSON, TOML,
CSV, XML, text. Whatever comes in, the answer is a documented exit code
and at most one line on stderr, never a traceback or an "unexpected error",
on SQLite and on PostgreSQL (run in-process through the CLI's main())."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main

DOCUMENTED = {0, 2, 3, 4, 5, 6, 7}
HOSTILE_TEXT = st.sampled_from([
    "", "\x00", "A" * 70_000, "=cmd|'/c calc'!A0", "%%", "_", "1e999999", "-1e999999", "NaN", "Infinity", "9" * 5000,
    "\u202e\u0645", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud800", "<!DOCTYPE x [<!ENTITY a \"a\">]>", "'; DROP TABLE sales; --", "\r\n",
])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=10**20, max_value=10**40),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40), HOSTILE_TEXT)
JSON_VALUES = st.recursive(SCALARS, lambda children: st.one_of(
    st.lists(children, max_size=5), st.dictionaries(st.text(max_size=12), children, max_size=5)), max_leaves=25)
REQUEST_KEYS = ["receipt", "items", "customer", "refund_to", "staff", "override", "idempotency_key", "line", "qty",
                "sku", "serial", "condition", "reason", "today", "store_id", "lines", "tenders", "unit_price"]
SHAPED = st.fixed_dictionaries({}, optional={key: JSON_VALUES for key in REQUEST_KEYS})


def encode(value: object) -> bytes:
    return json.dumps(value, allow_nan=True, ensure_ascii=False).encode("utf-8", "surrogatepass")


DOCUMENTS = st.one_of(
    st.binary(max_size=300),
    JSON_VALUES.map(encode),
    SHAPED.map(encode),
    st.builds(lambda depth: b"[" * depth + b"]" * depth, st.integers(min_value=1, max_value=20_000)),
    st.builds(lambda depth: b"x = " + b"[" * depth + b"]" * depth, st.integers(min_value=1, max_value=20_000)),
    st.builds(lambda text: f'name = "{text}"\ndefault_window_days = 30\n'.encode("utf-8", "surrogatepass"),
              HOSTILE_TEXT),
    st.builds(lambda cell: ("sku,name,price\n" + f"{cell},{cell},{cell}\n").encode("utf-8", "surrogatepass"),
              HOSTILE_TEXT),
    st.builds(lambda text: (f"<POSLog><Transaction><RetailStoreID>{text}</RetailStoreID></Transaction>"
                            "</POSLog>").encode("utf-8", "surrogatepass"), HOSTILE_TEXT),
)

COMMANDS = [
    ("returns", "process", "{file}"),
    ("policy", "evaluate", "--policy", "{default_policy}", "{file}"),
    ("policy", "check", "{file}"),
    ("import", "sales", "{file}", "--quiet"),
    ("import", "products", "{file}"),
]


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_every_command_answers_hostile_files_with_a_documented_exit(command: tuple[str, ...], cli_env: dict[str, str],
                                                                    tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import resources

    for key in ("RETURNDESK_DB_URL", "RETURNDESK_DATA_DIR"):
        monkeypatch.setenv(key, cli_env[key])
    default_policy = str(resources.path("policies", "default.toml"))

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(content=DOCUMENTS)
    def answer(content: bytes) -> None:
        path = tmp_path / "input"
        path.write_bytes(content)
        argv = [part.format(file=path, default_policy=default_policy) for part in command]
        code = main(argv)
        out, err = capsys.readouterr()
        assert code in DOCUMENTED, (code, err[:300])
        assert "Traceback" not in err and "unexpected error" not in err, err[:300]
        lines = [line for line in err.splitlines() if line.strip()]
        if command[:2] != ("policy", "check"):  # `policy check` lists every problem of a file, one per line
            assert len(lines) <= 1, err[:300]
        assert all(len(line) <= 500 for line in lines), err[:600]

    answer()
